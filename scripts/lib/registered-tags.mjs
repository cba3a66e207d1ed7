// Which tag each class is registered under, read from `define('tag', Class)` in src/define/*.ts.
// The analyzer does not know our define() helper, so the manifest scripts use this.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../../src/define/', import.meta.url));

/** Map(ClassName → tag-name). */
export function registeredTags() {
  const tags = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const [, tag, name] of text.matchAll(/define\(\s*['"]([a-z][a-z0-9]*-[a-z0-9-]*)['"]\s*,\s*([A-Za-z_$][\w$]*)/g)) {
      tags.set(name, tag);
    }
  }
  return tags;
}
