// Type-checked against dist/ by `tsc -p scripts/consumer-types` (part of `npm run check:package`): what an
// app that installed wat-werkt can write. Never run.
import { DossierProvider, define, type Dossier } from 'wat-werkt';
import 'wat-werkt/all';
import 'wat-werkt/define/dossier-overview';
import { emphasisOf, parseDossier } from 'wat-werkt/model';
import { DossierProvider as ReactDossierProvider, DossierOverview } from 'wat-werkt/react';

// HTMLElementTagNameMap: the tag gives the class.
const provider: DossierProvider | null = document.querySelector('dossier-provider');
const created = document.createElement('dossier-provider');
created.src = '/data/samenlevingsopbouw.json';
created.addEventListener('dossier-load', (e) => console.log(e.detail.dossier.meta.title.nl, e.detail.source));
created.addEventListener('item-select', (e) => console.log(e.detail.id, e.detail.kind));

// The model alone.
const result = parseDossier('{}');
if (result.ok) {
  const d: Dossier = result.dossier;
  emphasisOf(d, 'community-building');
}

// Registration under another name, in another registry.
define('my-provider', class extends DossierProvider {}, new CustomElementRegistry());

// React: typed props and events.
export const app = (
  <ReactDossierProvider
    lang="nl"
    approach="community-building"
    onDossierLoad={(e) => console.log(e.detail.source)}
    onItemSelect={(e) => console.log(e.detail.id)}
  >
    <DossierOverview />
  </ReactDossierProvider>
);
export { provider };
