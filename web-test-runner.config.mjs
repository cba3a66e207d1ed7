// The browser suite, in Chromium, Firefox and WebKit (test/server/engines.mjs says which engines run
// which files and how each is launched; `npm test` runs all three through scripts/test-browsers.sh).
// No network beyond this machine. See ../shared/TOOLCHAIN.md for the launcher settings.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { defaultReporter } from '@web/test-runner';
import { engineConfig, pressTogetherPlugin } from './test/server/engines.mjs';
import { jsonModules } from './test/server/json-modules.mjs';
import { testRoutes } from './test/server/routes.mjs';
import { securityRoutes } from './test/server/security-routes.mjs';
import { templateRoutes } from './test/server/template-routes.mjs';
import { summaryReporter } from './test/server/summary-reporter.mjs';
import { forcedColorsPlugin } from './test/theming/forced-colors-plugin.mjs';
import { printPlugin } from './test/print/print-plugin.mjs';

export default {
  nodeResolve: true,
  // The test server's port (else the first free one from 8000).
  ...(process.env.WTR_PORT ? { port: Number(process.env.WTR_PORT) } : {}),
  // One test file at a time per engine, and one engine at a time (WTR_CONCURRENT_BROWSERS raises it):
  // on 2 shared cores, engines side by side starve each other's timers and focus.
  concurrency: 1,
  concurrentBrowsers: Number(process.env.WTR_CONCURRENT_BROWSERS ?? 1),
  testsFinishTimeout: 900_000,
  // A browser on 2 busy cores (Firefox especially) can take longer than the default 30 s to open a page.
  browserStartTimeout: 180_000,
  middleware: [testRoutes, securityRoutes, templateRoutes],
  plugins: [jsonModules(), forcedColorsPlugin(), printPlugin(), a11ySnapshotPlugin(), pressTogetherPlugin(), esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  ...engineConfig(),
  // Generous: WebKit and Firefox on 2 shared cores run several times slower than Chromium alone; a
  // timeout here only bounds a hang, it is no performance check.
  testFramework: { config: { timeout: 30_000 } },
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }), summaryReporter()],
};
