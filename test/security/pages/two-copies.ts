// Runs in /__test/page: loads the CDN build twice, the second announcing another version,
// as a host does that includes two widgets each bundling wat-werkt. two-copies.test.ts
// reads window.__done and the page.
type Library = {
  VERSION: string;
  define(tag: string, constructor: CustomElementConstructor): void;
  DossierOverview: CustomElementConstructor;
  DossierProvider: CustomElementConstructor;
};
const OTHER = '0.0.9-copy';
const done: Record<string, unknown> = {};
const a = (await import('/__test/cdn/wat-werkt.js' as string)) as Library;
done.a = a.VERSION;
try {
  const b = (await import(`/__test/cdn/wat-werkt.js?version=${OTHER}` as string)) as Library;
  done.b = b.VERSION;
  // The second copy's classes, under their own tags, next to the first copy's.
  b.define('copy-b-overview', class extends b.DossierOverview {});
  b.define('copy-b-provider', class extends b.DossierProvider {});
} catch (error) {
  done.bFailed = String(error);
}
const root = document.getElementById('root')!;
const providerA = document.createElement('dossier-provider');
providerA.id = 'provider-a';
providerA.setAttribute('src', '/__test/dossier');
providerA.append(document.createElement('dossier-overview'), document.createElement('copy-b-overview'));
const providerB = document.createElement('copy-b-provider');
providerB.id = 'provider-b';
providerB.setAttribute('src', '/__test/dossier');
providerB.setAttribute('lang', 'en');
providerB.append(document.createElement('dossier-overview'));
root.append(providerA, providerB);
await new Promise((resolve) => setTimeout(resolve, 800));
done.registered = customElements.get('dossier-provider') && (customElements.get('dossier-provider') as unknown as { version: string }).version;
(window as unknown as { __done: unknown }).__done = done;

export {};
