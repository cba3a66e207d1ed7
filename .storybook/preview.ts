/// <reference types="vite/client" />
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import './preview.css';
import { Controls, Description, Primary, Source, Stories, Subtitle, Title, useOf } from '@storybook/addon-docs/blocks';
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { createElement, Fragment } from 'react';
import { withActions } from 'storybook/actions/decorator';
import { storyFrame, type StoryGlobals } from '../stories/_helpers.js';
import { emulateReducedMotion } from './reduced-motion.js';

// Written by scripts/analyze.mjs (npm run storybook / build-storybook run it first). Read through
// a glob so that a checkout without it still type-checks and starts, only without API tables.
interface Declaration {
  tagName?: string;
  summary?: string;
}
const manifests = import.meta.glob<{ modules: { declarations?: Declaration[] }[] }>('./custom-elements.json', {
  eager: true,
  import: 'default',
});
const manifest = manifests['./custom-elements.json'];
if (manifest) setCustomElementsManifest(manifest);
else console.warn('[storybook] .storybook/custom-elements.json is missing: run `node scripts/analyze.mjs`.');

const ELEMENTS = new Map(
  (manifest?.modules ?? []).flatMap((m) => (m.declarations ?? []).flatMap((d) => (d.tagName ? [[d.tagName, d] as const] : []))),
);
const TAGS = [...ELEMENTS.keys()];

/** Language, theme and motion from the toolbar, applied around every story. */
const withFrame: Decorator = (story, { globals }) => {
  emulateReducedMotion(globals.motion === 'reduce', TAGS);
  return storyFrame(globals as StoryGlobals, story());
};

type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number];

/**
 * Controls where they mean something: attributes get a text, number or select control from their
 * type; properties, events, slots, parts and CSS properties are listed but not editable (a story
 * passes only attributes on from its args).
 */
const apiControls: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const category = String(argType.table?.category ?? '');
      if (category !== 'attributes') return [name, category ? { ...argType, control: false } : argType];
      const type = String(argType.table?.type?.summary ?? '');
      const literals = [...type.matchAll(/'([^']*)'/g)].map((m) => m[1]);
      const control =
        literals.length > 1 && /^\s*('[^']*'\s*\|?\s*)+$/.test(type)
          ? { control: { type: 'select' as const }, options: literals }
          : /\bnumber\b/.test(type)
            ? { control: { type: 'number' as const } }
            : /\bboolean\b/.test(type)
              ? { control: { type: 'boolean' as const } }
              : { control: { type: 'text' as const } };
      return [name, { ...argType, ...control }];
    }),
  );

/** The copyable embed snippet a story file gives as `parameters.embed`, shown on its docs page. */
function Embed() {
  const resolved = useOf('meta', ['meta']);
  const code = resolved.preparedMeta.parameters.embed as string | undefined;
  if (!code) return null;
  return createElement(
    Fragment,
    null,
    createElement('h3', { id: 'embed' }, 'Embed'),
    createElement(Source, { code, language: 'html', dark: false }),
  );
}

/** The element's one-line `@summary` under the title (the description below holds the rest). */
function Summary() {
  const resolved = useOf('meta', ['meta']);
  const summary = ELEMENTS.get(String(resolved.preparedMeta.component))?.summary;
  return summary ? createElement(Subtitle, null, summary) : createElement(Subtitle);
}

/** Storybook's docs page with the summary and the embed snippet after the description. */
function DocsPage() {
  return createElement(
    Fragment,
    null,
    createElement(Title),
    createElement(Summary),
    createElement(Description),
    createElement(Embed),
    createElement(Primary),
    createElement(Controls),
    createElement(Stories),
  );
}

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withFrame, withActions],
  argTypesEnhancers: [apiControls],
  globalTypes: {
    lang: {
      description: 'Language: sets `lang` on the wrapper, which every element follows',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'nl', title: 'Nederlands (nl)', right: 'nl' },
          { value: 'en', title: 'English (en)', right: 'en' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme of the page around the elements',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Default (light)' },
          { value: 'dark', title: 'Dark (color-scheme: dark)' },
          { value: 'voorbeeld', title: 'NL Design System: Voorbeeld theme' },
        ],
        dynamicTitle: true,
      },
    },
    motion: {
      description: 'prefers-reduced-motion as the elements’ CSS sees it (see Introduction)',
      toolbar: {
        title: 'Motion',
        icon: 'play',
        items: [
          { value: 'system', title: 'Motion: the system setting' },
          { value: 'reduce', title: 'Motion: reduce (emulated in the elements’ CSS)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'nl', theme: 'default', motion: 'system' },
  parameters: {
    // Every story is checked by axe in the accessibility panel; a violation is an error, not a todo.
    a11y: { test: 'error' },
    controls: { expanded: true },
    // The elements' events in the Actions panel.
    actions: { handles: ['dossier-load', 'dossier-error', 'item-select', 'approach-change', 'comparison-change'] },
    // Stories on a docs page each in a frame of their own, so one long dossier does not push the API
    // table thousands of pixels down.
    docs: { page: DocsPage, codePanel: true, story: { inline: false, height: '32rem' } },
    options: {
      storySort: {
        order: ['Introduction', 'Embed', 'Elements', ['dossier-provider', 'dossier-overview', '*']],
      },
    },
  },
};

export default preview;
