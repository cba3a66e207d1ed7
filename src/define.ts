/**
 * Registration, kept apart from the classes: importing a class registers nothing.
 * Defining a tag twice is a no-op, so a page that loads the library twice keeps
 * working; a warning names the versions when two different ones collide, or says
 * that the tag belongs to something else.
 */
import { VERSION } from './version.js';

type Versioned = CustomElementConstructor & { version?: string };

export function define(tag: string, constructor: Versioned, registry: CustomElementRegistry = customElements): void {
  const existing = registry.get(tag) as Versioned | undefined;
  if (!existing) {
    registry.define(tag, constructor);
    return;
  }
  const ours = constructor.version ?? VERSION;
  // Every wat-werkt class carries a static `version`; a class without one is another library's.
  if (existing !== constructor && existing.version !== ours)
    console.warn(
      `[wat-werkt] <${tag}> is already defined by ${existing.version ? `wat-werkt ${existing.version}` : 'another script'}; wat-werkt ${ours} was not registered.`,
    );
}
