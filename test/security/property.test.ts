// Property-based: fast-check feeds thousands of random values to the validator and
// hundreds to the provider. No exception escapes; every rejection names at least one
// issue, and each issue's path leads to something in the input (or, for `required`,
// to the key that is missing there).
import { expect } from '@open-wc/testing';
import fc from '../fast-check.js'; // fast-check with the fixed seed
import manifestJson from '../fixtures/index.json';
import type { DossierProvider } from '../../src/components/dossier-provider/dossier-provider.js';
import { formatIssue, type ValidationIssue } from '../../src/model/issues.js';
import { parseDossier, validateDossier } from '../../src/model/index.js';
import { dossierCopy, holderOf, mutateAt, pathsOf, type JsonPath } from '../helpers.js';
import { PageGuard, firstEvent, misplaced, settle } from './helpers.js';

const PAYLOADS = (manifestJson as unknown as { payloads: string[] }).payloads;
const CODES = new Set([
  'required', 'wrong-type', 'unknown-key', 'empty-text', 'empty-list', 'too-long', 'too-many', 'too-large', 'invalid-id',
  'unsafe-link', 'not-one-of', 'wrong-format', 'out-of-range', 'duplicate-id', 'unknown-ref', 'listed-twice',
  'missing-language', 'invalid-json', 'invalid',
]);

/** What must hold of any rejection: issues, each with a string path that fits the input, a known code, a message. */
function rejectionProblems(input: unknown, issues: ValidationIssue[], located = true): string[] {
  const problems: string[] = [];
  if (issues.length === 0) problems.push('a rejection without issues');
  for (const issue of issues) {
    if (typeof issue.path !== 'string') problems.push(`a path that is ${typeof issue.path}`);
    if (!CODES.has(issue.code)) problems.push(`unknown code ${issue.code}`);
    if (typeof issue.message !== 'string' || issue.message === '') problems.push(`no message at ${issue.path}`);
    formatIssue(issue, 'nl');
    formatIssue(issue, 'en');
    const wrong = located ? misplaced(input, issue) : undefined;
    if (wrong) problems.push(wrong);
  }
  return problems;
}

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(...PAYLOADS, '', ' ', '__proto__', 'constructor', 'prototype', 'javascript:alert(1)', 'data:text/html,x', 'https://example.org', 'mailto:a@b.c'),
);
/** Keys as hostile as values: prototype names, schema names in the wrong place, odd strings. */
const key = fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'nl', 'en', 'id', 'sources', 'format', 'meta', 'goals'));

type Path = JsonPath;


type Mutation = { at: number; op: string; value: unknown; text: string; key: string };
const mutation = (count: number) =>
  fc.record({
    at: fc.nat({ max: count - 1 }),
    op: fc.constantFrom('delete', 'replace', 'text', 'number', 'empty-list', 'empty-object', 'duplicate', 'add-key', 'proto-key', 'swap', 'wrap', 'deep'),
    value: fc.jsonValue({ maxDepth: 3 }),
    text,
    key,
  });

/** Applies one mutation at a path of the dossier; the paths are those of the original, so some no longer lead anywhere. */
function mutate(root: Record<string, unknown>, paths: Path[], m: Mutation, partner: Path): void {
  const path = paths[m.at];
  // `swap` puts another value of the dossier here, e.g. an id where another kind of id belongs.
  const input = { value: m.value, text: m.text, number: [0, -1, 1.5, 4, 1e308, 2024][m.at % 6], key: m.key, elsewhere: partner };
  if (mutateAt(root, path, m.op === 'proto-key' ? 'add-key' : m.op, m.op === 'proto-key' ? { key: '__proto__', value: { polluted: true } } : input)) return;
  const found = holderOf(root, path);
  if (found && m.op === 'deep') {
    let nested: unknown = found.holder[found.last];
    for (let i = 0; i < 2000; i++) nested = { [m.key || 'a']: nested };
    found.holder[found.last] = nested;
  }
}

