/**
 * The one-pager for a funder or partner: a pure function of (dossier, profile, language) that returns
 * HTML as a string, every text escaped. The download, the print view and the copied text all use it, so
 * that what a team downloads, prints and pastes is the same. No DOM, no Lit: it runs anywhere.
 */
import { findItem, localize } from '../../model/query.js';
import type { Dossier, Item, Lang, Statement } from '../../model/types.js';
import type { ReflectionPrompt } from '../../model/profile.types.js';
import { common } from '../../i18n/common.js';
import { messages } from './practice-profile.messages.js';
import { profileDistances } from '../../model/profile-distance.js';
import { reflectionPrompts } from '../../model/profile-prompts.js';
import { cautionStatements, groupPrompts, type PracticeProfile, type Presence } from './profile-model.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML text and attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** Line breaks in a team's note kept as breaks. */
const multiline = (text: string): string => escapeHtml(text).replace(/\r?\n/g, '<br>\n');

/** A date field's ISO day (2026-12-01) as the language writes it (1 december 2026); anything else as typed. */
const longDate = (iso: string, lang: Lang): string => {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!day) return iso;
  const date = new Date(Date.UTC(+day[1], +day[2] - 1, +day[3]));
  // British English, as the library's English is (7 December 2026, not December 7).
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
};

/** Collects the references cited, numbered in the order they are first cited. */
class Citations {
  readonly order: string[] = [];
  cite(ids: readonly string[]): string {
    const nums = ids.map((id) => {
      let i = this.order.indexOf(id);
      if (i < 0) i = this.order.push(id) - 1;
      return i + 1;
    });
    return `<sup>[${nums.join(', ')}]</sup>`;
  }
}

/** Styles of the one-pager: on screen in the downloaded file, and for one or two A4 pages in print. */
export const ONE_PAGER_CSS = `
.ww-one-pager{font:10.5pt/1.4 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#111;max-width:48rem;margin:0 auto}
.ww-one-pager h1{font-size:16pt;margin:0 0 .2em}
.ww-one-pager h2{font-size:12pt;margin:1em 0 .3em;border-bottom:1px solid #999}
.ww-one-pager h3{font-size:10.5pt;margin:.6em 0 .1em}
.ww-one-pager p,.ww-one-pager ul{margin:.2em 0}
.ww-one-pager .said{margin:.1em 0 .1em 1em;font-size:9.5pt;color:#333}
.ww-one-pager .basis{font-size:8.5pt;border:1px dashed #666;padding:0 .3em}
.ww-one-pager table{border-collapse:collapse;font-size:9.5pt}
.ww-one-pager th,.ww-one-pager td{border:1px solid #999;padding:.1em .4em;text-align:left}
.ww-one-pager .refs{font-size:8.5pt}
.ww-one-pager .meta{color:#333;font-size:9pt}
@page{size:A4;margin:12mm}
@media print{.ww-one-pager{max-width:none;font-size:8.5pt;line-height:1.3;column-count:2;column-gap:6mm}.ww-one-pager h1,.ww-one-pager>.meta:first-of-type{column-span:all}.ww-one-pager h1{font-size:14pt}.ww-one-pager h2{font-size:10pt;margin-top:.6em}.ww-one-pager h3{font-size:8.5pt;margin-top:.4em}.ww-one-pager .said{font-size:8pt;margin-left:0}.ww-one-pager h2,.ww-one-pager h3{break-after:avoid}.ww-one-pager table{break-inside:avoid}}
`;

