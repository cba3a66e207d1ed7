// The fast path (src/model/fast-path.ts) may only ever give what the full path gives: the same
// dossier, key for key and in the same order, or the same issues, in the same order. Each test
// runs both on the same input and compares the whole outcome.
import { expect } from '@open-wc/testing';
import fc from '../fast-check.js'; // fast-check with the fixed seed
import * as v from 'valibot';
import manifestJson from '../fixtures/index.json';
import { COPYING, IN_PLACE, compileSchema } from '../../src/model/fast-path.js';
import { DossierSchema, MAX_VALUES, parseDossier, validateDossier } from '../../src/model/index.js';
import type { Dossier, Lang } from '../../src/model/index.js';
import { validateFully, validateParsed, type ValidationResult } from '../../src/model/validate.js';
import { dossierCopy, holderOf, mutateAt, pathsOf, type JsonPath } from '../helpers.js';

type Json = Record<string, unknown>;
type Path = JsonPath;
const LANGUAGES: Lang[][] = [[], ['nl'], ['en'], ['nl', 'en']];

/** A value spelled out with its keys in order, `undefined`-valued ones included, so that equal shapes mean equal outcomes. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return { list: Array.from(value, shape) };
  if (value && typeof value === 'object') return { keys: Object.keys(value).map((key) => [key, shape((value as Json)[key])]) };
  return value === undefined ? { undefined: true } : value;
}

/** Holds `found` to `expected`: both accept the same dossier, or both give the same issues. */
function expectSame(found: ValidationResult, expected: ValidationResult, what: string) {
  expect(found.ok, `${what}: ok`).to.equal(expected.ok);
  if (found.ok && expected.ok) expect(shape(found.dossier), `${what}: the dossier`).to.deep.equal(shape(expected.dossier));
  if (!found.ok && !expected.ok) expect(found.issues, `${what}: the issues`).to.deep.equal(expected.issues);
}

/** Every way in: `validateDossier` (copying fast path), `validateParsed` and `parseDossier` (in place, on JSON), against the full path. */
function expectAllAgree(input: unknown, languages: Lang[], what: string) {
  const options = { languages };
  const full = validateFully(input, options);
  expectSame(validateDossier(input, options), full, `${what}, validateDossier`);
  let text: string | undefined;
  try {
    text = JSON.stringify(input);
  } catch {
    return; // a cycle or a BigInt: no JSON to parse
  }
  if (text === undefined) return;
  const fromJson = validateFully(JSON.parse(text), options);
  expectSame(validateParsed(JSON.parse(text), options), fromJson, `${what}, validateParsed`);
  const parsed = parseDossier(text, options);
  expectSame(parsed.ok ? parsed : { ok: false, issues: parsed.error.issues }, fromJson, `${what}, parseDossier`);
}


const OPS = ['delete', 'replace', 'text', 'number', 'empty-list', 'empty-object', 'duplicate', 'add-key', 'reorder', 'undefined', 'swap', 'wrap', 'drop-en', 'inherit', 'getter'] as const;
type Op = (typeof OPS)[number];
const TEXTS = ['', ' ', 'x', 'x'.repeat(4001), 'Bad Id', 'good-id', '-bad', 'javascript:alert(1)', 'https://example.org', 'mailto:a@b.c', 'dossier', 'talk', 'micro', 'formal', 'seed', 'wat-werkt-dossier@1', '__proto__'];
const NUMBERS = [0, 1, 2, 3, 4, 1.5, -1, 1899, 1900, 2200, 2201, NaN, Infinity];
const KEYS = ['__proto__', 'constructor', 'toString', 'nl', 'en', 'id', 'sources', 'basis', 'text', 'format', 'meta', 'zz', ''];

interface Mutation {
  at: number;
  op: Op;
  value: unknown;
  pick: number;
}
const mutation = (count: number) =>
  fc.record({ at: fc.nat({ max: count - 1 }), op: fc.constantFrom(...OPS), value: fc.jsonValue({ maxDepth: 2 }), pick: fc.nat() });

