import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PROFILE_SOURCE_ID } from '../model/profile.types.js';
import { findItem } from '../model/query.js';
import type { Dossier } from '../model/types.js';
import type { SelectedItem } from './selection-context.js';

/** What a deep link holds: the active approach and the selected item's id. */
export interface LinkedState {
  approach: string | null;
  item: string | null;
}

const FIELDS = ['approach', 'item'] as const;

/**
 * Reads a provider's state from a URL fragment. The fragment is `&`-separated `key.field=value`
 * pairs (`#ww.approach=community-building&ww.item=informality`); pairs of other keys, and anything
 * else the page put there (an anchor), belong to someone else and are left alone.
 */
export function readLinkedState(hash: string, key: string): LinkedState {
  const state: LinkedState = { approach: null, item: null };
  for (const pair of hash.replace(/^#/, '').split('&')) {
    const at = pair.indexOf('=');
    if (at < 0) continue;
    const name = safeDecode(pair.slice(0, at));
    for (const field of FIELDS) if (name === `${key}.${field}`) state[field] = safeDecode(pair.slice(at + 1)) || null;
  }
  return state;
}

/** The fragment with this key's pairs replaced by `state` (empty fields left out); others kept in place. */
export function writeLinkedState(hash: string, key: string, state: LinkedState): string {
  const ours = (pair: string) => FIELDS.some((field) => safeDecode(pair.split('=')[0]) === `${key}.${field}`);
  const kept = hash.replace(/^#/, '').split('&').filter((pair) => pair && !ours(pair));
  const added = FIELDS.filter((field) => state[field]).map(
    (field) => `${encodeURIComponent(`${key}.${field}`)}=${encodeURIComponent(state[field]!)}`,
  );
  const pairs = [...kept, ...added];
  return pairs.length ? `#${pairs.join('&')}` : '';
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The keys of the connected providers, to warn when two share one (they would show each other's state). */
const keysInUse = new Map<string, number>();

/** What the controller needs of its host (`<dossier-provider>`). */
export interface DeepLinkHost extends ReactiveControllerHost, HTMLElement {
  /** The key of this host's pairs in the fragment; null when deep links are off. */
  readonly linkKey: string | null;
  /** The dossier once it is ready. */
  readonly readyDossier: Dossier | undefined;
  readonly linkedApproach: string | null;
  readonly linkedItem: SelectedItem | null;
  /** Shows a state read from the URL (no events: they report the user's actions). */
  showLinkedState(approach: string | null, item: SelectedItem | null): void;
}

/**
 * Keeps a provider's approach and selected item in the page's URL fragment: every change the
 * user makes is a new history entry (so back and forward step through them), a URL opened
 * fresh or reached by back/forward is shown, with the selected item scrolled into view.
 */
export class DeepLinkController implements ReactiveController {
  /** The dossier the URL's state was last applied to: applied once per dossier, then on navigation. */
  #appliedTo?: Dossier;
  /** Set while showing the URL's state, so that showing it does not write it back as a new entry. */
  #showingUrl = false;
  #reveal = false;
  /** The state last shown or written, to tell a new change from an update that changed nothing of it. */
  #last = '';
  /** The key counted in `keysInUse` while connected. */
  #key?: string;

  constructor(private readonly host: DeepLinkHost) {
    host.addController(this);
  }

  hostConnected(): void {
    const key = this.host.linkKey;
    if (key) {
      if (keysInUse.has(key))
        console.warn(`[wat-werkt] two <dossier-provider deep-link> use the key "${key}" in the URL: give each its own (deep-link="…").`);
      keysInUse.set(key, (keysInUse.get(key) ?? 0) + 1);
      this.#key = key;
    }
    window.addEventListener('popstate', this.#onNavigate);
    window.addEventListener('hashchange', this.#onNavigate);
  }

  hostDisconnected(): void {
    if (this.#key) {
      const left = (keysInUse.get(this.#key) ?? 1) - 1;
      if (left) keysInUse.set(this.#key, left);
      else keysInUse.delete(this.#key);
      this.#key = undefined;
    }
    window.removeEventListener('popstate', this.#onNavigate);
    window.removeEventListener('hashchange', this.#onNavigate);
  }

  /** The page's URL with the given state in its fragment, or null when deep links are off. */
  href(approach: string | null, item: SelectedItem | null): string | null {
    const key = this.host.linkKey;
    if (!key) return null;
    const url = new URL(location.href);
    // The team's own profile is theirs, in their browser: a link never names it (on another machine it is not there).
    url.hash = writeLinkedState(url.hash, key, { approach: approach === PROFILE_SOURCE_ID ? null : approach, item: item?.id ?? null });
    return url.href;
  }

  hostUpdated(): void {
    const dossier = this.host.readyDossier;
    if (!this.host.linkKey || !dossier) return;
    if (this.#appliedTo !== dossier) {
      this.#appliedTo = dossier;
      this.#last = this.#stateKey();
      if (this.#showUrl(true)) return;
    }
    if (this.#showingUrl) {
      this.#showingUrl = false;
      this.#last = this.#stateKey();
      if (this.#reveal) void this.#revealSelection();
      return;
    }
    // A change since the last state seen is the user's (or the host page's): a new history entry.
    const now = this.#stateKey();
    if (now === this.#last) return;
    this.#last = now;
    const next = this.href(this.host.linkedApproach, this.host.linkedItem);
    if (next && next !== location.href) history.pushState(history.state, '', next);
  }

  #stateKey(): string {
    return `${this.host.linkedApproach ?? ''} ${this.host.linkedItem?.id ?? ''}`;
  }

  #onNavigate = () => {
    if (this.host.linkKey && this.host.readyDossier) this.#showUrl(false);
  };

  /** Shows the URL's state; true if that changed anything (the host then updates again). */
  #showUrl(initial: boolean): boolean {
    const dossier = this.host.readyDossier!;
    const state = readLinkedState(location.hash, this.host.linkKey!);
    // A fresh page with nothing of ours in its URL keeps what the markup says (the approach attribute).
    if (initial && !state.approach && !state.item) return false;
    const found = findItem(dossier, state.item);
    const item = found ? { id: found.item.id, kind: found.kind } : null;
    if (state.approach === this.host.linkedApproach && item?.id === this.host.linkedItem?.id) return false;
    this.#showingUrl = true;
    this.#reveal = !!item;
    this.host.showLinkedState(state.approach, item);
    return true;
  }

  /** Scrolls the first view of the selected item into sight once the elements have drawn it. */
  async #revealSelection(): Promise<void> {
    this.#reveal = false;
    const elements = [...this.host.querySelectorAll('*')].filter((el): el is HTMLElement & { updateComplete?: Promise<unknown> } => !!el.shadowRoot);
    await Promise.all(elements.map((el) => el.updateComplete));
    for (const el of elements) {
      const view = el.shadowRoot!.querySelector('[part~="panel"], [part~="selected-tag"]');
      if (view) return (view as HTMLElement).scrollIntoView({ block: 'nearest' });
    }
  }
}
