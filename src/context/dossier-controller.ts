import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import type { WatWerktEventMap } from '../events.js';
import { loadBuiltinDossier } from '../model/builtin.js';
import { formatIssueLine, loadIssueFormatter } from '../i18n/issue-format.js';
import { loadFailure } from '../model/issue-core.js';
import type { LoadResult } from '../model/load.js';
import { PROFILE_SOURCE_ID, type PracticeProfile } from '../model/profile.types.js';
import type { Dossier } from '../model/types.js';
import { PendingContextRequests } from './context-root.js';
import { dossierContext, type DossierState } from './dossier-context.js';
import { selectionContext, type SelectedItem, type Selection, type SelectionState } from './selection-context.js';

const PROVIDER_TAG = 'dossier-provider';

/**
 * Checks a dossier given to an element. The validator is a chunk of its own, loaded on first use:
 * an element that shows a provider's dossier never needs it, and so does not carry it.
 */
async function validate(value: unknown): Promise<LoadResult> {
  try {
    const { fromValue } = await import('../model/load.js');
    return settle(fromValue(value));
  } catch (error) {
    // The chunk could not be loaded (offline, blocked): say so, never show the data unchecked.
    return { ok: false, error: { kind: 'network', issues: [loadFailure(error)] } };
  }
}

/** A result to show: an error waits for the issues' messages, so that its view is whole at once. */
async function settle(result: LoadResult): Promise<LoadResult> {
  if (!result.ok) await loadIssueFormatter();
  return result;
}

const ROOT_KEY = Symbol.for('wat-werkt.context-root');

/**
 * A root on the document lets a consumer find a provider that is defined after it: the root
 * holds the consumer's request and replays it when the provider connects. One root per page,
 * even when two copies of the library are loaded.
 */
function ensureContextRoot(): void {
  const store = globalThis as { [ROOT_KEY]?: PendingContextRequests };
  if (!store[ROOT_KEY]) {
    store[ROOT_KEY] = new PendingContextRequests();
    store[ROOT_KEY].attach(document.documentElement);
  }
}

/** Is the element inside a `<dossier-provider>` whose definition has not been loaded yet? */
function insideUndefinedProvider(element: Element): boolean {
  if (customElements.get(PROVIDER_TAG)) return false;
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element && node.localName === PROVIDER_TAG) return true;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return false;
}

/**
 * Gives an element its dossier and the shared selection. The dossier comes, in this
 * order, from the element's own `dossier` property, from the nearest provider, or
 * from the built-in dossier; so every element also works alone. The selection is
 * the provider's when there is one, the element's own otherwise.
 */
export class DossierController implements ReactiveController {
  #own?: DossierState;
  /** Counts the dossiers given, so that a slow check of an older one is dropped. */
  #ownCheck = 0;
  #fromContext?: DossierState;
  #builtin?: DossierState;
  #shared?: SelectionState;
  #local: Selection = { approach: null, item: null, profile: null };

  /** `followsSelection`: false for an element that never shows the selection (it is then not updated when that changes). */
  constructor(
    private readonly host: ReactiveElement,
    followsSelection = true,
  ) {
    host.addController(this);
    new ContextConsumer(host, {
      context: dossierContext,
      subscribe: true,
      callback: (value) => {
        this.#fromContext = value;
        host.requestUpdate();
      },
    });
    if (!followsSelection) return;
    new ContextConsumer(host, {
      context: selectionContext,
      subscribe: true,
      callback: (value) => {
        this.#shared = value;
        host.requestUpdate();
      },
    });
  }

