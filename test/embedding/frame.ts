/** Opening a page of the project in an iframe of a given size, fresh, as a visitor would. */
import { expect } from '@open-wc/testing';
import type { Dossier } from '../../src/model/types.js';
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

/** What the text version must say: the title, every goal, approach and factor (in Dutch). */
export function expectDossierText(text: string, dossier: Dossier): void {
  const folded = text.replace(/\s+/g, ' ').trim();
  expect(folded).to.contain(dossier.meta.title.nl);
  for (const item of [...dossier.goals, ...dossier.approaches, ...dossier.factors]) expect(folded).to.contain(item.name.nl);
}
