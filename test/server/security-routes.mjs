// Test-only routes for the security tests (test/security/):
//
//   /__test/define-all.js              a module that registers every element in src/define/ and exports their tags
//   /__test/page?entry=…&csp=…         an HTML page that runs one module from test/security/, served with
//                                      csp=strict  the Content-Security-Policy a host should use (CSP_STRICT),
//                                      csp=dup     the same, allowing a second copy of Lit ('allow-duplicates'),
//                                      csp=export  the same, allowing blob: images (PNG export),
//                                      csp=none    no policy
//   /__test/probe.js                   a classic script, first in every such page: records CSP violations,
//                                      errors, unhandled rejections and console warnings in window.__probe
//   /__test/cdn/wat-werkt.js?version=… the CDN build (vite build --mode cdn, in memory, built once per run),
//                                      optionally announcing another version, to load two copies on one page
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The policy the README tells hosts to send; Lit's trusted-types policy is named `lit-html`. */
export const CSP_STRICT =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
/** Two copies of the library bring two copies of Lit, each creating a `lit-html` policy. */
export const CSP_TWO_COPIES = `${CSP_STRICT} 'allow-duplicates'`;

/** <tree-infographic>'s PNG export draws its SVG through an <img> with a blob: URL. */
export const CSP_PNG_EXPORT = `${CSP_STRICT}; img-src 'self' blob:`;

const policies = { strict: CSP_STRICT, dup: CSP_TWO_COPIES, export: CSP_PNG_EXPORT, none: undefined };

const PROBE = `(() => {
  const probe = (window.__probe = { violations: [], reports: [], errors: [], warnings: [], consoleErrors: [] });
  window.addEventListener('securitypolicyviolation', (e) => {
    probe.violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile, line: e.lineNumber });
  }, true);
  if (window.ReportingObserver)
    new ReportingObserver((reports) => {
      for (const r of reports) if (r.type === 'csp-violation') probe.reports.push(JSON.stringify(r.body));
    }, { types: ['csp-violation'], buffered: true }).observe();
  window.addEventListener('error', (e) => probe.errors.push(String(e.message || e.error)));
  window.addEventListener('unhandledrejection', (e) => probe.errors.push('unhandled rejection: ' + String(e.reason && (e.reason.stack || e.reason))));
  for (const [level, list] of [['warn', probe.warnings], ['error', probe.consoleErrors]]) {
    const original = console[level];
    console[level] = (...args) => { list.push(args.map(String).join(' ')); original.apply(console, args); };
  }
})();
`;

const page = (entry) => `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>wat-werkt test page</title>
<script src="/__test/probe.js"></script>
<script type="module" src="${entry}"></script>
</head>
<body>
<button id="outside" type="button">Knop van de gastpagina</button>
<p id="host-content">Inhoud van de gastpagina</p>
<main id="root"></main>
</body>
</html>
`;

let cdn;
/** The CDN file, built once per test run from the current sources, in memory. */
function cdnBundle() {
  cdn ??= import('vite')
    .then((vite) =>
      vite.build({
        configFile: fileURLToPath(new URL('vite.config.ts', `file://${root}`)),
        root,
        mode: 'cdn',
        logLevel: 'warn',
        build: { write: false, emptyOutDir: false },
      }),
    )
    .then((output) => {
      const outputs = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
      const file = outputs.find((o) => o.type === 'chunk' && o.isEntry);
      if (!file) throw new Error('the CDN build has no entry chunk');
      return file.code;
    });
  cdn.catch(() => (cdn = undefined));
  return cdn;
}

export async function securityRoutes(ctx, next) {
  switch (ctx.path) {
    case '/__test/define-all.js': {
      const files = (await readdir(`${root}src/define`)).filter((f) => f.endsWith('.ts')).sort();
      const tags = files.map((f) => f.replace(/\.ts$/, '')).sort((a, b) => (a === 'dossier-provider' ? -1 : b === 'dossier-provider' ? 1 : 0));
      ctx.type = 'js';
      ctx.set('cache-control', 'no-store');
      ctx.body = `${tags.map((t) => `import '/src/define/${t}.ts';`).join('\n')}\nexport const tags = ${JSON.stringify(tags)};\n`;
      return;
    }
    case '/__test/probe.js':
      ctx.type = 'js';
      ctx.body = PROBE;
      return;
    case '/__test/page': {
      const entry = String(ctx.query.entry ?? '');
      const csp = String(ctx.query.csp ?? 'strict');
      if (!/^\/test\/security\/[\w/.-]+\.ts$/.test(entry) || !(csp in policies)) {
        ctx.status = 400;
        ctx.body = 'bad entry or csp';
        return;
      }
      ctx.type = 'html';
      ctx.set('cache-control', 'no-store');
      if (policies[csp]) ctx.set('content-security-policy', policies[csp]);
      ctx.body = page(entry);
      return;
    }
    case '/__test/cdn/wat-werkt.js': {
      try {
        let code = await cdnBundle();
        const version = String(ctx.query.version ?? '');
        if (/^\d+\.\d+\.\d+[\w.-]*$/.test(version)) {
          const own = /VERSION = '([^']+)'/.exec(await readFile(`${root}src/version.ts`, 'utf8'))?.[1];
          // The minified bundle keeps the version as a template literal wherever it is used.
          if (own) code = code.replaceAll(`\`${own}\``, `\`${version}\``).replaceAll(`"${own}"`, `"${version}"`);
        }
        ctx.type = 'js';
        ctx.body = code;
      } catch (error) {
        ctx.status = 500;
        ctx.body = `CDN build failed: ${error}`;
      }
      return;
    }
  }
  return next();
}
