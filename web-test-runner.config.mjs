// Tests run in Debian's Chromium (CHROME_PATH overrides), headless, with no network
// beyond this machine. See ../shared/TOOLCHAIN.md for why each flag is here.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { defaultReporter } from '@web/test-runner';
import { jsonModules } from './test/server/json-modules.mjs';
import { testRoutes } from './test/server/routes.mjs';
import { securityRoutes } from './test/server/security-routes.mjs';
import { templateRoutes } from './test/server/template-routes.mjs';
import { summaryReporter } from './test/server/summary-reporter.mjs';
import { forcedColorsPlugin } from './test/theming/forced-colors-plugin.mjs';
import { printPlugin } from './test/print/print-plugin.mjs';

export const chromeArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 300_000,
  middleware: [testRoutes, securityRoutes, templateRoutes],
  plugins: [jsonModules(), forcedColorsPlugin(), printPlugin(), a11ySnapshotPlugin(), esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: chromeArgs },
    }),
  ],
  testFramework: { config: { timeout: 10_000 } },
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }), summaryReporter()],
};
