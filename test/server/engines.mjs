// The three engines the suite runs in, and which test files each one gets.
//
// WTR_BROWSERS (comma-separated: chromium, firefox, webkit) picks the engines; `npm test` runs
// scripts/test-browsers.sh, which sets all three and starts what WebKit needs (Xvfb and
// WebKitWebDriver, whose port it passes in WTR_WEBKIT_PORT). A bare `npx web-test-runner <files>`
// runs Chromium alone, as before. See ../shared/TOOLCHAIN.md for why each setting is here.
//
// Files named `*.chromium.test.ts` need Chromium's DevTools protocol (forced-colours and print
// emulation, the accessibility snapshot) and run in Chromium only: docs/ARCHITECTURE.md lists them.
import { createRequire } from 'node:module';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

export const DEFAULT_FILES = ['src/**/*.test.ts', 'test/**/*.test.ts'];
const CHROMIUM_ONLY = /\.chromium\.test\.[cm]?[jt]s$/;

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

const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/**
 * A Chromium tab whose session history starts afresh for each test file. web-test-runner reuses one
 * tab for file after file (each file's page, then about:blank), so in a long run its history fills
 * to Chromium's 50 entries; from then on every new entry makes Chromium drop the oldest entry added
 * without a user's click, which was a test's own pushState entries (deep-link.test.ts: its second
 * history.back() then left its iframe's entries and took the test page to the previous file's
 * about:blank, ending the file). Cleared before each test page is opened, the history holds only
 * that page and what its tests add, as a visitor's fresh tab does.
 */
export async function freshHistoryPage({ context }) {
  return withFreshHistory(await context.newPage());
}

/** The page, its `goto` clearing the session history first (web-test-runner opens each file's page with it). */
export async function withFreshHistory(page) {
  const cdp = await page.createCDPSession();
  const goto = page.goto.bind(page);
  page.goto = async (url, options) => {
    if (url !== 'about:blank') await cdp.send('Page.resetNavigationHistory');
    return goto(url, options);
  };
  return page;
}

/** WebKit gets a fresh MiniBrowser (a new WebDriver session) after this many test files. */
const WEBKIT_FILES_PER_BROWSER = Number(process.env.WTR_WEBKIT_FILES_PER_BROWSER ?? 12);

/**
 * web-test-runner's WebDriver launcher, made to last a whole run of WebKit on 2 busy cores.
 *
 * - A test page that fails to open no longer ends the whole run. The launcher's session manager
 *   (concurrency 1) starts the navigation to each file's page and drops the promise
 *   (`queueStartSession` in @web/test-runner-webdriver 0.9), so a refused navigation was an unhandled
 *   rejection: web-test-runner then stopped everything with exit code 1, no summary, and its reason on
 *   stderr only. Here the navigation is awaited (it returns at the page's load, before its tests run,
 *   so the start timeout still only bounds opening the page); a refusal is said on stdout.
 * - MiniBrowser is started afresh every WEBKIT_FILES_PER_BROWSER files, and at once when its session
 *   is gone. Twice, late in a full run (after some 55 and 69 of 73 files), WebKitWebDriver ended the
 *   session ("session deleted because of page crash or hang") and every file after failed with
 *   "invalid session id"; early files never did, and a fresh browser does not carry what dozens of
 *   pages before it left in its web process. The file whose page was lost still fails, with the
 *   driver's message; a lost session is restarted once per file, so a browser that cannot start
 *   fails that file too and the run goes on.
 */
export class AwaitedNavigationLauncher extends WebdriverLauncher {
  #files = 0;

  async startSession(id, url) {
    if (this.driver && this.#files >= WEBKIT_FILES_PER_BROWSER) await this.#restart('a fresh browser');
    await this.ensureManagerInitialized();
    this.#files++;
    for (let attempt = 1; ; attempt++) {
      const started = Date.now();
      try {
        await this.driverManager.startSession(id, url);
        const seconds = Math.round((Date.now() - started) / 1000);
        if (seconds > 20) console.log(`webkit: opening ${url} took ${seconds} s`);
        return;
      } catch (error) {
        const message = String(error?.message ?? error);
        console.log(`webkit: opening ${url} failed (attempt ${attempt} of 2): ${message}`);
        if (attempt === 2) throw error;
        if (/invalid session id|session deleted|session not created/i.test(message)) {
          await this.#restart('its session was gone');
          await this.ensureManagerInitialized();
          this.#files = 1;
        } else await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  }

  /** Ends this MiniBrowser's session (if it still has one); the next file starts a new one. */
  async #restart(why) {
    console.log(`webkit: starting MiniBrowser again (${why})`);
    await this.stop();
    // stop() leaves both set when the session was already gone (its deleteSession throws): forget them.
    this.driver = undefined;
    this.driverManager = undefined;
    this.#files = 0;
  }
}

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: chromeArgs },
      createPage: freshHistoryPage,
    }),
  // Puppeteer drives Firefox over WebDriver BiDi: no CDP, so no media emulation or a11y snapshot.
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true },
    }),
  // WebKitGTK's MiniBrowser (Safari's engine) through WebKitWebDriver, started by scripts/test-browsers.sh.
  webkit: () => {
    const port = Number(process.env.WTR_WEBKIT_PORT);
    if (!port) throw new Error('webkit: WTR_WEBKIT_PORT is not set; run the suite through `bash scripts/test-browsers.sh`');
    return new AwaitedNavigationLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'warn',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      },
    });
  },
};