describe('validator, property-based (fast-check)', function () {
  this.timeout(180_000);
  let real: Record<string, unknown>;
  let paths: Path[];
  const guard = new PageGuard();

  before(async () => {
    real = (await dossierCopy()) as unknown as Record<string, unknown>;
    paths = pathsOf(real);
  });
  beforeEach(() => guard.start());
  afterEach(() => {
    guard.stop();
    expect(guard.problems()).to.deep.equal([]);
  });

  it('rejects arbitrary JSON values without throwing, each issue at a path in the input', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const result = validateDossier(value);
        expect(result.ok).to.equal(false);
        if (!result.ok) expect(rejectionProblems(value, result.issues)).to.deep.equal([]);
      }),
      { numRuns: 3000 },
    );
  });

  it('rejects arbitrary JavaScript values (null prototypes, Maps, typed and sparse arrays, BigInt, hostile keys) without throwing', () => {
    const anything = fc.anything({
      key,
      maxDepth: 4,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
    });
    fc.assert(
      fc.property(anything, (value) => {
        const result = validateDossier(value);
        expect(result.ok).to.equal(false);
        // Paths are checked for plain data only: a Map or a typed array has no JSON path.
        if (!result.ok) expect(rejectionProblems(value, result.issues, false)).to.deep.equal([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('parses arbitrary text without throwing: JSON syntax errors are not-json, with the whole document as path', () => {
    const texts = fc.oneof(
      fc.string(),
      fc.json(),
      fc.json().map((json) => json.slice(0, Math.max(0, json.length - 1))),
      fc.tuple(fc.json(), fc.nat(), fc.constantFrom('{', '}', '[', ']', '"', ',', ':', '\\', '\u0000', '\uFEFF')).map(([json, i, c]) => json.slice(0, i % (json.length + 1)) + c + json.slice(i % (json.length + 1))),
    );
    fc.assert(
      fc.property(texts, (input) => {
        const result = parseDossier(input);
        expect(result.ok).to.equal(false);
        if (result.ok) return;
        if (result.error.kind === 'not-json') expect(result.error.issues.map((i) => [i.path, i.code])).to.deep.equal([['', 'invalid-json']]);
        else {
          expect(result.error.kind).to.equal('invalid');
          expect(rejectionProblems(JSON.parse(input.replace(/^\uFEFF/, '')), result.error.issues)).to.deep.equal([]);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('validates thousands of mutations of the real dossier without throwing; rejections located, acceptances clean', () => {
    fc.assert(
      fc.property(fc.array(mutation(paths.length), { minLength: 1, maxLength: 4 }), fc.nat({ max: paths.length - 1 }), (mutations, partner) => {
        const input = structuredClone(real);
        for (const m of mutations) mutate(input, paths, m, paths[partner]);
        const result = validateDossier(input);
        if (result.ok) {
          // A copy with known fields only, itself valid.
          expect(result.dossier).not.to.equal(input);
          expect(validateDossier(result.dossier).ok).to.equal(true);
        } else expect(rejectionProblems(input, result.issues)).to.deep.equal([]);
      }),
      { numRuns: 2500 },
    );
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('survives values that fight back: throwing getters, proxies, cycles, huge sparse lists', () => {
    const cyclic: Record<string, unknown> = { format: 'wat-werkt-dossier@1' };
    cyclic.meta = cyclic;
    cyclic.goals = [cyclic, cyclic];
    const throwing = Object.defineProperty({ format: 'wat-werkt-dossier@1' }, 'meta', {
      enumerable: true,
      get() {
        throw new Error('gotcha');
      },
    });
    const proxy = new Proxy({}, {
      has: () => true,
      get: (_t, k) => (k === Symbol.toPrimitive ? undefined : proxy),
      ownKeys: () => {
        throw new Error('no keys');
      },
    });
    const sparse: unknown[] = [];
    sparse.length = 2 ** 32 - 1;
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    for (const value of [cyclic, throwing, proxy, { ...structuredClone(real), goals: sparse }, revocable.proxy, Object.create(null), new Date(), /x/, () => 1, Symbol('x'), 10n]) {
      const result = validateDossier(value);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(rejectionProblems(value, result.issues, false)).to.deep.equal([]);
    }
  });
});

describe('<dossier-provider>, property-based (fast-check)', function () {
  this.timeout(240_000);
  let tags: string[] = [];
  let real: Record<string, unknown>;
  let paths: Path[];
  const guard = new PageGuard();
  const originalError = console.error;
  const originalWarn = console.warn;

  before(async () => {
    tags = ((await import('/__test/define-all.js' as string)) as { tags: string[] }).tags;
    real = (await dossierCopy()) as unknown as Record<string, unknown>;
    paths = pathsOf(real);
  });
  beforeEach(() => {
    console.error = () => {};
    console.warn = () => {};
    guard.start();
  });
  afterEach(() => {
    console.error = originalError;
    console.warn = originalWarn;
    guard.stop();
  });

  /** A provider with every element inside, given `setup` before it is connected; resolves with its first outcome. */
  async function mount(setup: (p: DossierProvider) => void) {
    const provider = document.createElement('dossier-provider') as DossierProvider;
    setup(provider);
    for (const tag of tags) if (tag !== 'dossier-provider') provider.append(document.createElement(tag));
    const outcome = firstEvent<CustomEvent>(provider, ['dossier-load', 'dossier-error'], 8000);
    document.body.append(provider);
    const event = await outcome;
    await settle(provider, 1);
    return { provider, event };
  }

  function outcomeProblems(provider: DossierProvider, event: CustomEvent): string[] {
    const problems = [...guard.problems()];
    const alert = provider.shadowRoot!.querySelector('[role="alert"]');
    if (event.type === 'dossier-error') {
      if (!alert) problems.push('an error without a visible message');
      problems.push(...rejectionProblems(undefined, event.detail.error.issues, false));
      if (provider.status !== 'error') problems.push(`status ${provider.status} after an error`);
    } else if (alert || provider.status !== 'ready') problems.push('a loaded dossier shown as an error');
    return problems;
  }

  it('shows random and mutated dossiers, given as the dossier property, as a dossier or an error; nothing escapes', async () => {
    const values = fc.oneof(
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
      { weight: 1, arbitrary: fc.anything({ key, maxDepth: 3, withNullPrototype: true, withMap: true, withBigInt: true }) },
      {
        weight: 3,
        arbitrary: fc.array(mutation(paths.length), { minLength: 1, maxLength: 3 }).map((mutations) => {
          const input = structuredClone(real);
          for (const m of mutations) mutate(input, paths, m, paths[m.at % paths.length]);
          return input as unknown;
        }),
      },
    );
    await fc.assert(
      fc.asyncProperty(values, async (value) => {
        const { provider, event } = await mount((p) => {
          (p as unknown as { dossier: unknown }).dossier = value;
        });
        const problems = outcomeProblems(provider, event);
        provider.remove();
        expect(problems).to.deep.equal([]);
      }),
      { numRuns: 200 },
    );
  });

  it('takes random inline JSON and random src strings and timeouts; nothing escapes', async () => {
    const inline = fc.oneof(fc.string(), fc.json(), fc.constantFrom(...PAYLOADS)).map((body) => ({ kind: 'inline' as const, body }));
    const source = fc
      .tuple(
        fc.oneof(fc.string(), fc.constantFrom('http://[', 'https://exa mple.org', 'javascript:window.__pwned=1', 'data:application/json,{}', '::', 'http://%', '/__test/status/500', '?x', '#', '.', 'blob:nope', 'about:blank')),
        fc.oneof(fc.double(), fc.integer(), fc.constantFrom(NaN, -1, 0, Infinity, 2 ** 53)),
      )
      .filter(([src]) => {
        // Stay on this server: never ask the closed network for another host.
        try {
          const url = new URL(src, document.baseURI);
          // (and no malformed %-escapes, which the test server logs as a stack trace)
          decodeURIComponent(url.pathname);
          return !/^https?:$/.test(url.protocol) || url.origin === location.origin;
        } catch {
          return true;
        }
      })
      .map(([src, timeout]) => ({ kind: 'src' as const, src, timeout }));
    await fc.assert(
      fc.asyncProperty(fc.oneof(inline, source), async (input) => {
        const { provider, event } = await mount((p) => {
          if (input.kind === 'inline') {
            const script = document.createElement('script');
            script.type = 'application/json';
            script.textContent = input.body;
            p.append(script);
          } else {
            p.src = input.src;
            p.timeout = Math.abs(input.timeout) > 0 && Math.abs(input.timeout) < 3000 ? 3000 : input.timeout;
          }
        });
        const problems = outcomeProblems(provider, event);
        provider.remove();
        expect(problems).to.deep.equal([]);
      }),
      { numRuns: 120 },
    );
  });
});
