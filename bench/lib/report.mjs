// The benchmark's table, from its results (bench/results.json): each measure, its result, its
// target and whether it is met. Markdown, as in README.md ("Performance").

const kB = (b) => (b >= 1_000_000 ? `${(b / 1e6).toFixed(1)} MB` : `${(b / 1000).toFixed(1)} kB`);
const ms = (x) => `${Math.round(x).toLocaleString('en')} ms`;
const verdict = (pass) => (pass === undefined ? '' : pass ? 'pass' : '**MISSED**');
const count = (n) => Number(n).toLocaleString('en');

export function report(results) {
  const T = results.targets;
  const rows = [];
  if (results.size) {
    const { floor, cdn, pages, pageFloor } = results.size;
    rows.push(['Size: floor (lit, @lit/context, the d3-hierarchy functions, the dossier; minified alone)', `${kB(floor.gzip)} gzip · ${kB(floor.brotli)} br`, '', '']);
    rows.push([
      'Size: CDN file `dist/cdn/wat-werkt.js` (everything, one file)',
      `${kB(cdn.gzip)} gzip · ${kB(cdn.brotli)} br = ${cdn.toFloor.gzip} × · ${cdn.toFloor.brotli} × the floor`,
      '',
      '',
    ]);
    // Results of runs before the autoloader have no pages.
    if (pageFloor) rows.push(['Bytes a page downloads: the floor above, as one file', `${kB(pageFloor.gzip)} gzip`, '', '']);
    const what = { card: 'one `<factor-card>`', tree: 'one `<tree-infographic>`', all: 'every element, in a provider' };
    for (const [key, page] of Object.entries(pages ?? {}))
      rows.push([
        `Bytes a page downloads (gzip, all files), autoloader and ${what[key] ?? key}`,
        `${kB(page.gzip)} = ${page.toFloor} × the floor (${Object.keys(page.files).length} files)`,
        key === 'card' ? `≤ ${kB(T.cardPage)}` : '',
        key === 'card' ? verdict(page.pass) : '',
      ]);
  }
  let runs;
  if (results.speed) {
    const { load, floor, items10k, scaling, render, approach, approachCards, approachSkipping } = results.speed;
    const keys = load.map((l) => l.key).filter((k) => k !== 'real');
    const [one, ten] = keys.slice(-2);
    runs = load[0].painted.n;
    for (const l of load) {
      const largest = l.key === ten;
      rows.push([
        `Speed: page load → tree painted, ${l.key === 'real' ? 'the real dossier' : 'a generated dossier'} (${count(l.items)} items${l.valid === 'valid' ? '' : `, refused by the validator: ${l.valid}`})`,
        l.painted.n ? `${ms(l.painted.median)} (${ms(l.painted.min)}–${ms(l.painted.max)})` : 'not measured',
        largest ? (T.items10kToFloor ? `≤ ${T.items10kToFloor} × the floor that fetches and parses it${items10k.toFloor ? ` (${items10k.toFloor} ×)` : ''}` : `≤ ${T.items10k} ms`) : '',
        largest ? verdict(items10k.pass) : '',
      ]);
    }
    // Results of runs before the floor was measured have none.
    for (const f of floor ?? [])
      rows.push([
        f.key === 'empty'
          ? 'Speed: floor, no library: an empty page, painted'
          : `Speed: floor, no library: the page fetching and parsing the ${count(f.items)}-item dossier, a line painted (parsed after ${ms(f.parsed)})`,
        `${ms(f.median)} (${ms(f.min)}–${ms(f.max)})`,
        '',
        '',
      ]);
    rows.push([`Speed: growth from ${count(one)} to ${count(ten)} items`, `${scaling.ratio} ×`, `≤ ${T.scaling} ×`, verdict(scaling.pass)]);
    for (const [key, r] of Object.entries(render)) {
      if (key === 'pass') continue;
      const real = key === 'real';
      rows.push([
        `Speed: tree render vs. the same markup as a static string, ${real ? 'the real dossier' : `${count(key)} items`}`,
        `${ms(r.tree)} vs. ${ms(r.static)} = ${r.ratio} ×${r.warm ? ` (again in the same page: ${ms(r.warm.tree)} vs. ${ms(r.warm.static)} = ${r.warm.ratio} ×)` : ''}`,
        real ? `≤ ${T.renderToStatic} ×` : '',
        real ? verdict(render.pass) : '',
      ]);
    }
    // Results of runs before the rounds were reported have no `firstRound`.
    const rounds = (a) =>
      a.firstRound && a.laterRounds ? `; each state's first time after load ${ms(a.firstRound.median)}, again ${ms(a.laterRounds.median)}` : '';
    rows.push([
      `Speed: approach change → all ${approach.elements} elements of the demo page updated and painted`,
      `${ms(approach.median)} (p90 ${ms(approach.p90)}${approach.updated ? `; updates done after ${ms(approach.updated.median)}` : ''}${rounds(approach)})`,
      T.approachFrame ? `painted in the frame after the updates (${approach.afterUpdates ?? '?'} ms after them; ≤ ${ms(T.approachFrame)})` : `≤ ${T.approach} ms`,
      verdict(approach.pass),
    ]);
    const change = (a) => `${ms(a.median)} (p90 ${ms(a.p90)}; updates done after ${ms(a.updated.median)}${rounds(a)})`;
    if (approachCards) rows.push(['Speed: the same, scrolled to the factor cards', change(approachCards), '', '']);
    if (approachSkipping) rows.push(['Speed: the same, at the top, with `--ww-content-visibility: auto` (opt-in: off-screen elements skipped)', change(approachSkipping), '', '']);
  }
  for (const h of results.heap ?? [])
    rows.push([
      `Heap: ${count(h.cycles)} mount/unmount cycles of \`<${h.tag}>\``,
      `${h.growth >= 0 ? '+' : '−'}${kB(Math.abs(h.growth))}${h.leftover ? `, ${h.leftover} left in the page` : ''}${h.precise ? '' : ' (imprecise)'}`,
      `≤ ${kB(h.bound)}`,
      verdict(h.pass),
    ]);
  const table = ['| measure | result | target | |', '| --- | --- | --- | --- |', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  const m = results.machine;
  const load = results.loadAverage;
  const where =
    `${m.cores} cores (${m.cpu}), ${results.browser ?? 'no browser run'}, Node ${m.node}, ${results.date.slice(0, 10)}; ` +
    `load average ${load.min.toFixed(1)}–${load.max.toFixed(1)} during the run` +
    (runs ? `; speed: medians of ${runs} runs (min–max), page load from navigation start` : '');
  return { table, rows, where };
}
