/**
 * Registration, kept apart from the classes: importing a class registers nothing.
 * Defining a tag twice is a no-op, so a page that loads the library twice keeps
 * working; a warning names the versions when two different ones collide.
 */
import { VERSION } from './version.js';

type Versioned = CustomElementConstructor & { version?: string };

export function define(tag: string, constructor: Versioned, registry: CustomElementRegistry = customElements): void {
  const existing = registry.get(tag) as Versioned | undefined;
  if (!existing) {
    registry.define(tag, constructor);
    return;
  }
  if (existing !== constructor && existing.version !== (constructor.version ?? VERSION)) {
    console.warn(
      `[wat-werkt] <${tag}> is already defined by version ${existing.version ?? 'unknown'}; version ${constructor.version ?? VERSION} was not registered. Load the library once per page.`,
    );
  }
}
