/**
 * A fast reading of the valibot schema, for the common case: a valid dossier.
 *
 * `compileSchema` turns a schema from `schema.ts` into one function that walks a value
 * once and gives the very output valibot's `safeParse` would give it, or refuses as soon
 * as anything is wrong (or unusual). It does not say what is wrong: on a refusal,
 * validation runs the full path (size walk, valibot, integrity), which stays the one
 * source of every issue. So this file must only ever accept what the full path accepts,
 * with the same output; it may refuse more (a refusal costs time, not truth).
 *
 * It is compiled from the schema itself, so it follows every change to `schema.ts`; a
 * schema or action it does not know makes `compileSchema` return `undefined`, and
 * validation then always takes the full path. Each step mirrors valibot 1.x's `~run`:
 * `strict_object` reads declared keys with `in` and writes them in declaration order,
 * then refuses any key of `for…in` that is not an own entry; `array` copies by index;
 * `optional` passes `undefined` through; pipes run every validation action.
 *
 * Two ways to walk lists and objects, each its own export so that a bundle carries only
 * the one it uses:
 * - `COPYING`, for any value: builds the output as valibot does, key by key.
 * - `IN_PLACE`, for a value fresh from `JSON.parse` that no one else holds: checks it in
 *   place and gives the value itself as the output, which is then equal to valibot's: every
 *   object holds only declared keys, all its own (as JSON's are). Only an object whose keys
 *   come in another order than declared is replaced, by a copy in declared order, as valibot
 *   writes them. So the value may change, even when it is refused; but only in the order
 *   of keys in objects that passed, which changes nothing the full path says about it.
 *
 * On the way it counts values the way the size walk does (one per object key and list
 * entry, one for the root) and refuses a list longer than the size walk allows, so a
 * document it accepts is one the size walk accepts too.
 */
import type { GenericSchema } from 'valibot';

/** Thrown (once per refusal, never caught by the walk itself) when the fast path gives up. */
const REFUSED = /* @__PURE__ */ new Error('refused');
const refuse = (): never => {
  throw REFUSED;
};
/** Thrown by `compileSchema` for what it does not know. */
const unsupported = (): never => {
  throw new Error('unsupported');
};

type Step = (value: unknown) => unknown;

const isText: Step = (value) => (typeof value === 'string' ? value : refuse());
const isNumber: Step = (value) => (typeof value === 'number' && !Number.isNaN(value) ? value : refuse());
const isBoolean: Step = (value) => (typeof value === 'boolean' ? value : refuse());

/** What a walk keeps track of. */
interface Tally {
  /** Values counted as the size walk counts them. */
  values: number;
  /** The outputs of the object schemas that `collect` picked, in walk order. */
  collected: Record<string, unknown>[];
}

export interface FastResult extends Tally {
  /** What valibot's `safeParse` would give as `output`. */
  output: unknown;
}

export interface CompiledSchema {
  /** The outcome of a valid input, or `undefined` when the fast path refuses it (then ask valibot). */
  run(input: unknown): FastResult | undefined;
}

/** A strict object's declared keys, the steps for their values, and which are optional. */
interface Entries {
  keys: string[];
  steps: Step[];
  optional: boolean[];
  /** Whether its outputs go into `tally.collected`. */
  collecting: boolean;
}

/** How one way of walking checks a list and an object. */
export interface Walk {
  list(item: Step, tally: Tally, maxList: number): Step;
  object(entries: Entries, tally: Tally): Step;
}

export interface CompileOptions {
  walk: Walk;
  /** Lists longer than this are refused (the size walk's limit). */
  maxList: number;
  /** How deep the size walk looks: a schema with a list or object this deep is not compiled, as the counts would differ. */
  maxDepth: number;
  /** Picks the object schemas (by their entries) whose outputs are collected. */
  collect?: (entries: Record<string, unknown>) => boolean;
}

/** Schema properties as valibot stores them; read loosely, as `compile` checks each before use. */
type Loose = Record<string, unknown> & { type?: string; kind?: string };

/** Builds the output as valibot does: new lists, new objects with the declared keys found by `in`, in declared order. */
export const COPYING: Walk = {
  list: (item, tally, maxList) => (value) => {
    if (!Array.isArray(value) || value.length > maxList) refuse();
    const list = value as unknown[];
    tally.values += list.length;
    // Sized at once (valibot pushes): the same entries.
    const out: unknown[] = new Array(list.length);
    for (let i = 0; i < list.length; i++) out[i] = item(list[i]);
    return out;
  },
  object:
    ({ keys, steps, optional, collecting }, tally) =>
    (value) => {
      if (!value || typeof value !== 'object') refuse();
      const input = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (key in input) out[key] = steps[i](input[key]);
        else if (!optional[i]) refuse();
      }
      for (const key in input) {
        tally.values++;
        if (!keys.includes(key)) refuse();
      }
      if (collecting) tally.collected.push(out);
      return out;
    },
};

