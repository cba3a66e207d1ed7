/**
 * The embed page's query parameters and configuration: which elements, language, approach, item,
 * theme and dossier an iframe asks for, checked against what the page allows. No DOM but `URL`.
 */
import type { Dossier, Lang } from '../model/types.js';

export const EMBEDDABLE = ['tree-infographic', 'approach-comparator', 'factor-card', 'factor-grid', 'dossier-overview'] as const;
export type Embeddable = (typeof EMBEDDABLE)[number];

/** A theme: public tokens (`--ww-*`) and a colour scheme. */
export interface EmbedTheme {
  label?: string;
  colorScheme?: 'light' | 'dark' | 'light dark';
  tokens?: Record<string, string>;
}

/** What the hosting site sets in the embed page (`<script type="application/json" id="wat-werkt-embed-config">`). */
export interface EmbedConfig {
  /** The themes a `theme` parameter may name. */
  themes: Record<string, EmbedTheme>;
  /** Origins besides the page's own that a `src` parameter may load a dossier from. */
  allowedSources: string[];
}

export const DEFAULT_CONFIG: EmbedConfig = {
  themes: {
    systeem: { label: 'Volgt het systeem / follows the system', colorScheme: 'light dark' },
    licht: { label: 'Licht / light', colorScheme: 'light' },
    donker: { label: 'Donker / dark', colorScheme: 'dark' },
  },
  allowedSources: [],
};

export interface EmbedRequest {
  elements: Embeddable[];
  lang: Lang;
  approach: string | null;
  item: string | null;
  theme: string | null;
  /** The dossier URL, resolved, when allowed. */
  src: string | null;
  /** What was asked for and refused, to say in the page: `theme` or `src`, with the value. */
  refused: { param: 'theme' | 'src' | 'element'; value: string }[];
}

/**
 * The embed page for each language, relative to where it is served (`/` with `npm start`, `dist/cdn/`
 * built): the same page and script, its text version for visitors without JavaScript in that language
 * (embed-en.html is written from embed.html by `npm run fallback`). A page with JavaScript follows `lang` either way.
 */
export const EMBED_PAGE: Record<Lang, string> = { nl: 'embed.html', en: 'embed-en.html' };

const TOKEN_NAME = /^--ww-[a-z0-9-]+$/;
const TOKEN_VALUE = /^[^;{}<>\\]*$/;

/** The configuration a page gives, with anything malformed left out (never thrown). */
export function readConfig(json: string | null | undefined): EmbedConfig {
  if (!json) return DEFAULT_CONFIG;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    console.error('[wat-werkt] the embed page configuration is not valid JSON; using the defaults.');
    return DEFAULT_CONFIG;
  }
  const raw = (value && typeof value === 'object' ? value : {}) as { themes?: unknown; allowedSources?: unknown };
  const themes: Record<string, EmbedTheme> = {};
  if (raw.themes && typeof raw.themes === 'object')
    for (const [name, theme] of Object.entries(raw.themes as Record<string, EmbedTheme>)) {
      if (!/^[a-z0-9-]+$/.test(name) || !theme || typeof theme !== 'object') continue;
      const tokens = Object.fromEntries(
        Object.entries(theme.tokens ?? {}).filter(([k, v]) => TOKEN_NAME.test(k) && typeof v === 'string' && TOKEN_VALUE.test(v)),
      );
      const colorScheme = ['light', 'dark', 'light dark'].includes(theme.colorScheme as string) ? theme.colorScheme : undefined;
      themes[name] = { label: typeof theme.label === 'string' ? theme.label : undefined, colorScheme, tokens };
    }
  const allowedSources = Array.isArray(raw.allowedSources)
    ? raw.allowedSources.flatMap((s) => {
        try {
          return [new URL(String(s)).origin];
        } catch {
          return [];
        }
      })
    : [];
  return { themes: Object.keys(themes).length ? themes : DEFAULT_CONFIG.themes, allowedSources };
}

/** What `url` (the embed page's own) asks for, within what `config` allows; without `lang`, the page's own language. */
export function readRequest(url: URL, config: EmbedConfig, pageLang: Lang = 'nl'): EmbedRequest {
  const q = url.searchParams;
  const refused: EmbedRequest['refused'] = [];
  const elements: Embeddable[] = [];
  for (const name of q.getAll('element')) {
    if ((EMBEDDABLE as readonly string[]).includes(name)) {
      if (!elements.includes(name as Embeddable)) elements.push(name as Embeddable);
    } else refused.push({ param: 'element', value: name });
  }
  const theme = q.get('theme');
  if (theme && !Object.hasOwn(config.themes, theme)) refused.push({ param: 'theme', value: theme });
  let src: string | null = null;
  const asked = q.get('src');
  if (asked) {
    try {
      const resolved = new URL(asked, url);
      const allowed = resolved.origin === url.origin || config.allowedSources.includes(resolved.origin);
      if (allowed && /^https?:$/.test(resolved.protocol)) src = resolved.href;
      else refused.push({ param: 'src', value: asked });
    } catch {
      refused.push({ param: 'src', value: asked });
    }
  }
  return {
    elements: elements.length ? elements : ['tree-infographic'],
    lang: q.get('lang') === 'en' ? 'en' : q.get('lang') === 'nl' ? 'nl' : pageLang,
    approach: q.get('approach') || null,
    item: q.get('item') || null,
    theme: theme && Object.hasOwn(config.themes, theme) ? theme : null,
    src,
    refused,
  };
}

/** The embed page's URL for a request (what the builder writes). */
export function embedUrl(base: string, request: Pick<EmbedRequest, 'elements' | 'lang' | 'approach' | 'item' | 'theme'>): string {
  const url = new URL(base);
  for (const element of request.elements) url.searchParams.append('element', element);
  url.searchParams.set('lang', request.lang);
  if (request.approach) url.searchParams.set('approach', request.approach);
  if (request.item) url.searchParams.set('item', request.item);
  if (request.theme) url.searchParams.set('theme', request.theme);
  return url.href;
}

/** The factor a `<factor-card>` shows: the chosen item when it is a factor, else the dossier's first. */
export function cardFactor(dossier: Dossier, item: string | null): string {
  return dossier.factors.some((f) => f.id === item) ? item! : (dossier.factors[0]?.id ?? '');
}
