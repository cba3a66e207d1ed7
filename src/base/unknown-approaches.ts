import type { Dossier } from '../model/types.js';

/**
 * Warns in the console when an element's attribute names approaches the dossier does not have, with
 * the known ids; once for each new set of unknown ids, not on every update.
 */
export class UnknownApproachWarning {
  #said = '';

  constructor(private readonly tag: string) {}

  /** `ids`: the approach ids the element was given (none, one, or a list). */
  check(ids: readonly (string | null | undefined)[], d: Dossier): void {
    const known = d.approaches.map((a) => a.id);
    const unknown = ids.filter((id): id is string => !!id && !known.includes(id));
    const key = unknown.join(' ');
    if (key && key !== this.#said)
      console.warn(`[wat-werkt] <${this.tag}>: unknown approach ${unknown.map((id) => `"${id}"`).join(', ')}; known: ${known.join(', ')}.`);
    this.#said = key;
  }
}