/** Applies one mutation at a path of the original dossier (by now, some paths lead nowhere). */
function mutate(root: Json, paths: Path[], m: Mutation): void {
  const pick = <T>(list: readonly T[]) => list[m.pick % list.length];
  const path = paths[m.at];
  if (mutateAt(root, path, m.op, { value: m.value, text: pick(TEXTS), number: pick(NUMBERS), key: pick(KEYS), elsewhere: pick(paths) })) return;
  const found = holderOf(root, path);
  if (!found) return;
  const { holder: p, last } = found;
  const target = p[last];
  switch (m.op) {
    case 'reorder':
      // The same keys, another order: valid, but not in the schema's order.
      if (target && typeof target === 'object' && !Array.isArray(target)) p[last] = Object.fromEntries(Object.entries(target).reverse());
      break;
    case 'undefined':
      p[last] = undefined;
      break;
    case 'drop-en':
      if (target && typeof target === 'object' && 'en' in target) delete (target as Json).en;
      break;
    case 'inherit':
      // The same keys, inherited: valibot reads them with `in`, the size walk with for…in.
      if (target && typeof target === 'object' && !Array.isArray(target)) p[last] = Object.create(target);
      break;
    case 'getter':
      // The same value behind a getter, or a non-enumerable property.
      if (m.pick % 2) {
        let current = target;
        Object.defineProperty(p, last, { get: () => current, set: (value) => (current = value), enumerable: true, configurable: true });
      }
      else Object.defineProperty(p, last, { value: target, enumerable: false, writable: true, configurable: true });
      break;
  }
}

