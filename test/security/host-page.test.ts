// The host page's own error handling must not hear from us: no element may report an
// error to window.onerror (which monitoring scripts and test frameworks treat as a crash)
// at any width, alone or inside a provider, while it is mounted, updated or removed.
import { expect } from '@open-wc/testing';
import { sleep } from './helpers.js';

describe('the host page hears no errors from the elements', function () {
  this.timeout(120_000);
  let tags: string[] = [];
  const originalWarn = console.warn;

  before(async () => {
    tags = ((await import('/__test/define-all.js' as string)) as { tags: string[] }).tags;
  });
  beforeEach(() => (console.warn = () => {}));
  afterEach(() => (console.warn = originalWarn));

  for (const width of [360, 800, 1400]) {
    it(`at ${width} px, for every element, alone and in a provider, mounted and removed three times`, async () => {
      // The width of the page's column (the elements size themselves by their container); the
      // viewport cannot be set through WebKit's WebDriver.
      const page = document.createElement('div');
      page.style.inlineSize = `${width}px`;
      document.body.append(page);
      const heard: Record<string, string[]> = {};
      let current = '';
      // Heard here and reported with the element's name, instead of failing whichever test runs
      // (Chromium calls window.onerror first, before any 'error' listener).
      const previous = window.onerror;
      window.onerror = (message) => {
        (heard[current] ??= []).push(String(message));
        return true;
      };
      const listener = (event: ErrorEvent) => event.stopImmediatePropagation();
      window.addEventListener('error', listener, true);
      try {
        for (const tag of tags) {
          for (let i = 0; i < 3; i++) {
            current = `<${tag}> in a provider`;
            const provider = document.createElement('dossier-provider');
            provider.setAttribute('src', '/__test/dossier');
            if (tag !== 'dossier-provider') provider.append(document.createElement(tag));
            page.append(provider);
            await sleep(250);
            provider.remove();
            await sleep(50);
            if (tag === 'dossier-provider') continue;
            current = `<${tag}> alone`;
            const alone = document.createElement(tag);
            page.append(alone);
            await sleep(250);
            alone.remove();
            await sleep(50);
          }
        }
      } finally {
        page.remove();
        window.onerror = previous;
        window.removeEventListener('error', listener, true);
      }
      const summary = Object.fromEntries(Object.entries(heard).map(([who, messages]) => [who, [...new Set(messages)].join(' / ')]));
      expect(summary).to.deep.equal({});
    });
  }
});