/** The engines WTR_BROWSERS names (Chromium alone when unset). */
export function selectedEngines() {
  const names = (process.env.WTR_BROWSERS ?? 'chromium')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  for (const name of names) if (!launchers[name]) throw new Error(`WTR_BROWSERS: unknown engine "${name}" (chromium, firefox, webkit)`);
  return names;
}

/** Test files named on the command line (web-test-runner's positional arguments), if any. */
function filesFromCommandLine() {
  return process.argv.slice(2).filter((arg) => !arg.startsWith('-') && (arg.includes('*') || /\.test\.[cm]?[jt]s$/.test(arg)));
}

/** `globby`, the matcher web-test-runner itself collects test files with. */
function collect(patterns) {
  const require = createRequire(createRequire(import.meta.url).resolve('@web/test-runner-core'));
  return require('globby').sync(patterns);
}

/**
 * web-test-runner's `files`, `browsers` and `groups`: the files every engine runs in the default
 * group, the Chromium-only files in a group of their own. Files named on the command line replace
 * the default group's and cannot be split by engine, so naming a Chromium-only one there with
 * another engine selected is an error; scripts/test-browsers.sh passes its files in WTR_FILES
 * (newline-separated) instead, which is split.
 */
export function engineConfig() {
  const engines = selectedEngines();
  // One launcher per engine, shared by both groups: Chromium starts once.
  const browsers = Object.fromEntries(engines.map((name) => [name, launchers[name]()]));
  const named = filesFromCommandLine();
  if (named.length) {
    const chromiumOnly = collect(named).filter((file) => CHROMIUM_ONLY.test(file));
    if (chromiumOnly.length && engines.some((name) => name !== 'chromium')) {
      throw new Error(
        `${chromiumOnly.join(', ')}: Chromium-only; name it with WTR_BROWSERS=chromium, or run \`bash scripts/test-browsers.sh <files>\`, which splits files by engine`,
      );
    }
    return { browsers: Object.values(browsers) };
  }
  const patterns = process.env.WTR_FILES?.split('\n').filter(Boolean) ?? DEFAULT_FILES;
  const files = collect(patterns);
  const everywhere = files.filter((file) => !CHROMIUM_ONLY.test(file));
  const chromiumOnly = files.filter((file) => CHROMIUM_ONLY.test(file));
  return {
    files: everywhere.length ? everywhere : undefined,
    browsers: Object.values(browsers),
    groups: chromiumOnly.length && browsers.chromium ? [{ name: 'chromium-only', files: chromiumOnly, browsers: [browsers.chromium] }] : [],
  };
}

/**
 * A server command that presses keys together in every engine: `{ keys: ['Shift', 'Tab'] }` holds
 * the first ones down while the last is pressed. web-test-runner's sendKeys can hold a key down
 * (`{ down: 'Shift' }`) only over Chromium's and Firefox's protocols, not over WebDriver (WebKit).
 * In a test: `pressTogether('Shift', 'Tab')` from test/keys.ts.
 */
export function pressTogetherPlugin() {
  return {
    name: 'press-together',
    async executeCommand({ command, payload, session }) {
      if (command !== 'press-together') return undefined;
      const keys = payload?.keys;
      if (!Array.isArray(keys) || !keys.length) throw new Error('press-together: give { keys: [...] }');
      if (session.browser.type === 'webdriver') {
        // WebdriverIO's keys(): every key down in order, then all up.
        await session.browser.sendKeys(session.id, keys);
        return true;
      }
      if (session.browser.type === 'puppeteer') {
        const { keyboard } = session.browser.getPage(session.id);
        for (const key of keys) await keyboard.down(key);
        for (const key of [...keys].reverse()) await keyboard.up(key);
        return true;
      }
      throw new Error(`press-together: not supported by ${session.browser.type}`);
    },
  };
}
