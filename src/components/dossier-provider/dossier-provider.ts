import { ContextProvider } from '@lit/context';
import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { renderError, renderLoading } from '../../base/state-views.js';
import { WatWerktElement } from '../../base/wat-werkt-element.js';
import { UnknownApproachWarning } from '../../base/unknown-approaches.js';
import { DeepLinkController, type DeepLinkHost } from '../../context/deep-link.js';
import { dossierContext, type DossierState } from '../../context/dossier-context.js';
import { selectionContext, type ProfileProblem, type SelectedItem, type SelectionState } from '../../context/selection-context.js';
import type { DossierSource } from '../../events.js';
import { loadBuiltinDossier } from '../../model/builtin.js';
import { loadFailure } from '../../model/issue-core.js';
import { formatIssue } from '../../model/issues.js';
import { errorMessages } from '../../i18n/error-messages.js';
import { fetchDossier, fromValue, parseDossier, type LoadResult } from '../../model/load.js';
import { profileStorageKey } from '../../model/profile-key.js';
import { PROFILE_SOURCE_ID, type PracticeProfile } from '../../model/profile.types.js';
import { findItem } from '../../model/query.js';
import type { Dossier } from '../../model/types.js';
import { stateStyles, tokens } from '../../styles/tokens.js';
import { visuallyHidden } from '../../styles/visually-hidden.js';

/** How many issues the console message lists; the `dossier-error` event has them all. */
const LOGGED_ISSUES = 50;

/**
 * @summary Loads one dossier and shares it, and the user's selection, with every wat-werkt element inside it.
 *
 * The dossier comes from, in this order: the `dossier` property, the `src` URL, an inline
 * `<script type="application/json">` child, or the built-in dossier. While it loads the
 * provider shows a loading message; when it fails it tells the visitor, once for every element
 * inside, what happened and what they can do, with the technical detail (kind, status, URL, each
 * problem's path) behind a disclosure for the web team. A retry button is offered only where trying
 * again can help: no connection, a timeout, a server error (5xx, 408, 425, 429); not for a 404 (a wrong
 * address stays wrong), a file that is no JSON, or an invalid dossier.
 *
 * It also shares the team's own practice profile (`<practice-profile>`, issue 25) for its dossier: read from and kept in
 * the browser's localStorage (one per dossier, nothing sent anywhere, never in a link), shown by every element as an
 * emphasis source beside the approaches (`approach="~practice"` makes it the active one).
 *
 * With `deep-link`, the active approach and the selected item live in the page's URL fragment
 * (`#ww.approach=community-building&ww.item=informality`): a link opens the page with them shown,
 * back and forward step through the user's choices, and the elements offer a "copy link" button.
 *
 * @slot - The elements that show the dossier, at any depth.
 * @slot fallback - The dossier as text for visitors without JavaScript (see docs/EMBEDDING.md); shown until the dossier is ready, then hidden.
 * @csspart loading - The loading message.
 * @csspart error - The error message.
 * @csspart error-details - The disclosure with the technical detail, inside the error message.
 * @csspart retry - The retry button in the error message.
 * @event dossier-load - The dossier is loaded and valid. `detail: { dossier, source }`.
 * @event dossier-error - The dossier could not be loaded or is invalid. `detail: { error, source }`; `error.issues` give each path.
 */
export class DossierProvider extends WatWerktElement implements DeepLinkHost {
  static override styles = [
    tokens,
    stateStyles,
    visuallyHidden,
    css`
      /* The provider wraps the page's own content (slotted, at any depth): it paints nothing on it.
         What the shared tokens set on every element's host is undone here, so that headings and
         text the page places inside keep the page's font, colour and text settings (issue 21). */
      :host {
        display: block;
        color-scheme: inherit;
        font: inherit;
        color: inherit;
        background: none;
        overflow-wrap: inherit;
        text-transform: inherit;
        letter-spacing: inherit;
        word-spacing: inherit;
        text-align: inherit;
        text-indent: inherit;
        direction: inherit;
      }
      /* Its own loading and error views take the elements' look. */
      .state {
        margin-block-end: var(--_space-md);
        font-family: var(--_font-family);
        font-size: var(--_font-size);
        line-height: var(--_line-height);
        text-align: start;
        direction: ltr;
      }
      slot[hidden] {
        display: none;
      }
    `,
  ];

  /** URL of a dossier JSON file. */
  @property({ reflect: true }) src?: string;

  /** A dossier object; takes precedence over `src`. Validated before use. */
  @property({ attribute: false }) dossier?: Dossier;

  /** The active approach, shared with every element inside. An id not in the dossier is warned about once in the console. */
  @property({ reflect: true }) approach: string | null = null;

  /**
   * The id of an item (of any kind) to show selected once the dossier is ready, as if the user had
   * chosen it; the user's choices then replace it. An id not in the dossier selects nothing.
   */
  @property() item: string | null = null;

