// Speed and heap in headless Chromium (playwright-core with Debian's /usr/bin/chromium), against
// the production build served by bench/lib/server.mjs. Every measurement is a fresh page in a
// fresh browser context (no HTTP or code cache carried over), 1280 × 800 CSS px; runs of the
// different measurements are interleaved, so that load from other processes spreads over all.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const FLAGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** For the heap check only: gc() before each reading, exact performance.memory. */
export const HEAP_FLAGS = ['--js-flags=--expose-gc', '--enable-precise-memory-info'];

/**
 * Resolves when a bench page logs that its result is published (DONE in bench/pages/harness.js);
 * call it before `page.goto`. Listening on the console runs nothing in the page.
 */
export const whenDone = (page, timeout) => page.waitForEvent('console', { predicate: (m) => m.text() === 'bench:done', timeout });

async function open(browser, url, timeout) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors = [];
  const done = whenDone(page, timeout);
  done.catch(() => {}); // (the heap page publishes otherwise: its wait ends with its context)
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text().slice(0, 300)));
  page.setDefaultTimeout(timeout);
  await page.goto(url);
  return { context, page, errors, done };
}

/**
 * Loads a bench page and returns what it publishes as window.benchResult. Nothing runs in the page
 * until it says it is done: see DONE in bench/pages/harness.js.
 */
async function visit(browser, url, timeout = 60_000) {
  const { context, page, errors, done } = await open(browser, url, timeout);
  try {
    await done;
    const result = await page.evaluate(() => window.benchResult);
    if (result.error) throw new Error(`${url}: ${result.error}`);
    return { ...result, errors: [...errors, ...(result.problems ?? [])] };
  } finally {
    await context.close();
  }
}

/**
 * The approach change on the demo page as it loads (`approach`: the target), then scrolled to the
 * factor cards, then with elements off screen skipped (opt-in): each key's query.
 */
export const APPROACH_PAGES = { approach: '', approachCards: '&scroll=factor-grid', approachSkipping: '&visibility=auto' };

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * `dossiers`: [{ key, url, items }]; `render`: keys of the dossiers whose tree render is compared
 * with its static floor; `floors`: keys of the dossiers whose page load is compared with the same
 * page without the library (bench/pages/floor.js), and the empty page's. Returns raw samples per
 * measurement.
 */
export async function measureSpeed({ origin, tmp, runs, dossiers, render, floors = [], changes = 8, log = () => {} }) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const version = browser.version();
  try {
    // The finished markup of each tree compared with its static floor.
    const markup = {};
    for (const key of render) {
      const d = dossiers.find((x) => x.key === key);
      const captured = await visit(browser, `${origin}/bench/pages/render.html?mode=capture&data=${encodeURIComponent(d.url)}`);
      const file = join(tmp, `static-${key}.html`);
      await writeFile(file, captured.markup);
      markup[key] = `/bench/tmp/static-${key}.html`;
    }
    const samples = { load: {}, floor: { empty: [] }, render: {}, ...Object.fromEntries(Object.keys(APPROACH_PAGES).map((k) => [k, []])) };
    for (const d of dossiers) samples.load[d.key] = [];
    for (const key of floors) samples.floor[key] = [];
    for (const key of render) samples.render[key] = { tree: [], static: [] };
    for (let run = 1; run <= runs; run++) {
      log(`run ${run}/${runs}`);
      for (const d of dossiers) samples.load[d.key].push(await visit(browser, `${origin}/bench/pages/load.html?data=${encodeURIComponent(d.url)}`));
      samples.floor.empty.push(await visit(browser, `${origin}/bench/pages/floor.html`));
      for (const key of floors) {
        const d = dossiers.find((x) => x.key === key);
        samples.floor[key].push(await visit(browser, `${origin}/bench/pages/floor.html?data=${encodeURIComponent(d.url)}`));
      }
      for (const key of render) {
        const d = dossiers.find((x) => x.key === key);
        const data = encodeURIComponent(d.url);
        samples.render[key].tree.push(await visit(browser, `${origin}/bench/pages/render.html?mode=tree&data=${data}`));
        samples.render[key].static.push(await visit(browser, `${origin}/bench/pages/render.html?mode=static&data=${data}&markup=${encodeURIComponent(markup[key])}`));
      }
      for (const [key, query] of Object.entries(APPROACH_PAGES)) samples[key].push(await visit(browser, `${origin}/bench/demo.html?changes=${changes}${query}`));
    }
    return { version, samples };
  } finally {
    await browser.close();
  }
}

/**
 * 1,000 (by default) mount/unmount cycles of each element, each in a fresh page, after 200 cycles
 * not counted (20 before 2026-11-22: what the first cycles cost once, compiled code and caches, was
 * counted too). A leak shows as growth that goes on with more cycles: the one of about 115 bytes a
 * mount fixed in src/context/context-root.ts did (the card: 197 kB after 1,000, 542 after 4,000).
 */
export async function measureHeap({ origin, tags, cycles, warmup = 200, log = () => {} }) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...FLAGS, ...HEAP_FLAGS] });
  try {
    const out = [];
    for (const tag of tags) {
      log(`heap: ${cycles} cycles of <${tag}>`);
      const { context, page, errors } = await open(browser, `${origin}/bench/pages/heap.html`, 600_000);
      try {
        await page.waitForFunction(() => window.benchReady, null, { polling: 100 });
        const result = await page.evaluate(([t, c, w]) => window.heapCheck(t, c, w), [tag, cycles, warmup]);
        out.push({ tag, ...result, errors });
      } finally {
        await context.close();
      }
    }
    return out;
  } finally {
    await browser.close();
  }
}
