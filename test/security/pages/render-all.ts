// Runs in /__test/page (see test/server/security-routes.mjs), under the strict CSP: renders
// every element in src/define/, in providers that load, fail and carry hostile text, and
// alone with the built-in dossier; selects things and presses every button but the tree's downloads (files offered are caught, not saved). csp.test.ts
// then reads window.__probe (violations, errors) and window.__done from the frame.
import type { DossierProvider } from '../../../src/components/dossier-provider/dossier-provider.js';
import { OnePagerController } from '../../../src/components/practice-profile/one-pager-controller.js';

// The one-pager's print button builds its print frame under the policy, but opens no print dialog: a
// real one (Firefox's) waits for a person and the page never finishes. What the frames held is counted
// for csp.test.ts.
const printed: string[] = [];
OnePagerController.printWindow = (win) => void printed.push(win.document.querySelector('article.ww-one-pager h1')?.textContent ?? '');
// Likewise the files offered for download (the practice profile's one-pager and JSON): made under the
// policy, but not saved. Firefox asks before a page downloads several files, and that prompt, too, keeps
// the focus from the later test files' pages (their keys and focus rings then fail).
const downloads: string[] = [];
const anchorClick = HTMLAnchorElement.prototype.click;
HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
  if (this.download) downloads.push(this.download);
  else anchorClick.call(this);
};

const DEFINE_ALL = '/__test/define-all.js';
const { tags } = (await import(DEFINE_ALL)) as { tags: string[] };
const consumers = tags.filter((tag) => tag !== 'dossier-provider');
const root = document.getElementById('root')!;

function group(src: string, lang = 'nl'): DossierProvider {
  const provider = document.createElement('dossier-provider') as DossierProvider;
  provider.setAttribute('lang', lang);
  provider.src = src;
  for (const tag of consumers) provider.append(document.createElement(tag));
  root.append(provider);
  return provider;
}

const settled = (provider: DossierProvider) =>
  new Promise<string>((resolve) => {
    if (provider.status !== 'loading') resolve(provider.status);
    provider.addEventListener('dossier-load', () => resolve('ready'), { once: true });
    provider.addEventListener('dossier-error', () => resolve('error'), { once: true });
  });
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const providers = [
  group('/__test/dossier'),
  group('/__test/dossier', 'en'),
  group('/test/fixtures/html-payloads-in-every-text.json'),
  group('/test/fixtures/only-required-fields.json', 'en'),
  group('/__test/status/404'),
  group('/test/fixtures/empty-goals.json'),
];
for (const tag of consumers) {
  const alone = document.createElement(tag);
  alone.setAttribute('lang', 'en');
  root.append(alone);
}
const statuses = await Promise.all(providers.map(settled));
await sleep(300);

// Select an approach and an item, then press every button each element shows.
const first = providers[0];
const d = first.status === 'ready' ? (first as unknown as { loadState: { dossier: { approaches: { id: string }[]; factors: { id: string }[] } } }).loadState.dossier : undefined;
if (d) {
  first.approach = d.approaches[0].id;
  first.select({ id: d.factors[0].id, kind: 'factor' });
}
await frame();
let pressed = 0;
const press = (node: ParentNode) => {
  for (const el of Array.from(node.querySelectorAll('*'))) {
    // Not the download buttons: they save files (and the PNG needs img-src blob:, see export.ts).
    if (el instanceof HTMLButtonElement && !el.matches('[part~="download-button"]') && pressed < 300) {
      el.click();
      pressed++;
    }
    if (el.shadowRoot) press(el.shadowRoot);
  }
};
press(root);
await sleep(300);
press(root);
await sleep(300);

(window as unknown as { __done: unknown }).__done = { tags, statuses, pressed, printed, downloads };
