import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '../model/types.js';
import { langOf } from './lang.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Keeps `lang` in step with the element's nearest `lang` attribute. One
 * MutationObserver serves every element: `lang` changes are rare, so each
 * change simply asks every connected element to look again.
 */
export class LangController implements ReactiveController {
  static readonly #hosts = new Set<LangController>();
  static readonly #observed = new WeakSet<Node>();
  static #observer?: MutationObserver;

  lang: Lang = 'nl';

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    LangController.#hosts.add(this);
    LangController.#observe(this.host.getRootNode());
    LangController.#observe(this.host);
    // Lit does not render an element again when it is moved: one moved under another `lang`, or
    // whose `lang` changed while it was out of the page, asks for it here.
    this.#refresh();
  }

  hostDisconnected(): void {
    LangController.#hosts.delete(this);
  }

  #refresh(): void {
    const next = langOf(this.host);
    if (next !== this.lang) {
      this.lang = next;
      this.host.requestUpdate();
    }
  }

  static #observe(node: Node): void {
    if (this.#observed.has(node)) return;
    this.#observed.add(node);
    this.#observer ??= new MutationObserver(() => this.#hosts.forEach((c) => c.#refresh()));
    this.#observer.observe(node, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}