  /**
   * Keeps the active approach and the selected item in the page's URL fragment, under this key
   * (`deep-link="tree"` gives `#tree.approach=…&tree.item=…`). Present but empty: the provider's
   * `id`, else `ww`. Two providers on one page need two keys. Absent: the URL is left alone.
   */
  @property({ attribute: 'deep-link', reflect: true }) deepLink: string | null = null;

  /** Milliseconds before a `src` load counts as failed. */
  @property({ type: Number }) timeout = 15_000;

  @state() private selected: SelectedItem | null = null;
  /** The team's practice profile for this dossier (issue 25), from the browser's storage; shared with the selection. */
  @state() private profile: PracticeProfile | null = null;
  @state() private profileProblem: ProfileProblem | null = null;
  @state() private loadState: DossierState = { status: 'loading' };

  readonly #deepLink = new DeepLinkController(this);
  readonly #dossierProvider = new ContextProvider(this, { context: dossierContext, initialValue: this.loadState });
  readonly #selectionProvider = new ContextProvider(this, { context: selectionContext, initialValue: this.#selection() });
  #loads = 0;
  #abort?: AbortController;
  /**
   * Set when the user pressed retry: the button goes with the error view, so the focus follows the
   * load instead (the loading message, then the new retry button or a "loaded" message) rather than
   * falling back to the page.
   */
  #retried = false;
  #focusedFor?: DossierState;
  readonly #unknownApproach = new UnknownApproachWarning('dossier-provider');

  /** The current state: loading, ready with the dossier, or error. */
  get status(): DossierState['status'] {
    return this.loadState.status;
  }

  /** Selects an item for every element inside (no event: events report the user's actions). */
  select(item: SelectedItem | null): void {
    this.selected = item;
  }

  /** @internal The key of this provider's pairs in the URL fragment, or null (`deep-link`). */
  get linkKey(): string | null {
    if (this.deepLink === null || this.deepLink === undefined) return null;
    return this.deepLink.trim() || this.id || 'ww';
  }

  /** @internal */
  get readyDossier(): Dossier | undefined {
    return this.loadState.status === 'ready' ? this.loadState.dossier : undefined;
  }

  /** @internal */
  get linkedApproach(): string | null {
    return this.approach;
  }

  /** @internal */
  get linkedItem(): SelectedItem | null {
    return this.selected;
  }

  /** @internal Shows the state a URL holds. */
  showLinkedState(approach: string | null, item: SelectedItem | null): void {
    this.approach = approach;
    this.selected = item;
  }

  /** Loads the dossier again from its source. */
  reload(): void {
    void this.#load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A provider moved in the page keeps its dossier; one put back after a cancelled load reloads.
    if (this.hasUpdated && this.loadState.status === 'loading') void this.#load();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // The first load waits for the first update, so properties set before the element
    // was upgraded (and applied by Lit only now) are seen.
    if (changed.has('src') || changed.has('dossier')) this.#retried = false;
    if (!this.hasUpdated || changed.has('src') || changed.has('dossier')) void this.#load();
    if (changed.has('item') && this.loadState.status === 'ready') this.#selectItemAttribute(this.loadState.dossier);
    if (['approach', 'selected', 'deepLink', 'profile', 'profileProblem'].some((key) => changed.has(key))) this.#selectionProvider.setValue(this.#selection());
  }