describe('the fast path of validation', function () {
  // A bound on a hang: Firefox and WebKit on busy cores took over 2 minutes for the 3,000 runs.
  this.timeout(600_000);
  let real: Json;
  let paths: Path[];

  before(async () => {
    real = (await dossierCopy()) as unknown as Json;
    paths = pathsOf(real);
  });

  it('is compiled from the schema, both ways (if not, every validation takes the slow path)', () => {
    for (const walk of [COPYING, IN_PLACE]) expect(compileSchema(DossierSchema, { walk, maxList: 2000, maxDepth: 8 })).to.exist;
  });

  it('gives the shipped dossier as the full path does: a copy from validateDossier, the parsed value itself from validateParsed', () => {
    for (const languages of LANGUAGES) expectAllAgree(real, languages, `languages ${languages}`);
    const copied = validateDossier(real);
    expect(copied.ok && copied.dossier).not.to.equal(real);
    const own = structuredClone(real);
    const kept = validateParsed(own);
    expect(kept.ok && kept.dossier).to.equal(own);
  });

  it('agrees with the full path on thousands of mutated dossiers: the same dossier or the same issues, in order', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(mutation(paths.length), { minLength: 1, maxLength: 3 }), fc.constantFrom(...LANGUAGES), (mutations, languages) => {
        const input = structuredClone(real);
        for (const m of mutations) mutate(input, paths, m);
        if (validateFully(input, { languages }).ok) accepted++;
        expectAllAgree(input, languages, mutations.map((m) => `${m.op} at ${paths[m.at].join('.')}`).join(', '));
      }),
      { numRuns: 3000 },
    );
    // Enough of both outcomes to mean something.
    expect(accepted).to.be.within(300, 2700);
  });

  it('agrees with the full path on every fixture in test/fixtures', async () => {
    const { fixtures } = manifestJson as unknown as { fixtures: { file: string }[] };
    expect(fixtures.length).to.be.at.least(40);
    for (const { file } of fixtures) {
      const text = (await (await fetch(`/test/fixtures/${file}`)).text()).replace(/^\uFEFF/, '');
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        continue; // not JSON: the fast path never sees it
      }
      for (const languages of [['nl'], ['nl', 'en']] as Lang[][]) {
        const full = validateFully(value, { languages });
        expectSame(validateDossier(value, { languages }), full, `${file}, validateDossier`);
        expectSame(validateParsed(JSON.parse(text), { languages }), full, `${file}, validateParsed`);
      }
    }
  });

  it(`agrees with the full path at the size limit: ${MAX_VALUES} values accepted, one more refused`, () => {
    const dossier = structuredClone(real) as unknown as Dossier;
    const source = dossier.references[0].id;
    const count = (value: unknown): number =>
      1 + (value && typeof value === 'object' ? Object.values(value).reduce<number>((sum, child) => sum + count(child), 0) : 0);
    // Each statement adds 6 values: its entry, text, nl, basis, sources and one source.
    let left = MAX_VALUES - count(dossier);
    const added: { sources: string[] }[] = [];
    for (const item of [...dossier.factors, ...dossier.actors, ...dossier.goals, ...dossier.approaches, ...dossier.crafts, ...dossier.levels]) {
      while (left >= 6 && item.statements.length < 2000) {
        const statement = { text: { nl: 'x' }, basis: 'dossier' as const, sources: [source] };
        item.statements.push(statement);
        added.push(statement);
        left -= 6;
      }
    }
    for (; left > 0; left--) added[0].sources.push(source);
    expect(count(dossier)).to.equal(MAX_VALUES);
    expect(validateFully(dossier).ok).to.equal(true);
    expectAllAgree(dossier, ['nl'], `${MAX_VALUES} values`);
    added[0].sources.push(source);
    expect(validateFully(dossier)).to.deep.include({ ok: false });
    expect((validateFully(dossier) as { issues: { code: string }[] }).issues.map((i) => i.code)).to.deep.equal(['too-large']);
    expectAllAgree(dossier, ['nl'], `${MAX_VALUES + 1} values`);
  });

  // Not held to it: a getter that answers differently each time it is read. The full path reads
  // every value twice (the size walk, then valibot), the fast path once.
  it('agrees with the full path on values that are no plain data: getters, proxies, class instances, inherited keys, symbols', () => {
    const base = () => structuredClone(real) as Json & { meta: Json; goals: Json[] };
    const throwing = base();
    Object.defineProperty(throwing.goals[0], 'name', { enumerable: true, get: () => { throw new Error('gotcha'); } });
    const proxied = base();
    proxied.meta = new Proxy(proxied.meta, {});
    const lying = base();
    lying.meta = new Proxy(lying.meta, { has: (target, key) => key !== 'title' && key in target });
    class Meta {
      constructor(from: Json) {
        Object.assign(this, from);
      }
    }
    const instance = base();
    instance.meta = new Meta(instance.meta) as unknown as Json;
    const symbol = base();
    (symbol.meta as Record<symbol, unknown>)[Symbol('x')] = 1;
    const listWithKey = base();
    (listWithKey.goals as unknown as Json).extra = 1;
    const nullProto = base();
    nullProto.meta = Object.assign(Object.create(null), nullProto.meta);
    const cases: [string, () => unknown][] = [
      ['a throwing getter', () => throwing],
      ['a transparent proxy', () => proxied],
      ['a proxy whose has and get disagree', () => lying],
      ['a class instance', () => instance],
      ['a symbol key', () => symbol],
      ['a list with a key', () => listWithKey],
      ['an object without prototype', () => nullProto],
    ];
    for (const [name, make] of cases) {
      const full = validateFully(make());
      expectSame(validateDossier(make()), full, name);
    }
  });

  it('reads keys inherited from Object.prototype as the full path does', () => {
    const proto = Object.prototype as Json;
    // A text without its own English one, which valibot then finds on the prototype.
    const input = structuredClone(real) as unknown as Dossier;
    delete input.goals[0].name.en;
    try {
      for (const key of ['en', 'colour']) {
        proto[key] = 'polluted';
        expectAllAgree(input, ['nl', 'en'], `Object.prototype.${key}`);
        delete proto[key];
        Object.defineProperty(proto, key, { value: 'polluted', enumerable: false, configurable: true, writable: true });
        expectAllAgree(input, ['nl', 'en'], `Object.prototype.${key}, not enumerable`);
        delete proto[key];
      }
    } finally {
      delete proto.en;
      delete proto.colour;
    }
  });
});

