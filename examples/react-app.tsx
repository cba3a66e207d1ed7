// A small React app with the wrappers from `wat-werkt/react` (in a project: `from 'wat-werkt/react'`).
// React state drives the active approach; the elements' events update that state and a log.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ApproachComparator, DossierProvider, FactorGrid } from '../src/react/index.js';

const APPROACHES = [
  ['', 'geen'],
  ['community-development', 'Community Development'],
  ['community-building', 'Community Building'],
  ['community-organizing', 'Community Organizing'],
] as const;

function App() {
  const [approach, setApproach] = useState<string | null>('community-organizing');
  const [log, setLog] = useState<string[]>([]);
  const note = (line: string) => setLog((lines) => [line, ...lines].slice(0, 5));

  return (
    <main lang="nl">
      <p className="demo-lang">
        <label>
          Actieve benadering (React-state){' '}
          <select value={approach ?? ''} onChange={(e) => setApproach(e.target.value || null)}>
            {APPROACHES.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </p>
      <DossierProvider
        approach={approach}
        onDossierLoad={(e) => note(`dossier-load: ${e.detail.source}, ${e.detail.dossier.factors.length} factoren`)}
        onDossierError={(e) => note(`dossier-error: ${e.detail.error.kind}`)}
        onApproachChange={(e) => {
          setApproach(e.detail.approach);
          note(`approach-change: ${e.detail.approach ?? 'geen'}`);
        }}
        onItemSelect={(e) => note(`item-select: ${e.detail.kind ?? ''} ${e.detail.id ?? 'geen'}`)}
      >
        <section className="demo-section" aria-labelledby="comparator-title">
          <h2 id="comparator-title">De benaderingen vergelijken</h2>
          <ApproachComparator />
        </section>
        <section className="demo-section" aria-labelledby="factors-title">
          <h2 id="factors-title">Werkzame factoren</h2>
          <FactorGrid />
        </section>
      </DossierProvider>
      <h2>Gebeurtenissen</h2>
      <ol className="demo-log" aria-live="polite">
        {log.map((line, i) => (
          <li key={`${i}-${line}`}>{line}</li>
        ))}
      </ol>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
