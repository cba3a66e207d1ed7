/**
 * Renders every story of a stories file in the browser, the way Storybook does (args, render,
 * decorators, the toolbar frame with the story's globals), waits until it has settled in the
 * state it shows (ready, loading or error), and runs axe on it. Each story is its own test, so
 * a failure names the story; axe's message names the rule and the node.
 *
 * Each stories file has a test file of its own (`test/stories/*.stories.test.ts`): one page per
 * file, not one page for all 115 checks, which in WebKit outlived what one page could hold on
 * 2 busy cores (MiniBrowser's page was ended as crashed or hung in two full runs; each file alone
 * passed). `stories-coverage.test.ts` checks that every element has a stories file.
 */
import { expect } from '@open-wc/testing';
import { nothing, render, type TemplateResult } from 'lit';
import { frames, until } from '../helpers.js';
import { emulateReducedMotion } from '../../.storybook/reduced-motion.js';
import { DEFAULT_GLOBALS, storyFrame, type StoryGlobals, type StoryState } from '../../stories/_helpers.js';

/** Every element the stories render, for the reduced-motion toolbar's rewrite of their style sheets. */
const TAGS = ['dossier-provider', 'dossier-overview', 'tree-infographic', 'factor-card', 'factor-grid', 'approach-comparator', 'practice-profile'];

// ---------------------------------------------------------------------------------------------
// Just enough of CSF3 to render a story as Storybook's web-components renderer does.

type Args = Record<string, unknown>;
interface Context {
  args: Args;
  globals: StoryGlobals;
  parameters: Record<string, unknown>;
  name: string;
  title: string;
}
type StoryFn = (update?: unknown) => unknown;
type Decorator = (story: StoryFn, context: Context) => unknown;
interface Annotations {
  args?: Args;
  globals?: StoryGlobals;
  parameters?: Record<string, unknown> & { state?: StoryState; consoleErrors?: boolean };
  decorators?: Decorator[];
  render?: (args: Args, context: Context) => unknown;
}
interface Meta extends Annotations {
  title: string;
  component?: string;
  excludeStories?: string[] | RegExp;
}
export type StoryModule = { default: Meta } & Record<string, Annotations | Meta>;

function renderStory(meta: Meta, story: Annotations, name: string, override: StoryGlobals = {}): { template: TemplateResult; state: StoryState; consoleErrors: boolean } {
  const args = { ...meta.args, ...story.args };
  const globals = { ...DEFAULT_GLOBALS, ...meta.globals, ...story.globals, ...override };
  const parameters = { ...meta.parameters, ...story.parameters };
  const context: Context = { args, globals, parameters, name, title: meta.title };
  const renderFn = story.render ?? meta.render;
  if (!renderFn) throw new Error(`${meta.title} / ${name} has no render function`);
  // Story decorators wrap the story first, then the file's (Storybook's order); the frame is the preview's.
  let storyFn: StoryFn = () => renderFn(args, context);
  for (const decorator of [...(story.decorators ?? []), ...(meta.decorators ?? [])]) {
    const inner = storyFn;
    storyFn = () => decorator(inner, context);
  }
  const state = parameters.state ?? 'ready';
  return { template: storyFrame(globals, storyFn()), state, consoleErrors: state === 'error' || !!parameters.consoleErrors };
}

// ---------------------------------------------------------------------------------------------
// Waiting for a story to settle

/** Every element in `root`, through open shadow roots. */
function* deep(root: Element | ShadowRoot): Generator<Element> {
  for (const element of Array.from(root.querySelectorAll('*'))) {
    yield element;
    if (element.shadowRoot) yield* deep(element.shadowRoot);
  }
}

const custom = (root: Element) => [...deep(root)].filter((e) => e.localName.includes('-'));
const has = (root: Element, selector: string) => [...deep(root)].some((e) => e.matches(selector));

async function settled(root: Element): Promise<void> {
  await Promise.all(custom(root).map((e) => (e as Element & { updateComplete?: Promise<unknown> }).updateComplete));
  await frames(2);
}

