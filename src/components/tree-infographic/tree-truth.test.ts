/**
 * What the picture says by position, repetition and size, at every width (issue 23): engine-neutral
 * (widths are the container's; no DevTools-only commands).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../define/tree-infographic.js';
import { dossierCopy, until } from '../../../test/helpers.js';
import type { Dossier } from '../../model/types.js';
import type { TreeInfographic } from './tree-infographic.js';

const WIDTHS = [320, 390, 600, 800, 1024, 1366, 1600];
let dossier: Dossier;

const svgOf = (el: TreeInfographic) => el.shadowRoot!.querySelector<SVGSVGElement>('svg.ww-tree--screen')!;
const cardBox = (g: Element) => g.querySelector(':scope > .card')!.getBoundingClientRect();

/**
 * What an SVG shape paints on screen: its geometry (getBBox, the same in every engine) grown by half
 * its stroke. getBoundingClientRect is no measure of that: Firefox counts the stroke, Chromium does not.
 */
function paintedBox(el: SVGGraphicsElement, stroke: SVGGraphicsElement = el) {
  const b = el.getBBox();
  const m = el.getScreenCTM()!;
  const half = (parseFloat(getComputedStyle(stroke).strokeWidth) || 0) / 2;
  const x = [b.x - half, b.x + b.width + half].map((v) => m.a * v + m.e);
  const y = [b.y - half, b.y + b.height + half].map((v) => m.d * v + m.f);
  const [left, right, top, bottom] = [Math.min(...x), Math.max(...x), Math.min(...y), Math.max(...y)];
  return { left, right, top, bottom, height: bottom - top };
}

async function treeAt(width: number): Promise<TreeInfographic> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl" style="width: ${width}px"><tree-infographic></tree-infographic></div>`);
  const el = wrapper.querySelector('tree-infographic')!;
  el.dossier = dossier;
  await el.updateComplete;
  await until(() => svgOf(el)?.getAttribute('width') === String(width) && !!svgOf(el).querySelector('.node--item'), `the tree at ${width}`);
  await el.updateComplete;
  return el;
}

