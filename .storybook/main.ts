import type { StorybookConfig } from '@storybook/web-components-vite';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { writeManifest } from '../scripts/analyze.mjs';

/**
 * Routes the loading and error stories need a server for, on the dev server only. They mirror
 * the test server's routes (test/server/routes.mjs) at the same paths, so a story behaves the
 * same in Storybook and in test/stories/story-check.ts:
 *   /__test/hang        never answers (the test server gives up after 20 s): the loading state
 *   /__test/status/404  answers with that status
 * A static build (storybook-static/) has no server of its own: there both answer 404.
 */
function storyRoutes(): Plugin {
  return {
    name: 'wat-werkt-story-routes',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
        const path = (req.url ?? '').split('?')[0];
        if (path === '/__test/hang') {
          // Keep the request open until the browser gives up or navigates away.
          req.on('close', () => res.destroy());
          return;
        }
        const status = /^\/__test\/status\/(\d{3})$/.exec(path);
        if (status) {
          res.statusCode = Number(status[1]);
          res.setHeader('content-type', 'text/plain');
          res.end(`status ${status[1]}`);
          return;
        }
        next();
      });
    },
  };
}

/**
 * Keeps the docs pages' API tables current while the dev server runs: when an element's source or
 * registration changes, .storybook/custom-elements.json is written again and the preview reloads.
 */
function manifestWatcher(): Plugin {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    name: 'wat-werkt-manifest-watcher',
    apply: 'serve',
    configureServer(server) {
      server.watcher.on('all', (_event, file) => {
        if (!/[\\/]src[\\/](components|define|base)[\\/].*\.ts$/.test(file) || file.endsWith('.test.ts')) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          writeManifest({ quiet: true }).catch((error: unknown) => console.warn('[analyze]', error));
        }, 300);
      });
    },
  };
}

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: {
    // Offline: nothing phones home (with telemetry on, a build waits ~7 s on the closed network).
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
  },
  docs: { defaultName: 'Docs' },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      plugins: [storyRoutes(), manifestWatcher()],
      // The web-components renderer imports lit/directive-helpers.js; pre-bundled with the rest of
      // lit, so that the page loads one copy of lit-html, not two ("Multiple versions of Lit loaded").
      optimizeDeps: { include: ['lit/directive-helpers.js'] },
      // The error stories' fixtures stay files with a URL, as on a real server, not data: URLs
      // (the error message shows the URL).
      build: {
        assetsInlineLimit: (file: string) => (file.split('\\').join('/').includes('/stories/fixtures/') ? false : undefined),
      },
    });
  },
};

export default config;
