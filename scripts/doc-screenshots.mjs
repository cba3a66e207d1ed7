#!/usr/bin/env node
// The tree's screenshots in docs/ (README, *Screenshots*), from the demo page (index.html): the tree at 1440 px
// (tree-infographic.png), with Community Organizing's emphasis (tree-infographic-emphasis.png), on a 375 px phone
// (tree-infographic-mobile.png), its exports as a 16:9 slide (tree-export.png) and an A4 handout
// (tree-export-handout.png), and the demo page printed on A4 (print.png: its pages side by side, from Chromium's PDF,
// drawn by Ghostscript). Needs the dev server (npm start, or vite on another port) and, for print.png, `gs`.
// Usage: node scripts/doc-screenshots.mjs [base URL, default http://127.0.0.1:5173]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:5173';
const docs = (name) => new URL(`../docs/${name}`, import.meta.url).pathname;
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });

/** The demo page at `width`, the tree drawn and the fonts loaded. */
async function demo(width, height = 900) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(`${base}/index.html`);
  await page.waitForFunction(() => document.querySelector('tree-infographic')?.shadowRoot?.querySelector('svg.ww-tree--screen .node--item'), undefined, { timeout: 30_000 });
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** A screenshot of the whole tree element. */
async function tree(page, file) {
  await page.waitForTimeout(300);
  const clip = await page.evaluate(() => {
    const r = document.querySelector('tree-infographic').getBoundingClientRect();
    return { x: r.left, y: r.top + scrollY, width: r.width, height: r.height };
  });
  await page.screenshot({ path: docs(file), clip, fullPage: true });
  console.log(docs(file), `${Math.round(clip.width)} × ${Math.round(clip.height)}`);
}

try {
  let page = await demo(1440);
  await tree(page, 'tree-infographic.png');
  await page.evaluate(() => (document.querySelector('dossier-provider').approach = 'community-organizing'));
  await tree(page, 'tree-infographic-emphasis.png');

  // The exports, with an approach and a factor selected (what a funder's slide would show).
  await page.evaluate(() => {
    const provider = document.querySelector('dossier-provider');
    provider.approach = 'community-building';
    provider.select({ id: 'informality', kind: 'factor' });
  });
  for (const [format, file] of [['slide', 'tree-export.png'], ['handout', 'tree-export-handout.png']]) {
    const png = await page.evaluate(async (format) => {
      const el = document.querySelector('tree-infographic');
      await el.updateComplete;
      const bytes = new Uint8Array(await (await el.toPNG(1, format)).arrayBuffer());
      let s = '';
      for (const b of bytes) s += String.fromCharCode(b);
      return btoa(s);
    }, format);
    writeFileSync(docs(file), Buffer.from(png, 'base64'));
    console.log(docs(file));
  }
  await page.close();

  page = await demo(375, 667);
  await tree(page, 'tree-infographic-mobile.png');
  await page.close();

  // Printed: Chromium's PDF of the demo page on A4, each page drawn by Ghostscript, side by side in rows of five.
  page = await demo(1280);
  const dir = mkdtempSync(join(tmpdir(), 'ww-print-'));
  try {
    await page.pdf({ path: join(dir, 'page.pdf'), format: 'A4', printBackground: true });
    execFileSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=png16m', '-r40', `-sOutputFile=${join(dir, 'p-%02d.png')}`, join(dir, 'page.pdf')]);
    const pages = readdirSync(dir).filter((f) => f.startsWith('p-')).sort();
    const sheet = await browser.newPage({ viewport: { width: 1925, height: 600 } });
    const images = pages.map((f) => `data:image/png;base64,${execFileSync('base64', ['-w0', join(dir, f)]).toString()}`);
    await sheet.setContent(`<body style="margin:0;padding:12px;background:#d9d9de;display:flex;flex-wrap:wrap;gap:12px">${images
      .map((src) => `<img src="${src}" style="width:365px;box-shadow:0 1px 4px #0004">`)
      .join('')}</body>`);
    await sheet.evaluate(() => Promise.all([...document.images].map((i) => i.decode())));
    await sheet.screenshot({ path: docs('print.png'), fullPage: true });
    console.log(docs('print.png'), `${pages.length} A4 pages`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  await browser.close();
}