describe('<tree-infographic>: what the picture suggests is true in the data', () => {
  before(async () => {
    dossier = await dossierCopy();
  });

  for (const width of WIDTHS) {
    it(`draws no factor at the height of a level its data does not give, at ${width} px`, async () => {
      const el = await treeAt(width);
      const svg = svgOf(el);
      const levelKeys = new Set(dossier.levels.map((l) => l.id));
      const levelNodes = [...svg.querySelectorAll<SVGGElement>('.node--item')].filter((g) => levelKeys.has(g.dataset.id!));
      expect(levelNodes.length, 'the levels are drawn').to.equal(dossier.levels.length);
      const bands = [...svg.querySelectorAll('.band')].map((b) => b.getBoundingClientRect());
      // A level's zone: the band that holds its card, or else the card's own height across the drawing.
      const zones = levelNodes.map((g) => {
        const box = cardBox(g);
        const centre = (box.top + box.bottom) / 2;
        const band = bands.find((b) => b.top <= centre && centre <= b.bottom);
        return { level: g.dataset.id!, top: band?.top ?? box.top, bottom: band?.bottom ?? box.bottom };
      });
      for (const factor of dossier.factors) {
        const box = cardBox(svg.querySelector(`.node[data-key="${factor.id}"]`)!);
        const centre = (box.top + box.bottom) / 2;
        const levels = factor.levels.map((l) => l.level);
        for (const zone of zones)
          if (zone.top <= centre && centre <= zone.bottom)
            expect(levels, `${factor.id} drawn in the ${zone.level} level at ${width} px`).to.include(zone.level);
      }
      for (const factor of dossier.factors) {
        const levels = factor.levels.map((l) => l.level);
        // The note under its name says exactly its levels.
        const note = svg.querySelector(`.labels text[data-key="${factor.id}"] + .note`);
        const scales = dossier.levels.filter((l) => levels.includes(l.id)).map((l) => l.scale);
        // Each line is a tspan; a reader sees a break between lines, so they are joined with a space.
        const noteText = [...(note?.querySelectorAll('tspan') ?? [])].map((t) => t.textContent).join(' ');
        expect(noteText.replace(/\s+/g, ' ').trim(), `${factor.id}'s note`).to.match(new RegExp(`${scales.join(' · ')}$`));
      }
    });

    it(`draws no label twice and no box over another or over a branch or root, at ${width} px`, async () => {
      const el = await treeAt(width);
      const svg = svgOf(el);
      const labels = [...svg.querySelectorAll('text.label')].map((t) => (t.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
      const twice = labels.filter((l, i) => labels.indexOf(l) !== i);
      expect(twice, `labels drawn twice at ${width} px`).to.deep.equal([]);
      // Points well inside each card on no stroke: further from its edges than a stroke that ends
      // at the card (behind it) reaches in with its round cap.
      // The goals are inside the heart, which is drawn over the branches.
      const strokes = [...svg.querySelectorAll<SVGPathElement>('.branch, .root')];
      const heart = svg.querySelector('.heart')?.getBoundingClientRect();
      const svgBox = svg.getBoundingClientRect();
      const scale = svg.viewBox.baseVal.width / svgBox.width;
      const m = Math.max(0, ...strokes.map((s) => parseFloat(getComputedStyle(s).strokeWidth) / 2)) / scale + 4;
      for (const g of svg.querySelectorAll<SVGGElement>('.node--item')) {
        const b = cardBox(g);
        if (heart && b.top >= heart.top && b.bottom <= heart.bottom) continue;
        for (let i = 0; i <= 6; i++)
          for (let j = 0; j <= 3; j++) {
            const x = (b.left + m + ((b.width - 2 * m) * i) / 6 - svgBox.left) * scale;
            const y = (b.top + m + ((b.height - 2 * m) * j) / 3 - svgBox.top) * scale;
            const crossing = strokes.find((s) => s.isPointInStroke(new DOMPoint(x, y)));
            expect(!!crossing, `${g.dataset.key} lies over a ${crossing?.getAttribute('class')} at ${width} px`).to.equal(false);
          }
      }
    });
  }

  for (const width of [343, 375]) {
    it(`writes every label and note at 14 px or more on a ${width} px phone`, async () => {
      const el = await treeAt(width);
      const svg = svgOf(el);
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const texts = [...svg.querySelectorAll<SVGTextElement>('.labels text')];
      expect(texts.length).to.be.greaterThan(30);
      for (const t of texts) {
        const size = parseFloat(getComputedStyle(t).fontSize) * scale;
        expect(size, `"${t.textContent}" at ${width} px`).to.be.at.least(14);
      }
    });
  }

  for (const width of [390, 1024, 1440]) {
    it(`keeps dimmed cards opaque and weight badges clear of other cards, at ${width} px`, async () => {
      const el = await treeAt(width);
      el.approach = 'community-organizing';
      await until(() => svgOf(el).hasAttribute('data-emphasis') && !!svgOf(el).querySelector('.badge[data-weight]'), 'the emphasis shown');
      const svg = svgOf(el);
      const dimmed = [...svg.querySelectorAll<SVGGElement>('.node--item:not([data-weight]):not([data-current])')];
      expect(dimmed.length).to.be.greaterThan(3);
      for (const g of dimmed) {
        const card = g.querySelector(':scope > .card')!;
        const style = getComputedStyle(card);
        expect(getComputedStyle(g).opacity, `${g.dataset.key} group`).to.equal('1');
        expect(style.opacity, `${g.dataset.key} card`).to.equal('1');
        expect(style.fillOpacity, `${g.dataset.key} fill`).to.equal('1');
        expect(style.fill, `${g.dataset.key} fill`).not.to.equal('none');
      }
      const cards = [...svg.querySelectorAll<SVGGElement>('.node')].map((g) => ({
        key: g.dataset.key!,
        box: paintedBox(g.querySelector<SVGGraphicsElement>(':scope > .card')!),
      }));
      for (const badge of svg.querySelectorAll<SVGGElement>('.badge[data-weight]')) {
        const b = paintedBox(badge, badge.querySelector<SVGGraphicsElement>('.badge__pill')!);
        expect(b.height, 'badge readable').to.be.at.least(12);
        for (const c of cards) {
          if (c.key === badge.dataset.key) continue;
          const overlap = Math.min(b.right, c.box.right) - Math.max(b.left, c.box.left) > 0.5 && Math.min(b.bottom, c.box.bottom) - Math.max(b.top, c.box.top) > 0.5;
          expect(overlap, `the badge of ${badge.dataset.key} on ${c.key} at ${width} px`).to.equal(false);
        }
      }
    });
  }
});