describe('compileSchema', () => {
  /** Small schemas with every kind and action the compiler knows, next to valibot on arbitrary values. */
  const SCHEMAS: [string, v.GenericSchema][] = [
    ['text with bounds and a pattern', v.pipe(v.string(), v.minLength(2), v.maxLength(5), v.regex(/^[a-z]+$/))],
    ['text with two patterns', v.pipe(v.string(), v.regex(/a/), v.regex(/b/))],
    ['whole number in a range', v.pipe(v.number(), v.integer(), v.minValue(-2), v.maxValue(3))],
    ['number', v.number()],
    ['boolean', v.boolean()],
    ['literal', v.literal('x')],
    ['picklist', v.picklist(['a', 'b', '__proto__'])],
    ['list with bounds', v.pipe(v.array(v.pipe(v.string(), v.maxLength(1))), v.minLength(1), v.maxLength(3))],
    [
      'object with optional fields',
      v.strictObject({ a: v.string(), b: v.optional(v.number()), c: v.optional(v.strictObject({ d: v.array(v.boolean()) })), constructor: v.optional(v.string()) }),
    ],
    ['object with optional fields, none named like a prototype property', v.strictObject({ a: v.string(), b: v.optional(v.number()), c: v.optional(v.strictObject({ d: v.array(v.boolean()) })) })],
  ];
  const values = fc.oneof(
    fc.anything({ maxDepth: 3, withNullPrototype: true, withBoxedValues: true, withSparseArray: true, key: fc.constantFrom('a', 'b', 'c', 'd', 'constructor', '__proto__', 'x') }),
    fc.constantFrom('ab', 'abc', 'a', 'ba', 'abcdef', 2, -2, 3, 4, 1.5, NaN, 'x', '__proto__', ['a'], [], ['a', 'b', 'c', 'd'], { a: 'x' }, { a: 'x', b: 1, c: { d: [true] } }, { a: 'x', b: undefined }, { b: 1, a: 'x' }),
  );

  for (const [name, schema] of SCHEMAS) {
    it(`accepts what valibot accepts, with the same output: ${name}`, () => {
      for (const copy of [true, false]) {
        const compiled = compileSchema(schema, { walk: copy ? COPYING : IN_PLACE, maxList: 2000, maxDepth: 8 })!;
        expect(compiled, name).to.exist;
        let jsonAccepted = 0;
        fc.assert(
          fc.property(values, (value) => {
            const expected = v.safeParse(schema, value);
            const found = compiled.run(value);
            // In place (for JSON, where every key is an own one), a key on the prototype is refused.
            if (found) {
              expect(expected.success, 'valibot accepts it too').to.equal(true);
              expect(shape(found.output)).to.deep.equal(shape(expected.output));
            } else if (copy && expected.success) expect.fail(`refused what valibot accepts: ${JSON.stringify(value)}`);
            if (copy) return;
            // What in-place walking is for, a value as JSON.parse makes it: accepted whenever valibot accepts it.
            let json: unknown;
            try {
              json = JSON.parse(JSON.stringify(value) ?? 'null');
            } catch {
              return; // (a BigInt, a cycle: not JSON)
            }
            if (!v.safeParse(schema, json).success) return;
            expect(compiled.run(json), `refused in place a JSON value valibot accepts: ${JSON.stringify(json)}`).to.be.ok;
            jsonAccepted++;
          }),
          { numRuns: 1500 },
        );
        // (valibot refuses every JSON object for a schema with a `constructor` field: it reads the prototype's)
        if (!copy && !Object.hasOwn((schema as { entries?: object }).entries ?? {}, 'constructor')) expect(jsonAccepted, 'JSON values accepted in place').to.be.greaterThan(0);
      }
    });
  }

  it('compiles nothing it does not know: defaults, transformations, other schemas', () => {
    const unknown = [
      v.strictObject({ a: v.optional(v.string(), 'x') }),
      v.pipe(v.string(), v.transform((s) => s.length)),
      v.object({ a: v.string() }),
      v.union([v.string(), v.number()]),
      v.pipe(v.string(), v.regex(/a/g)),
      v.fallback(v.string(), 'x'),
      v.pipe(v.string(), v.minValue('a')),
    ];
    for (const schema of unknown) expect(compileSchema(schema as v.GenericSchema, { walk: COPYING, maxList: 2000, maxDepth: 8 })).to.equal(undefined);
  });

  it('compiles no list or object deeper than the size walk looks', () => {
    let schema: v.GenericSchema = v.string();
    for (let depth = 0; depth < 8; depth++) schema = v.strictObject({ a: schema });
    expect(compileSchema(schema, { walk: COPYING, maxList: 2000, maxDepth: 8 })).to.exist;
    expect(compileSchema(v.strictObject({ a: schema }), { walk: COPYING, maxList: 2000, maxDepth: 8 })).to.equal(undefined);
  });
});
