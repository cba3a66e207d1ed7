/**
 * The comparison as a picture to keep or present: the weights of the compared approaches side by
 * side (goals and factors), with title, what was selected and the source line. Loaded on first use
 * (`toSVG()`, `toPNG()`, the download buttons).
 */
import { exportMessages, framePicture, tag, text, weightBars, weightBarsWidth, wrapLines, type Measure, type Palette, type Picture } from '../../export/index.js';
import { weightMessages } from '../../base/view-helpers.js';
import { localize } from '../../model/query.js';
import type { EmphasisSource } from '../../model/emphasis-sources.js';
import type { Dossier, Lang } from '../../model/types.js';
import type { WeightRow } from './comparator-rows.js';

export interface ComparatorPictureInput {
  dossier: Dossier;
  lang: Lang;
  caption: string;
  /** The columns: the compared approaches, then the team's own practice when shown (its head says it is theirs). */
  columns: readonly EmphasisSource[];
  /** The words saying a column is the team's own: "eigen inschatting". */
  ownLabel: string;
  groups: { label: string; rows: WeightRow[] }[];
  activeId: string | null;
  selectedId: string | null;
  /** The word marking the active approach's column: "actief". */
  activeLabel: string;
  weightsAreInterpretation: boolean;
  palette: Palette;
  measure: Measure;
}

/** Picture width: slide-friendly, a little wider per approach. */
const widthFor = (columns: number) => 520 + 240 * columns;

export function drawComparator(input: ComparatorPictureInput): Picture {
  const { dossier: d, lang, columns: chosen, palette: p, measure } = input;
  const e = exportMessages[lang];
  const wm = weightMessages[lang];
  const size = 16;
  const W = widthFor(chosen.length);
  const active = chosen.find((a) => a.id === input.activeId) ?? d.approaches.find((a) => a.id === input.activeId);
  const selected = input.groups.flatMap((g) => g.rows).find((r) => r.id === input.selectedId);
  const selection = [active ? e.activeApproach(localize(active.name, lang), 'kind' in active && active.kind === 'profile') : e.noActiveApproach];
  if (selected) selection.push(e.selected(selected.name));
  if (input.weightsAreInterpretation) selection.push(e.weightsInterpretation);

  return framePicture({
    width: W,
    size,
    palette: p,
    measure,
    title: input.caption,
    subtitle: `${localize(d.meta.title, lang)} · ${d.meta.publisher}, ${d.meta.year}`,
    selection,
    source: e.source(d.meta.publisher, d.meta.year, localize(d.meta.title, lang)),
    body: (top, pad) => {
      const inner = W - 2 * pad;
      const nameW = Math.round(inner * 0.34);
      const colW = (inner - nameW) / chosen.length;
      const colX = (i: number) => pad + nameW + i * colW;
      const out: string[] = [];
      const under: string[] = [];
      let y = top;
      // Column heads: the approach names, the active one marked in words too.
      let headH = 0;
      chosen.forEach((a, i) => {
        const lines = wrapLines(localize(a.name, lang), colW - 16, size * 1.05, measure, true);
        if (a.kind === 'profile') lines.push(`(${input.ownLabel})`);
        if (a.id === input.activeId) lines.push(`(${input.activeLabel})`);
        lines.forEach((line, k) =>
          out.push(text(line, { x: colX(i) + 8, y: y + size * 1.05 * (k + 1) * 1.2, 'font-size': size * 1.05, 'font-weight': 700, fill: p.text })),
        );
        headH = Math.max(headH, lines.length * size * 1.05 * 1.2);
      });
      y += headH + size * 0.6;
      out.push(tag('line', { x1: pad, x2: W - pad, y1: y, y2: y, stroke: p.text, 'stroke-width': 2 }));
      const tableTop = top - size * 0.4;
      for (const group of input.groups) {
        y += size * 1.6;
        out.push(text(group.label, { x: pad, y, 'font-size': size * 1.05, 'font-weight': 700, fill: p.text }));
        y += size * 0.5;
        out.push(tag('line', { x1: pad, x2: W - pad, y1: y, y2: y, stroke: p.line, 'stroke-width': 1 }));
        for (const row of group.rows) {
          const nameLines = wrapLines(`${row.top ? '▲ ' : ''}${row.name}`, nameW - 12, size, measure, row.id === input.selectedId);
          const cellLines = row.cells.map((c) => wrapLines(c ? wm.weight(c.weight) : wm.none, colW - 24 - weightBarsWidth(size), size * 0.9, measure));
          const rowH = Math.max(nameLines.length, ...cellLines.map((l) => l.length)) * size * 1.3 + size * 0.7;
          if (row.id === input.selectedId)
            under.push(tag('rect', { x: pad, y, width: inner, height: rowH, fill: 'none', stroke: p.text, 'stroke-width': 2 }));
          else if (row.top) under.push(tag('rect', { x: pad, y, width: inner, height: rowH, fill: p.bgSubtle }));
          nameLines.forEach((line, k) =>
            out.push(text(line, { x: pad + 6, y: y + size * (1.25 + k * 1.3), 'font-size': size, 'font-weight': row.id === input.selectedId ? 700 : 600, fill: p.text })),
          );
          row.cells.forEach((c, i) => {
            const x = colX(i) + 8;
            out.push(weightBars(x, y + size * 1.2, c?.weight ?? 0, size, p));
            cellLines[i].forEach((line, k) =>
              out.push(text(line, { x: x + weightBarsWidth(size) + 8, y: y + size * (1.2 + k * 1.3), 'font-size': size * 0.9, fill: c ? p.text : p.subtle })),
            );
          });
          y += rowH;
          out.push(tag('line', { x1: pad, x2: W - pad, y1: y, y2: y, stroke: p.line, 'stroke-width': 1 }));
        }
      }
      // The active approach's column, tinted under everything.
      const activeIndex = chosen.findIndex((a) => a.id === input.activeId);
      if (activeIndex >= 0) under.unshift(tag('rect', { x: colX(activeIndex), y: tableTop, width: colW, height: y - tableTop, fill: p.accentBg }));
      return { svg: under.join('') + out.join(''), height: y - top };
    },
  });
}