  #selection(): SelectionState {
    return {
      approach: this.approach,
      item: this.selected,
      link: this.#deepLink.href(this.approach, this.selected) ?? null,
      setApproach: (approach) => {
        this.approach = approach;
      },
      select: (item) => this.select(item),
      profile: this.profile,
      profileProblem: this.profileProblem,
      setProfile: (profile) => this.#setProfile(profile),
    };
  }

  /**
   * Looks for this dossier's profile in the browser's storage. The store (and the validator it carries) is loaded
   * only when there is a value to read. Nothing leaves the browser.
   */
  async #readProfile(dossier: Dossier): Promise<void> {
    this.profile = null;
    this.profileProblem = null;
    let raw: string | null;
    try {
      raw = localStorage.getItem(profileStorageKey(dossier));
    } catch (error) {
      this.profileProblem = { state: 'unavailable', detail: String((error as Error)?.message ?? error) };
      return;
    }
    if (raw === null) return;
    const load = this.#loads;
    try {
      const { loadProfile } = await import('../../model/profile-store.js');
      if (load !== this.#loads) return; // another dossier meanwhile
      const stored = loadProfile(localStorage, dossier);
      if (stored.state === 'ok') this.profile = stored.profile;
      else if (stored.state !== 'none') this.profileProblem = stored;
    } catch (error) {
      this.profileProblem = { state: 'unavailable', detail: String((error as Error)?.message ?? error) };
    }
  }

  /** Writes to storage one after the other, in the order the team made them. */
  #writes: Promise<void> = Promise.resolve();

  /** Replaces the profile and keeps it in the browser's storage (null deletes it there). */
  #setProfile(profile: PracticeProfile | null): void {
    const dossier = this.readyDossier;
    this.profile = profile;
    if (!profile && this.approach === PROFILE_SOURCE_ID) this.approach = null;
    if (!dossier) return;
    this.#writes = this.#writes.then(async () => {
      try {
        const store = await import('../../model/profile-store.js');
        // A write for a dossier no longer shown (another loaded meanwhile) is dropped.
        if (this.readyDossier !== dossier) return;
        const saved = profile ? store.saveProfile(localStorage, dossier, profile) : store.deleteProfile(localStorage, dossier);
        this.profileProblem = saved.ok ? null : { state: 'not-saved', detail: saved.detail };
      } catch (error) {
        this.profileProblem = { state: 'not-saved', detail: String((error as Error)?.message ?? error) };
      }
    });
  }

  #retry = () => {
    this.#retried = true;
    this.reload();
  };

  protected override updated(): void {
    // The team's profile is no approach of the dossier, and may still be loading from storage: never "unknown".
    if (this.loadState.status === 'ready')
      this.#unknownApproach.check([this.approach === PROFILE_SOURCE_ID ? null : this.approach], this.loadState.dossier);
    if (!this.#retried || this.#focusedFor === this.loadState) return;
    this.#focusedFor = this.loadState;
    // Only a focus the provider had, or lost with the button: never one the user moved elsewhere.
    const active = document.activeElement;
    if (active && active !== document.body && active !== this) return;
    this.renderRoot.querySelector<HTMLElement>('[part="loading"], [part="retry"], .loaded')?.focus();
  }

  async #load(): Promise<void> {
    const load = ++this.#loads;
    this.#abort?.abort();
    this.#abort = new AbortController();
    this.#set({ status: 'loading' });
    let source: DossierSource = 'builtin';
    let result: LoadResult | undefined;
    try {
      if (this.dossier !== undefined) {
        source = 'property';
        result = fromValue(this.dossier);
      } else if (this.src) {
        source = 'src';
        let url = String(this.src);
        try {
          url = new URL(url, document.baseURI).href;
        } catch {
          // Not a URL (`http://[`): fetch refuses it and we report that, rather than throw here.
        }
        result = await fetchDossier(url, { signal: this.#abort.signal, timeout: this.timeout });
      } else {
        const inline = this.querySelector(':scope > script[type="application/json"]');
        source = inline ? 'inline' : 'builtin';
        result = inline ? parseDossier(inline.textContent ?? '') : await loadBuiltinDossier();
      }
    } catch (error) {
      // Nothing above should throw; if it does, show an error rather than a spinner forever.
      result = { ok: false, error: { kind: 'network', issues: [loadFailure(String(error))] } };
    }
    // A newer load started meanwhile (src changed, retry): drop this stale result.
    if (!result || load !== this.#loads) return;
    if (result.ok) {
      void this.#readProfile(result.dossier);
      this.#set({ status: 'ready', dossier: result.dossier });
      this.emit('dossier-load', { dossier: result.dossier, source });
    } else {
      this.#set({ status: 'error', error: result.error });
      const where = result.error.url ? ` from ${result.error.url}` : ` (${source})`;
      const { issues } = result.error;
      const more = issues.length > LOGGED_ISSUES ? `\n  … and ${issues.length - LOGGED_ISSUES} more (see the dossier-error event)` : '';
      console.error(
        `[wat-werkt] <dossier-provider> could not load the dossier${where}: ${result.error.kind}\n` +
          issues.slice(0, LOGGED_ISSUES).map((i) => `  ${formatIssue(i, 'en')}`).join('\n') +
          more,
      );
      this.emit('dossier-error', { error: result.error, source });
    }
  }

  #selectItemAttribute(dossier: Dossier): void {
    const found = findItem(dossier, this.item);
    if (found) this.selected = { id: found.item.id, kind: found.kind };
  }

  #set(next: DossierState): void {
    if (next.status === 'ready' && this.item) this.#selectItemAttribute(next.dossier);
    this.loadState = next;
    this.#dossierProvider.setValue(next);
  }

  /** Does the page give a text version (`slot="fallback"`) to show until the elements can? */
  #hasFallback(): boolean {
    return !!this.querySelector(':scope > [slot="fallback"]');
  }

  protected override render() {
    const s = this.loadState;
    // The text version stays until the dossier is ready, and the elements wait hidden meanwhile: the
    // content changes once, from the text to the elements, not from text to empty to spinner to elements.
    const fallback = s.status !== 'ready' && this.#hasFallback();
    const loading = renderLoading(this.t, this.#retried);
    return html`${s.status === 'loading'
        ? fallback
          ? html`<div class="visually-hidden">${loading}</div>`
          : loading
        : s.status === 'error'
          ? renderError(s.error, this.t, errorMessages[this.locale], this.locale, formatIssue, s.error.url ? this.#retry : undefined)
          : this.#retried
            ? html`<p class="loaded visually-hidden" role="status" tabindex="-1">${this.t.loaded}</p>`
            : nothing}${fallback ? html`<slot name="fallback"></slot>` : nothing}<slot ?hidden=${fallback}></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dossier-provider': DossierProvider;
  }
}