const LOADING = '[part~="loading"]';
const ERROR = '[part~="error"], [role="alert"]';

async function waitFor(root: Element, state: StoryState): Promise<void> {
  await settled(root);
  if (state === 'loading') {
    await until(() => has(root, LOADING), 'the loading state');
  } else if (state === 'error') {
    await until(() => has(root, ERROR) && !has(root, LOADING), 'the error message');
  } else {
    await until(() => !has(root, LOADING) && custom(root).length > 0, 'every element to finish loading');
    await settled(root);
    expect(has(root, ERROR), 'a story meant to show the dossier shows an error').to.equal(false);
  }
  await settled(root);
}

// ---------------------------------------------------------------------------------------------

const isStory = (name: string, value: unknown, meta: Meta) =>
  name !== 'default' &&
  typeof value === 'object' &&
  value !== null &&
  !(Array.isArray(meta.excludeStories) ? meta.excludeStories.includes(name) : meta.excludeStories?.test(name));

/** The page around the stories as in Storybook: the frame's styles and the NL Design System theme. */
async function loadStyles(): Promise<void> {
  const sheets = [
    new URL('../../.storybook/preview.css', import.meta.url).href,
    new URL('../../node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css', import.meta.url).href,
  ];
  await Promise.all(
    sheets.map(
      (href) =>
        new Promise((resolve, reject) => {
          const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
          link.onload = resolve;
          link.onerror = () => reject(new Error(`could not load ${href}`));
          document.head.append(link);
        }),
    ),
  );
}

async function check(container: HTMLElement, meta: Meta, story: Annotations, name: string, override?: StoryGlobals) {
  const { template, state, consoleErrors } = renderStory(meta, story, name, override);
  // Error stories log their error on purpose; any other story must log none.
  const logged: unknown[][] = [];
  console.error = (...args: unknown[]) => logged.push(args);
  render(template, container);
  await waitFor(container, state);
  await expect(container).to.be.accessible();
  if (!consoleErrors) expect(logged.map((args) => args.join(' ')), 'console errors').to.deep.equal([]);
}

const MAIN_STORIES = ['Default', 'Full', 'AllFactors', 'Page'];

const stories = (module: StoryModule) =>
  Object.entries(module).filter(([name, story]) => isStory(name, story, module.default)) as [string, Annotations][];

/** The tests for one stories file: each story, then its main story under the other themes and with reduced motion. */
export function describeStories(file: string, module: StoryModule): void {
  const meta = module.default;
  describe(`every story of ${file} renders and passes axe`, function () {
    this.timeout(60_000);
    let container: HTMLElement;
    const originalError = console.error;

    before(loadStyles);
    beforeEach(() => {
      container = document.createElement('div');
      document.body.append(container);
    });
    afterEach(() => {
      console.error = originalError;
      render(nothing, container);
      container.remove();
    });

    describe(`${meta.title} (${file})`, () => {
      for (const [name, story] of stories(module)) it(name, () => check(container, meta, story, name));
    });

    // The main story again under the other themes, and with reduced motion (the toolbar's style-sheet
    // rewrite: the elements' own prefers-reduced-motion rules turned on, which works in every engine;
    // only Chromium's protocol can emulate the media feature itself). A module namespace lists its
    // exports alphabetically, so the main story is found by name.
    const all = stories(module);
    const [name, story] = all.find(([n]) => MAIN_STORIES.includes(n)) ?? all[0];
    describe(`${meta.title} (${file}), themes and motion`, () => {
      it(`${name}, dark theme`, () => check(container, meta, story, name, { theme: 'dark' }));
      it(`${name}, NL Design System voorbeeld theme`, () => check(container, meta, story, name, { theme: 'voorbeeld' }));
      it(`${name}, dark, English`, () => check(container, meta, story, name, { theme: 'dark', lang: 'en' }));
      it(`${name}, prefers-reduced-motion: reduce`, async () => {
        emulateReducedMotion(true, TAGS);
        try {
          await check(container, meta, story, name);
        } finally {
          emulateReducedMotion(false, TAGS);
        }
      });
    });
  });
}
