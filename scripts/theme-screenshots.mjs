#!/usr/bin/env node
// Screenshots of the elements under each municipal theme, from examples/intranet.html's theme switcher,
// for docs/THEMING.md: docs/themes/<theme>.png. Needs the dev server (npm start, or vite on another port).
// Usage: node scripts/theme-screenshots.mjs [base URL, default http://127.0.0.1:5173]
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:5173';
const THEMES = ['utrecht', 'utrecht-dark', 'denhaag', 'amsterdam'];
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  for (const theme of THEMES) {
    await page.goto(`${base}/examples/intranet.html?theme=${theme}`);
    // Every element drawn (no loading message left).
    await page.waitForFunction(() => {
      const deep = (root) => [...root.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? deep(e.shadowRoot) : [])]);
      const all = deep(document);
      return all.some((e) => e.matches?.('svg.ww-tree--screen')) && all.some((e) => e.localName === 'factor-card' && e.shadowRoot?.querySelector('article')) && !all.some((e) => e.getAttribute?.('part') === 'loading');
    }, undefined, { timeout: 30_000 });
    await page.evaluate(() => document.fonts.ready);
    const path = new URL(`../docs/themes/${theme}.png`, import.meta.url).pathname;
    // The top bar, the tree and the comparator's start: the elements in the theme, beside the page's own look.
    await page.screenshot({ path, clip: { x: 0, y: 0, width: 1280, height: 2300 }, fullPage: true });
    console.log(path);
  }
} finally {
  await browser.close();
}
