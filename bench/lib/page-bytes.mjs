// Bytes a page downloads, gzip (level 9), through the autoloader (dist/cdn/autoloader.js): a page
// holding only that script and one card, one tree, or every element. Each response the page
// receives is counted once, gzipped as a server would send it; the page is done when its elements
// have drawn the dossier. The floor: lit + @lit/context + d3-hierarchy's functions + the dossier,
// minified as one file (bench/floor/entry.js), gzipped.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM, FLAGS } from './browser.mjs';

const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;

export const BYTE_PAGES = {
  card: '<factor-card factor="informality"></factor-card>',
  tree: '<tree-infographic></tree-infographic>',
  all: '<dossier-provider><tree-infographic></tree-infographic><approach-comparator></approach-comparator><factor-grid></factor-grid><factor-card factor="informality"></factor-card><dossier-overview></dossier-overview></dossier-provider>',
};

/** `origin` serves the repository; `autoloader` is the built file's path there. */
export async function measurePageBytes({ origin, autoloader, floorFile, dataFile }) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const pages = {};
  try {
    for (const [key, body] of Object.entries(BYTE_PAGES)) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const files = new Map();
      page.on('response', async (response) => {
        const url = response.url();
        if (url.startsWith('data:') || url.endsWith('/__bench/page')) return;
        files.set(url, response.body().then(gzip, () => 0));
      });
      await page.route(`${origin}/__bench/page`, (route) =>
        route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>bytes</title><script type="module" src="${autoloader}"></script></head><body>${body}</body></html>`,
        }),
      );
      await page.goto(`${origin}/__bench/page`);
      // Done when every element of ours shows the dossier (text in its shadow root) and nothing is loading.
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('*')]
            .filter((el) => el.localName.includes('-') && el.localName !== 'dossier-provider')
            .every((el) => el.shadowRoot && !el.shadowRoot.querySelector('[part~="loading"]') && el.shadowRoot.textContent.trim().length > 0),
        undefined,
        { timeout: 30_000, polling: 100 },
      );
      await page.waitForLoadState('networkidle');
      const sizes = await Promise.all([...files].map(async ([url, size]) => [url.replace(origin, ''), await size]));
      pages[key] = { gzip: sizes.reduce((sum, [, size]) => sum + size, 0), files: Object.fromEntries(sizes) };
      await context.close();
    }
  } finally {
    await browser.close();
  }
  // floor.js holds the dossier already (bench/floor/entry.js); the file is read only to check it is there.
  await readFile(dataFile);
  const floor = { gzip: gzip(await readFile(floorFile)) };
  return { floor, pages };
}
