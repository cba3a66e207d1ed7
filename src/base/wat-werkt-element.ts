import { LitElement } from 'lit';
import type { WatWerktEventMap } from '../events.js';
import { common, type Catalogue, type CommonMessages } from '../i18n/common.js';
import { LangController } from '../i18n/lang-controller.js';
import type { Lang } from '../model/types.js';
import { VERSION } from '../version.js';

/**
 * Base of every element: the version (for `define`), the language, the messages
 * and a typed `emit()`.
 */
export class WatWerktElement extends LitElement {
  static readonly version: string = VERSION;

  readonly #lang = new LangController(this);

  /** The UI language, from `lang` on this element or its nearest ancestor. */
  get locale(): Lang {
    return this.#lang.lang;
  }

  /** Shared UI strings in the current language. */
  protected get t(): CommonMessages {
    return common[this.locale];
  }

  /** An element's own strings in the current language. */
  protected msg<T>(catalogue: Catalogue<T>): T {
    return catalogue[this.locale];
  }

  /** Fires a bubbling, composed, cancelable event; returns false if a listener cancelled it. */
  protected emit<K extends keyof WatWerktEventMap>(name: K, detail: WatWerktEventMap[K]): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: true }));
  }
}
