/**
 * A factor card as a picture to keep or present: the factor's name and summary, how strongly each
 * approach leans on it, the goals it serves and its levels, with what was selected and the source
 * line. Loaded on first use (`toSVG()`, `toPNG()`, the download buttons).
 */
import { exportMessages, framePicture, tag, text, weightBars, weightBarsWidth, wrapLines, type Measure, type Palette, type Picture } from '../../export/index.js';
import type { CommonMessages } from '../../i18n/common.js';
import { weightMessages } from '../../base/view-helpers.js';
import { emphasisSources, findSource, sourcesEmphasising } from '../../model/emphasis-sources.js';
import type { PracticeProfile } from '../../model/profile.types.js';
import { findItem, localize } from '../../model/query.js';
import type { Dossier, Factor, Lang } from '../../model/types.js';
import type { FactorCardMessages } from './factor-card.messages.js';

export interface CardPictureInput {
  dossier: Dossier;
  factor: Factor;
  lang: Lang;
  t: CommonMessages;
  m: FactorCardMessages;
  activeId: string | null;
  /** The team's practice profile, shown as a row of its own, marked as the team's own. */
  profile?: PracticeProfile | null;
  selected: boolean;
  palette: Palette;
  measure: Measure;
}

export const CARD_PICTURE_WIDTH = 720;

export function drawCard(input: CardPictureInput): Picture {
  const { dossier: d, factor, lang, t, m, palette: p, measure } = input;
  const e = exportMessages[lang];
  const wm = weightMessages[lang];
  const size = 16;
  const name = localize(factor.name, lang);
  const leaning = sourcesEmphasising(d, factor.id, input.profile);
  const active = findSource(d, input.activeId, input.profile);
  const selection = [active ? e.activeApproach(localize(active.name, lang), 'kind' in active && active.kind === 'profile') : e.noActiveApproach];
  if (input.selected) selection.push(e.selected(name));
  const relations = [...leaning, ...factor.serves, ...factor.levels];
  if (relations.some((r) => r.basis === 'interpretation')) selection.push(e.weightsInterpretation);

  return framePicture({
    width: CARD_PICTURE_WIDTH,
    size,
    palette: p,
    measure,
    title: name,
    subtitle: `${t.kind.factor} · ${localize(d.meta.title, lang)}`,
    selection,
    source: e.source(d.meta.publisher, d.meta.year, localize(d.meta.title, lang)),
    body: (top, pad) => {
      const inner = CARD_PICTURE_WIDTH - 2 * pad;
      const out: string[] = [];
      let y = top;
      const para = (content: string, fontSize: number, fill: string, bold = false, indent = 0) => {
        for (const line of wrapLines(content, inner - indent, fontSize, measure, bold)) {
          y += fontSize * 1.35;
          out.push(text(line, { x: pad + indent, y, 'font-size': fontSize, 'font-weight': bold ? 700 : undefined, fill }));
        }
      };
      para(localize(factor.summary, lang), size, p.text);
      y += size * 0.8;
      para(m.approaches, size * 1.05, p.text, true);
      y += size * 0.3;
      const nameW = inner * 0.45;
      for (const a of emphasisSources(d, input.profile)) {
        const emphasis = leaning.find((x) => x.source.id === a.id);
        const isActive = a.id === input.activeId;
        const label = a.kind === 'profile' ? `${localize(a.name, lang)} (${t.basis.own.toLowerCase()})` : localize(a.name, lang);
        const lines = wrapLines(label, nameW - 16, size, measure, isActive);
        const rowH = lines.length * size * 1.3 + size * 0.5;
        if (isActive) out.push(tag('rect', { x: pad, y, width: inner, height: rowH, fill: p.accentBg }));
        lines.forEach((line, k) =>
          out.push(text(line, { x: pad + 6, y: y + size * (1.2 + k * 1.3), 'font-size': size, 'font-weight': isActive ? 700 : undefined, fill: p.text })),
        );
        out.push(weightBars(pad + nameW, y + size * 1.15, emphasis?.weight ?? 0, size, p));
        out.push(
          text(emphasis ? wm.weight(emphasis.weight) : wm.none, {
            x: pad + nameW + weightBarsWidth(size) + 8,
            y: y + size * 1.2,
            'font-size': size * 0.95,
            fill: emphasis ? p.text : p.subtle,
          }),
        );
        y += rowH;
        out.push(tag('line', { x1: pad, x2: pad + inner, y1: y, y2: y, stroke: p.line, 'stroke-width': 1 }));
      }
      const names = (ids: string[]) => ids.map((id) => localize(findItem(d, id)?.item.name, lang)).join(', ');
      y += size * 0.8;
      para(m.goals, size * 1.05, p.text, true);
      para(factor.serves.length ? names(factor.serves.map((s) => s.goal)) : m.none, size, p.text);
      y += size * 0.8;
      para(m.levels, size * 1.05, p.text, true);
      para(factor.levels.length ? names(factor.levels.map((l) => l.level)) : m.none, size, p.text);
      return { svg: out.join(''), height: y - top };
    },
  });
}