/** Checks a value fresh from `JSON.parse` in place (see above). */
export const IN_PLACE: Walk = {
  list: (item, tally, maxList) => (value) => {
    if (!Array.isArray(value) || value.length > maxList) refuse();
    const list = value as unknown[];
    tally.values += list.length;
    for (let i = 0; i < list.length; i++) {
      const entry = list[i];
      const checked = item(entry);
      if (checked !== entry) list[i] = checked;
    }
    return list;
  },
  object: ({ keys, steps, optional, collecting }, tally) => {
    if (keys.length > 30) unsupported();
    const all = 2 ** keys.length - 1;
    return (value) => {
      if (!value || typeof value !== 'object') refuse();
      const input = value as Record<string, unknown>;
      let seen = 0; // the declared keys found, one bit each
      let next = 0; // where the next key should be, if they come in order
      let sorted = true;
      for (const key in input) {
        tally.values++;
        // A key on the prototype would be copied by valibot as the object's own: not kept in place.
        if (!Object.hasOwn(input, key)) refuse();
        let at = next;
        while (at < keys.length && keys[at] !== key) at++;
        if (at === keys.length) {
          at = keys.indexOf(key);
          if (at < 0) refuse();
          sorted = false;
        }
        next = at + 1;
        seen |= 1 << at;
        const child = input[key];
        const checked = steps[at](child);
        if (checked !== child) input[key] = checked;
      }
      // A declared key not found must be optional, and not on the prototype either (valibot reads it with `in`).
      if (seen !== all) for (let i = 0; i < keys.length; i++) if (!(seen & (1 << i)) && (!optional[i] || keys[i] in input)) refuse();
      let out = input;
      if (!sorted) {
        // valibot writes the keys in declared order.
        out = {};
        for (let i = 0; i < keys.length; i++) if (seen & (1 << i)) out[keys[i]] = input[keys[i]];
      }
      if (collecting) tally.collected.push(out);
      return out;
    };
  },
};

export function compileSchema(schema: GenericSchema, { walk, maxList, maxDepth, collect }: CompileOptions): CompiledSchema | undefined {
  const tally: Tally = { values: 0, collected: [] };

  /** `depth`: of the value this step checks, the root's being 0. */
  const compile = (node: Loose, depth: number): Step => {
    if (node.fallback !== undefined) unsupported();
    const pipe = node.pipe as Loose[] | undefined;
    if (pipe) return withActions(compile(pipe[0], depth), pipe[0].type as string, pipe.slice(1));
    const type = node.type;
    if ((type === 'array' || type === 'strict_object') && depth >= maxDepth) unsupported();
    if (type === 'string') return isText;
    if (type === 'number') return isNumber;
    if (type === 'boolean') return isBoolean;
    if (type === 'literal' || type === 'picklist') {
      const options = (type === 'literal' ? [node.literal] : node.options) as string[];
      if (!options.every((option) => typeof option === 'string')) unsupported();
      return (value) => (options.includes(value as string) ? value : refuse());
    }
    if (type === 'optional') {
      if (node.default !== undefined) unsupported();
      const wrapped = compile(node.wrapped as Loose, depth);
      return (value) => (value === undefined ? value : wrapped(value));
    }
    if (type === 'array') return walk.list(compile(node.item as Loose, depth + 1), tally, maxList);
    if (type !== 'strict_object') unsupported();
    const schemas = node.entries as Record<string, Loose>;
    const keys = Object.keys(schemas);
    const optional = keys.map((key) => {
      const type = schemas[key].type;
      if (type === 'exact_optional' || type === 'nullish') unsupported();
      return type === 'optional';
    });
    const steps = keys.map((key) => compile(schemas[key], depth + 1));
    return walk.object({ keys, steps, optional, collecting: collect?.(schemas) ?? false }, tally);
  };

  /** A pipe's validation actions, folded into one test after the base schema's. */
  const withActions = (base: Step, type: string, actions: Loose[]): Step => {
    // For a text or a list, `min` and `max` bound its length; for a number, its value.
    const measure = type === 'number' ? 'value' : 'length';
    let min = type === 'number' ? -Infinity : 0;
    let max = Infinity;
    let integer = false;
    const patterns: RegExp[] = [];
    for (const action of actions) {
      const requirement = action.requirement;
      if (action.kind === 'metadata') continue;
      if (typeof requirement === 'number' && action.type === `min_${measure}`) min = Math.max(min, requirement);
      else if (typeof requirement === 'number' && action.type === `max_${measure}`) max = Math.min(max, requirement);
      else if (action.type === 'integer' && type === 'number') integer = true;
      else if (action.type === 'regex' && type === 'string' && requirement instanceof RegExp && !requirement.global && !requirement.sticky) patterns.push(requirement);
      else unsupported();
    }
    // One step, not two, for the most common values: texts and numbers.
    if (base === isNumber)
      return (value) => (typeof value === 'number' && value >= min && value <= max && (!integer || Number.isInteger(value)) ? value : refuse());
    if (base === isText)
      return (value) => {
        if (typeof value !== 'string' || value.length < min || value.length > max) refuse();
        for (let i = 0; i < patterns.length; i++) if (!patterns[i].test(value as string)) refuse();
        return value;
      };
    if (type === 'number')
      return (value) => {
        const n = base(value) as number;
        return n >= min && n <= max && (!integer || Number.isInteger(n)) ? n : refuse();
      };
    if (type !== 'string' && type !== 'array') unsupported();
    return (value) => {
      const out = base(value) as string | unknown[];
      if (out.length < min || out.length > max) refuse();
      for (let i = 0; i < patterns.length; i++) if (!patterns[i].test(out as string)) refuse();
      return out;
    };
  };

  let root: Step;
  try {
    root = compile(schema as unknown as Loose, 0);
  } catch {
    // Something it does not know, or a schema shaped as we did not expect: no fast path (a test makes sure ours has one).
    return undefined;
  }
  return {
    run(input) {
      tally.values = 1;
      tally.collected = [];
      try {
        const output = root(input);
        return { output, ...tally };
      } catch {
        // REFUSED, or whatever the input threw at us (a getter, a proxy): the full path will say.
        return undefined;
      }
    },
  };
}
