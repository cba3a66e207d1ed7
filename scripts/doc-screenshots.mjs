#!/usr/bin/env node
// The tree's screenshots in docs/ (README, *Screenshots*), from the demo page (index.html): the tree at 1440 px
// (tree-infographic.png), with Community Organizing's emphasis (tree-infographic-emphasis.png), on a 375 px phone
// (tree-infographic-mobile.png), its exports as a 16:9 slide (tree-export.png) and an A4 handout
// (tree-export-handout.png), and the demo page printed on A4 (print.png: its pages side by side, from Chromium's PDF,
// drawn by Ghostscript); and <practice-profile> filled in with a sample team's answers, at 1440 px
// (practice-profile.png) and on a 375 px phone (practice-profile-mobile.png), for docs/PRACTICE-PROFILE.md.
// Needs the dev server (npm start, or vite on another port) and, for print.png, `gs`.
// Usage: node scripts/doc-screenshots.mjs [base URL, default http://127.0.0.1:5173] [tree | practice-profile: only those]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:5173';
const only = process.argv[3];
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

async function treeShots() {
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
}

/** A sample team's answers, in the profile's file format (what "Bewaar als bestand" writes). */
function sampleProfile() {
  const answer = (presence, note) => ({ presence, note });
  return {
    format: 'wat-werkt-practice/1',
    dossier: 'https://www.movisie.nl/publicatie/wat-werkt-samenlevingsopbouw',
    practice: {
      name: 'Buurtteam Oost',
      neighbourhood: 'Transvaal',
      date: '2026-12-01',
      context: 'Een wijk met veel nieuwe bewoners en weinig plekken om elkaar te ontmoeten.',
      question: 'Hoe krijgen bewoners meer invloed op het wijkplan?',
    },
    goals: {
      'social-cohesion': answer(3, 'Buurtkamer en straatfeesten, samen met bewoners.'),
      'capacity-development': answer(2, 'Bewoners leren vergaderen en een aanvraag schrijven.'),
      'democracy-voice': answer(1, 'Nog weinig: één bewonersavond per jaar.'),
    },
    levels: { ids: ['micro', 'meso'], note: 'Vooral in de straat en het buurthuis.' },
    factors: {
      informality: answer(2, 'Koffie op het plein elke dinsdag.'),
      'talents-resources': answer(3, 'Een klussenlijst van wat bewoners kunnen.'),
      'self-organisation-leadership': answer(1, 'Twee bewoners trekken de buurtkamer.'),
      'difference-conflict': answer(2, 'Een gesprek over overlast, met beide kanten aan tafel.'),
      'capacity-to-act': answer(0, ''),
      'coalitions-networks': answer(3, 'Overleg met school, wijkagent en woningcorporatie.'),
    },
    crafts: { 'socio-agogic': answer(3, ''), 'political-strategic': answer(0, 'Geen tijd voor; het wijkplan komt van de gemeente.') },
    updated: '2026-12-01T09:00:00.000Z',
  };
}

/** The demo page at `width`, the sample profile read in through the element's own file input. */
async function practice(width, height) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(`${base}/index.html`);
  await page.waitForFunction(() => document.querySelector('practice-profile')?.shadowRoot?.querySelector('#pp-import'), undefined, { timeout: 30_000 });
  await page.evaluate(() => localStorage.clear());
  await page.locator('practice-profile #pp-import').setInputFiles({ name: 'buurtteam-oost.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(sampleProfile())) });
  await page.waitForFunction(() => document.querySelector('practice-profile').shadowRoot.querySelector('#pp-name')?.value === 'Buurtteam Oost');
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** The element's top (title, where the answers stay, the first questions), `height` px of it. */
async function practiceTop(page, file, height) {
  await page.waitForTimeout(300);
  const clip = await page.evaluate((height) => {
    // The form's own width (it keeps to a readable measure), not the wider section around it.
    const r = document.querySelector('practice-profile').shadowRoot.querySelector('.profile').getBoundingClientRect();
    return { x: Math.max(0, r.left - 8), y: r.top + scrollY - 8, width: Math.min(r.width + 16, innerWidth), height };
  }, height);
  await page.screenshot({ path: docs(file), clip, fullPage: true });
  console.log(docs(file), `${Math.round(clip.width)} × ${Math.round(clip.height)}`);
}

async function practiceShots() {
  let page = await practice(1440, 900);
  await practiceTop(page, 'practice-profile.png', 1180);
  await page.close();
  page = await practice(375, 667);
  await practiceTop(page, 'practice-profile-mobile.png', 1400);
  await page.close();
}

try {
  if (!only || only === 'tree') await treeShots();
  if (!only || only === 'practice-profile') await practiceShots();
} finally {
  await browser.close();
}
