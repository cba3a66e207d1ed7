/**
 * What the details of a part or item say: kind and title, basis, summary, statements, aspects or
 * examples, the approaches that emphasise it (or what an approach emphasises), its placement,
 * sources and what the labels mean. Shared by the detail panel and the list view.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { basisBadge, basisKey, labelsShown, renderSources, renderStatements, renderSummary, summaryBasisOf } from '../../base/fragments.js';
import { sourcesEmphasising } from '../../model/emphasis-sources.js';
import type { PracticeProfile } from '../../model/profile.types.js';
import { emphasisOf, findItem, localize, type EmphasisBasis, type IndexedItem } from '../../model/query.js';
import type { Dossier, Item, TreePart } from '../../model/types.js';
import type { PlacedNode } from './tree-layout.js';
import type { TreeView } from './tree-view.js';

export type PanelTarget =
  | { type: 'part'; part: TreePart; node: PlacedNode }
  | { type: 'item'; found: IndexedItem; node: PlacedNode | undefined };

/** Kinds of item an approach can emphasise: their details list the approaches that do, with the weights. */
const EMPHASISED_KINDS: readonly string[] = ['factor', 'goal', 'craft'];

export const dots = (weight: number) => '●'.repeat(weight) + '○'.repeat(3 - weight);

/**
 * The details of `target`; `head` renders their kind and title (the panel has one, the list's
 * details do not: the list item's name is their title).
 */
export function panelBody(
  view: TreeView,
  d: Dossier,
  target: PanelTarget,
  head: (kind: string, title: string) => TemplateResult | typeof nothing,
): TemplateResult {
  const m = view.m();
  const t = view.t();
  const lang = view.locale();
  if (target.type === 'part') {
    const part = target.part;
    return html`${head(m.placement, m.partLabel(localize(part.name, lang), t.collection[part.holds]))}
      <p>${basisBadge(part.basis, t, true)} ${m.items(d[part.holds].length)}</p>
      ${part.note ? html`<p>${localize(part.note, lang)}</p>` : nothing} ${renderSources(d, part.sources, t)}
      ${basisKey(labelsShown([part], true), t)}`;
  }
  const { item, kind } = target.found;
  const part = target.node ? d.tree.parts.find((p) => `part:${p.id}` === target.node!.partKey) : undefined;
  return html`${head(t.kind[kind], localize(item.name, lang))}
    ${item.basis !== 'dossier' ? html`<p>${basisBadge(item.basis, t)}</p>` : nothing}
    <p class="panel__summary">${renderSummary(item, lang, t)}</p>
    ${renderStatements(d, item.statements, lang, t)} ${extras(view, item)} ${levelsSection(view, d, item)} ${emphasisSection(view, d, item, kind)}
    ${part
      ? html`<p class="panel__placement">
          <strong>${m.placement}:</strong> ${m.partLabel(localize(part.name, lang), t.collection[part.holds])} ${basisBadge(part.basis, t)}
        </p>`
      : nothing}
    ${renderSources(d, item.sources, t)} ${basisKey(labelsShown(panelBases(d, item, kind, part, view.data.profile)), t)}`;
}

/** Everything the item's panel labels: the item, its statements, the weights it lists and its placement. */
function panelBases(d: Dossier, item: Item, kind: string, part: TreePart | undefined, profile: PracticeProfile | null): { basis: EmphasisBasis }[] {
  const weights =
    kind === 'approach' ? [...emphasisOf(d, item.id).values()] : EMPHASISED_KINDS.includes(kind) ? sourcesEmphasising(d, item.id, profile) : [];
  const levels = kind === 'factor' && 'levels' in item ? item.levels : [];
  return [item, summaryBasisOf(item), ...item.statements, ...weights, ...levels, ...(part ? [part] : [])];
}

/** A factor's levels, each with its basis: what the note under its name in the drawing says. */
function levelsSection(view: TreeView, d: Dossier, item: Item) {
  if (!('levels' in item) || !('serves' in item) || !item.levels.length) return nothing;
  const t = view.t();
  return html`<div class="panel__section">
    <span class="panel__section-title">${view.m().levels}</span>
    <ul>
      ${item.levels.map((l) => {
        const level = d.levels.find((x) => x.id === l.level);
        return html`<li>${level ? localize(level.name, view.locale()) : l.level} ${basisBadge(l.basis, t)}</li>`;
      })}
    </ul>
  </div>`;
}

function extras(view: TreeView, item: Item) {
  const m = view.m();
  const lang = view.locale();
  const chips = (title: string, texts: readonly { nl: string; en?: string }[]) =>
    html`<div class="panel__section">
      <span class="panel__section-title">${title}</span>
      <ul class="chips">
        ${texts.map((x) => html`<li>${localize(x, lang)}</li>`)}
      </ul>
    </div>`;
  if ('aspects' in item && item.aspects?.length) return chips(m.aspects, item.aspects);
  if ('examples' in item && item.examples?.length) return chips(m.examples, item.examples);
  if ('setting' in item) return html`<p class="chips-line">${m.setting[item.setting]}</p>`;
  return nothing;
}

function emphasisSection(view: TreeView, d: Dossier, item: Item, kind: string) {
  const m = view.m();
  const t = view.t();
  const lang = view.locale();
  const weight = (w: number) =>
    html`<span class="weight"><span class="dots" aria-hidden="true">${dots(w)}</span> ${t.weight[w as 1 | 2 | 3]}</span>`;
  if (kind === 'approach') {
    const active = view.activeSource(d)?.id === item.id;
    const list = [...emphasisOf(d, item.id)].sort((a, b) => b[1].weight - a[1].weight);
    return html`<div class="panel__section">
      <span class="panel__section-title">${m.emphasises}</span>
      <ul>
        ${list.map(([id, e]) => {
          const found = findItem(d, id);
          return html`<li>${found ? localize(found.item.name, lang) : id}: ${weight(e.weight)} ${basisBadge(e.basis, t)}</li>`;
        })}
      </ul>
      <button type="button" aria-pressed=${String(active)} @click=${() => view.chooseApproach(active ? null : item.id)}>${m.showEmphasis}</button>
    </div>`;
  }
  if (!EMPHASISED_KINDS.includes(kind)) return nothing;
  // The approaches, then the team's own practice when its profile gives the item a weight, labelled as its own.
  const by = sourcesEmphasising(d, item.id, view.data.profile);
  const approaches = by.filter((e) => e.source.kind === 'approach');
  return html`<div class="panel__section">
    <span class="panel__section-title">${m.emphasisedBy}</span>
    ${approaches.length
      ? html`<ul>
          ${approaches.map((e) => html`<li>${localize(e.source.name, lang)}: ${weight(e.weight)} ${basisBadge(e.basis, t)}</li>`)}
        </ul>`
      : html`<p>${m.notEmphasised}</p>`}
    ${by
      .filter((e) => e.source.kind === 'profile')
      .map((e) => html`<p class="panel__own" data-source="profile">${t.inOwnPractice(t.weight[e.weight as 1 | 2 | 3])} ${basisBadge(e.basis, t)}</p>`)}
  </div>`;
}
