/** Opening a page of the project in an iframe of a given size, fresh, as a visitor would. */
import { expect } from '@open-wc/testing';
import { localize } from '../../src/model/query.js';
import type { Dossier, Lang } from '../../src/model/types.js';
import { until } from '../helpers.js';

export async function openFrame(url: string, width = 1000, height = 700): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.width = `${width}px`;
  iframe.style.height = `${height}px`;
  iframe.style.border = '0';
  iframe.src = url;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  return iframe;
}

/** Waits until every `<dossier-provider>` in the frame has its dossier. */
export async function providersReady(frame: HTMLIFrameElement): Promise<void> {
  const doc = frame.contentDocument!;
  await until(
    () => [...doc.querySelectorAll('dossier-provider')].every((p) => (p as HTMLElement & { status?: string }).status === 'ready'),
    'the providers to load',
    8000,
  );
}

/** What the text version must say: the title, every goal, approach and factor (in Dutch, or the language given). */
export function expectDossierText(text: string, dossier: Dossier, lang: Lang = 'nl'): void {
  const folded = text.replace(/\s+/g, ' ').trim();
  expect(folded).to.contain(localize(dossier.meta.title, lang));
  for (const item of [...dossier.goals, ...dossier.approaches, ...dossier.factors]) expect(folded).to.contain(localize(item.name, lang));
}

type AxeResult = { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };
type AxeWindow = Window & { axe?: { run(context: Document, options?: object): Promise<AxeResult> } };

/** axe-core run on the frame's whole document (inside it: axe checks the document it runs in), violations as lines. */
export async function axeViolations(frame: HTMLIFrameElement): Promise<string[]> {
  const doc = frame.contentDocument!;
  const win = frame.contentWindow as AxeWindow;
  if (!win.axe) {
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve));
    doc.head.append(script);
    await loaded;
  }
  const result = await win.axe!.run(doc, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
