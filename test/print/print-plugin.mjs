// A web-test-runner command that prints a page of this server to PDF in Chromium, as a visitor's
// "Print" does, and says how many A4 pages it took and which elements were wider than the page.
// Chromium only (the Chrome launcher's puppeteer): used by *.chromium.test.ts files.
//
// Register it in web-test-runner.config.mjs: `plugins: [..., printPlugin()]`. In a test:
// `await executeServerCommand('print-page', { path: '/index.html', screenWidth: 1280 })`.

/** A4 at 96 dpi, less the demo page's 12 mm margins on either side: the width print lays out in. */
const A4_CONTENT_WIDTH = 703;

/** In the page: every rendered element, through shadow roots, whose box passes the page's right edge. */
function findOverflowing(width) {
  const out = [];
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      const style = getComputedStyle(el);
      if (style.display !== 'none' && style.visibility !== 'hidden' && style.position !== 'fixed') {
        const box = el.getBoundingClientRect();
        if (box.width > 0 && box.height > 0 && box.right > width + 1)
          out.push(`${el.localName}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} right ${Math.round(box.right)}: ${(el.textContent ?? '').trim().slice(0, 40)}`);
        if (el.scrollWidth > el.clientWidth + 1 && ['table', 'td', 'th'].includes(el.localName))
          out.push(`${el.localName} cut off (scroll ${el.scrollWidth} > ${el.clientWidth}): ${(el.textContent ?? '').trim().slice(0, 40)}`);
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  return out;
}

/** In the page: true once every element shows its content (not loading). */
function rendered() {
  const all = [...document.querySelectorAll('tree-infographic, approach-comparator, factor-grid, factor-card, dossier-overview')];
  return all.length > 0 && all.every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('[part~="loading"]'));
}

/**
 * `print-html`: prints a whole HTML document given as text (`{ html }`, e.g. the practice profile's
 * one-pager) to A4 PDF as its own print styles lay it out; says how many pages it took and what was
 * wider than the page (at its `@page` margins' width).
 */
async function printHtml(payload, session) {
  if (session.browser.type !== 'puppeteer') throw new Error(`print-html: not supported by ${session.browser.type}`);
  const page = await session.browser.getPage(session.id).browser().newPage();
  try {
    await page.setContent(payload.html, { waitUntil: 'load' });
    await page.emulateMediaType('print');
    const pdf = Buffer.from(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    await page.setViewport({ width: payload.contentWidth ?? A4_CONTENT_WIDTH, height: 1000 });
    const overflowing = await page.evaluate(findOverflowing, payload.contentWidth ?? A4_CONTENT_WIDTH);
    return { pages, overflowing };
  } finally {
    await page.close();
  }
}

export function printPlugin() {
  return {
    name: 'print-page',
    async executeCommand({ command, payload, session }) {
      if (command === 'print-html') return printHtml(payload, session);
      if (command !== 'print-page') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`print-page: not supported by ${session.browser.type}`);
      const testPage = session.browser.getPage(session.id);
      const page = await testPage.browser().newPage();
      try {
        // Printed from a desktop window: the elements laid out for it, then printed on A4 (print runs no script,
        // so a layout chosen for the screen's width must fit the page by its print styles alone).
        await page.setViewport({ width: payload.screenWidth ?? 1280, height: 900 });
        await page.goto(new URL(payload.path, testPage.url()).href, { waitUntil: 'load' });
        await page.waitForFunction(rendered, { timeout: 20_000 });
        await page.emulateMediaType('print');
        const pdf = Buffer.from(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
        const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
        // And at the page's width, with print styles: nothing wider than the paper.
        await page.setViewport({ width: A4_CONTENT_WIDTH, height: 1000 });
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const overflowing = await page.evaluate(findOverflowing, A4_CONTENT_WIDTH);
        return { pages, overflowing };
      } finally {
        await page.close();
      }
    },
  };
}