  hostConnected(): void {
    ensureContextRoot();
    // Context requests are answered synchronously; give a late provider one microtask.
    queueMicrotask(() => this.#fallBack());
  }

  hostDisconnected(): void {
    // Out of the page, the element no longer hears from its provider (the consumers unsubscribe):
    // forget it, so that an element moved out of it shows its own or the built-in dossier again,
    // and one moved under another provider shows that one's (which answers on connecting).
    this.#fromContext = undefined;
    this.#shared = undefined;
  }

  /** With no dossier of its own and none from a provider: the built-in one, once a provider still being defined has had its chance. */
  #fallBack(): void {
    if (this.#fromContext || this.#own || !this.host.isConnected) return;
    if (insideUndefinedProvider(this.host)) customElements.whenDefined(PROVIDER_TAG).then(() => this.#fallBack());
    else this.#useBuiltin();
  }

  #useBuiltin(): void {
    // Loaded before (the element was alone, then in a provider or given a dossier): show it again.
    if (this.#builtin) return this.host.requestUpdate();
    this.#builtin = { status: 'loading' };
    loadBuiltinDossier().then(settle).then((result) => {
      this.#builtin = result.ok ? { status: 'ready', dossier: result.dossier } : { status: 'error', error: result.error };
      this.host.requestUpdate();
    });
  }

  /**
   * Sets the element's own dossier (its `dossier` property); validated, never trusted. The element
   * shows its loading state until the check is done (a microtask once the validator is loaded).
   */
  setOwn(value: Dossier | undefined): void {
    const check = ++this.#ownCheck;
    if (value === undefined) {
      this.#own = undefined;
      this.#fallBack();
    } else {
      this.#own = { status: 'loading' };
      validate(value).then((result) => {
        if (check !== this.#ownCheck) return; // a newer dossier was given meanwhile
        this.#own = result.ok ? { status: 'ready', dossier: result.dossier } : { status: 'error', error: result.error };
        if (!result.ok)
          console.error(
            '[wat-werkt] the dossier property is invalid:',
            result.error.issues.slice(0, 50).map((i) => formatIssueLine(i, 'en')),
          );
        this.host.requestUpdate();
      });
    }
    this.host.requestUpdate();
  }

  /** Where the element's dossier comes from: its own property, a provider, or built in. */
  get origin(): 'own' | 'provider' | 'builtin' {
    return this.#own ? 'own' : this.#fromContext ? 'provider' : 'builtin';
  }

  get state(): DossierState {
    return this.#own ?? this.#fromContext ?? this.#builtin ?? { status: 'loading' };
  }

  /** The dossier when ready, else undefined. */
  get dossier(): Dossier | undefined {
    const state = this.state;
    return state.status === 'ready' ? state.dossier : undefined;
  }

  get selection(): Selection {
    return this.#shared ?? this.#local;
  }

  /** The team's practice profile shared around the provider, or the element's own when alone; null when none. */
  get profile(): PracticeProfile | null {
    return this.selection.profile ?? null;
  }

  /**
   * Replaces the profile: the provider's (which keeps it in the browser's storage), or the element's own when alone
   * (kept nowhere). No event: the element that edits the profile fires its own.
   */
  setProfile(profile: PracticeProfile | null): void {
    if (this.#shared?.setProfile) this.#shared.setProfile(profile);
    else {
      const approach = !profile && this.#local.approach === PROFILE_SOURCE_ID ? null : this.#local.approach;
      this.#local = { ...this.#local, approach, profile };
      this.host.requestUpdate();
    }
  }

  /** Selects an item on behalf of the user: fires `item-select`, then updates the selection unless cancelled. */
  select(item: SelectedItem | null): void {
    if (!this.#emit('item-select', { id: item?.id ?? null, kind: item?.kind ?? null })) return;
    if (this.#shared) this.#shared.select(item);
    else {
      this.#local = { ...this.#local, item };
      this.host.requestUpdate();
    }
  }

  /** Makes an approach active on behalf of the user: fires `approach-change`, then updates unless cancelled. */
  setApproach(approach: string | null): void {
    if (!this.#emit('approach-change', { approach })) return;
    if (this.#shared) this.#shared.setApproach(approach);
    else {
      this.#local = { ...this.#local, approach };
      this.host.requestUpdate();
    }
  }

  #emit<K extends keyof WatWerktEventMap>(name: K, detail: WatWerktEventMap[K]): boolean {
    return this.host.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: true }));
  }
}
