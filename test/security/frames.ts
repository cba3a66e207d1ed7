/** Loading a test page (/__test/page, see test/server/security-routes.mjs) in an iframe and reading what it recorded. */
import { until } from '../helpers.js';

export interface Probe {
  violations: { directive: string; blocked: string; sample: string; source: string; line: number }[];
  reports: string[];
  errors: string[];
  warnings: string[];
  consoleErrors: string[];
}

export type FrameWindow = Window & { __probe: Probe; __done?: Record<string, unknown> };

/** Opens `entry` (a module under test/security/) in a page served with the given CSP; resolves when the page sets window.__done. */
export async function openPage(entry: string, csp: 'strict' | 'dup' | 'export' | 'none', ms = 20_000) {
  const iframe = document.createElement('iframe');
  iframe.className = 'test-page-frame';
  iframe.style.width = '1000px';
  iframe.style.height = '700px';
  const url = `/__test/page?entry=${encodeURIComponent(entry)}&csp=${csp}`;
  iframe.src = url;
  document.body.append(iframe);
  await until(() => Boolean((iframe.contentWindow as FrameWindow | null)?.__done), `${entry} to finish`, ms);
  const win = iframe.contentWindow as FrameWindow;
  return { iframe, win, doc: iframe.contentDocument!, url, probe: win.__probe, done: win.__done! };
}