/** The one-pager as an HTML fragment (an `<article>`), in `lang`. */
export function onePagerHtml(dossier: Dossier, profile: PracticeProfile, lang: Lang): string {
  const m = messages[lang];
  const t = common[lang];
  const cites = new Citations();
  const name = (item: Item) => escapeHtml(localize(item.name, lang));
  const presence = (p: Presence | undefined) => (p == null ? m.notAnswered : m.presence[p]);
  const inline = (s: Statement) =>
    `${s.basis === 'dossier' ? '' : `<span class="basis">${escapeHtml(t.basis[s.basis])}</span> `}${escapeHtml(localize(s.text, lang))} ${cites.cite(s.sources)}`;
  const statement = (s: Statement) => `<p class="said">${inline(s)}</p>`;
  // The dossier's statements for what the team chose (present or more), in one paragraph; none for what it
  // did not. Our own interpretations are left out: the funder gets what the sources say, with citations.
  const said = (item: Item, chosen: boolean) => {
    const found = chosen ? item.statements.filter((s) => s.basis !== 'interpretation') : [];
    return found.length ? `<p class="said">${found.map(inline).join(' ')}</p>` : '';
  };
  const answer = (item: Item, a: PracticeProfile['goals'][string] | undefined, noteLabel: string) =>
    `<div class="item"><h3>${name(item)}: ${escapeHtml(presence(a?.presence))}</h3>${
      a?.note ? `<p><strong>${escapeHtml(noteLabel)}:</strong> ${multiline(a.note)}</p>` : ''
    }${said(item, (a?.presence ?? 0) >= 1)}</div>`;

  const p = profile.practice;
  const heading = escapeHtml(p.name || m.untitled);
  const sub = [p.neighbourhood, p.date ? m.filledIn(longDate(p.date, lang)) : ''].filter(Boolean).map(escapeHtml).join(' · ');
  const parts: string[] = [];
  parts.push(`<h1>${heading}</h1><p class="meta">${escapeHtml(m.forFunder)}${sub ? ` · ${sub}` : ''}</p>`);
  if (p.context) parts.push(`<h2>${escapeHtml(m.ourContext)}</h2><p>${multiline(p.context)}</p>`);
  if (p.question) parts.push(`<h2>${escapeHtml(m.ourQuestion)}</h2><p>${multiline(p.question)}</p>`);

  parts.push(`<h2>${escapeHtml(m.goals)}</h2>${dossier.goals.map((g) => answer(g, profile.goals[g.id], m.note)).join('')}`);

  const levels = dossier.levels.filter((l) => profile.levels.ids.includes(l.id));
  parts.push(
    `<h2>${escapeHtml(m.levels)}</h2><p>${levels.length ? `${escapeHtml(m.workAt)}: ${levels.map(name).join(', ')}.` : escapeHtml(m.noLevels)}</p>${
      profile.levels.note ? `<p><strong>${escapeHtml(m.note)}:</strong> ${multiline(profile.levels.note)}</p>` : ''
    }${levels.map((l) => `<div class="item"><h3>${name(l)}</h3>${said(l, true)}</div>`).join('')}`,
  );

  parts.push(`<h2>${escapeHtml(m.factors)}</h2>${dossier.factors.map((f) => answer(f, profile.factors[f.id], m.onePagerExample)).join('')}`);
  parts.push(`<h2>${escapeHtml(m.craftBalance)}</h2>${dossier.crafts.map((c) => answer(c, profile.crafts[c.id], m.note)).join('')}`);

  // The comparison: totals, the terms' count, the label that it rests on our interpretation, the dossier's caution.
  const rows = profileDistances(dossier, profile);
  parts.push(`<h2>${escapeHtml(m.onePagerComparison)}</h2>`);
  if (rows.some((r) => r.answered)) {
    parts.push(
      `<table><thead><tr><th scope="col">${escapeHtml(t.collection.approaches)}</th><th scope="col">${escapeHtml(m.distanceHead)}</th></tr></thead><tbody>${rows
        .map((r) => `<tr><th scope="row">${name(r.approach)}</th><td>${escapeHtml(m.distance(r.sum, r.answered, r.mean ?? 0, lang))}</td></tr>`)
        .join('')}</tbody></table>`,
    );
  } else parts.push(`<p>${escapeHtml(m.noneAnswered)}</p>`);
  parts.push(`<p><span class="basis">${escapeHtml(t.basis.interpretation)}</span> ${escapeHtml(m.interpretationNote)}</p>`);
  const allPrompts = reflectionPrompts(dossier, profile);
  parts.push(`<p>${escapeHtml(m.caution)}</p>${cautionStatements(dossier, allPrompts).map(statement).join('')}`);

  // One heading per reason ("little attention to political-strategic craft"), its statements below it.
  const prompts = groupPrompts(allPrompts.filter((pr) => pr.when !== 'comparison'), lang);
  // A prompt's reason speaks to the team ("U gaf aan …"); the one-pager is the team's own account to a funder, so each
  // group is headed by the answer it rests on instead ("Politiek-strategisch vakmanschap: niet", "Niveaus: Meso").
  const answerOf = (pr: ReflectionPrompt): string => {
    const chosenLevels = () => `${escapeHtml(m.levels)}: ${levels.length ? levels.map(name).join(', ') : escapeHtml(m.noLevels)}`;
    if (pr.when === 'levels') return chosenLevels();
    const found = findItem(dossier, pr.about);
    if (!found) return escapeHtml(localize(pr.because, lang));
    if (found.kind === 'level') return profile.levels.ids.includes(found.item.id) ? chosenLevels() : `${name(found.item)}: ${escapeHtml(m.notChosen)}`;
    const group = found.kind === 'goal' ? profile.goals : found.kind === 'factor' ? profile.factors : profile.crafts;
    return `${name(found.item)}: ${escapeHtml(presence(group[found.item.id]?.presence))}`;
  };
  if (prompts.length)
    parts.push(
      `<h2>${escapeHtml(m.onePagerPrompts)}</h2>${prompts
        .map(
          ({ first, all }) =>
            `<div class="item"><h3>${first.ruleBasis === 'dossier' ? '' : `<span class="basis">${escapeHtml(t.basis[first.ruleBasis])}</span> `}${answerOf(first)}</h3>${all.map((pr) => statement(pr.statement)).join('')}</div>`,
        )
        .join('')}`,
    );

  const refs = new Map(dossier.references.map((r) => [r.id, r]));
  parts.push(
    `<h2>${escapeHtml(t.sources)}</h2><ol class="refs">${cites.order
      .map((id) => {
        const r = refs.get(id);
        return `<li${r?.lang ? ` lang="${r.lang}"` : ''}>${escapeHtml(r ? r.citation : id)}${r ? ` (${escapeHtml(t.referenceKind[r.kind])})` : ''}</li>`;
      })
      .join('')}</ol>`,
  );
  parts.push(
    `<p class="meta">${escapeHtml(m.ownWords)} ${escapeHtml(m.madeWith(localize(dossier.meta.title, lang), dossier.meta.publisher, dossier.meta.year))}</p>`,
  );
  return `<article class="ww-one-pager" lang="${lang}">${parts.join('')}</article>`;
}

/** The one-pager as a whole, self-contained HTML document (styles inline, no scripts, no external files). */
export function onePagerDocument(dossier: Dossier, profile: PracticeProfile, lang: Lang): string {
  const title = escapeHtml(profile.practice.name || messages[lang].untitled);
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><style>${ONE_PAGER_CSS}</style></head><body>${onePagerHtml(dossier, profile, lang)}</body></html>`;
}

/** The one-pager as plain text, for the clipboard's text/plain: the HTML's text, block by block. */
export function onePagerText(html: string): string {
  return html
    .replace(/<\/(h1|h2|h3|p|li|tr|div)>/g, '\n')
    .replace(/<br>\n?/g, '\n')
    .replace(/<\/t[hd]>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
