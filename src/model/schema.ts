/**
 * The dossier format, defined once with valibot.
 *
 * This single definition gives three things: the TypeScript types (`types.ts`),
 * the structural runtime check (`validate.ts`) and the published JSON Schema
 * (`data/dossier.schema.json`, written by `npm run schema`). Checks that need the
 * whole document (unknown or duplicate ids, required languages) live in
 * `integrity.ts`, because JSON Schema cannot express them.
 *
 * Only actions that JSON Schema can express are used here (regex, lengths,
 * picklists, integer ranges), so the generated schema is complete for structure.
 */
import * as v from 'valibot';

import {
  COLLECTIONS,
  FORMAT,
  ID_PATTERN,
  MAX_DOCUMENT,
  MAX_LIST,
  MAX_REPORTED_VALUES,
  MAX_TEXT,
  MAX_VALUES,
  REGIONS,
  SAFE_LINK_PATTERN,
} from './constants.js';

export { COLLECTIONS, FORMAT, ID_PATTERN, MAX_DOCUMENT, MAX_LIST, MAX_REPORTED_VALUES, MAX_TEXT, MAX_VALUES, REGIONS, SAFE_LINK_PATTERN };

// Messages here are issue codes, translated by `issues.ts`.
const Id = v.pipe(v.string(), v.maxLength(80, 'too-long'), v.regex(ID_PATTERN, 'invalid-id'));
const Text = v.pipe(v.string(), v.minLength(1, 'empty-text'), v.maxLength(MAX_TEXT, 'too-long'));
const Link = v.pipe(v.string(), v.maxLength(2000, 'too-long'), v.regex(SAFE_LINK_PATTERN, 'unsafe-link'));
const list = <T extends v.GenericSchema>(item: T, min = 0) =>
  min > 0
    ? v.pipe(v.array(item), v.minLength(min, 'empty-list'), v.maxLength(MAX_LIST, 'too-many'))
    : v.pipe(v.array(item), v.maxLength(MAX_LIST, 'too-many'));

/** A text in Dutch (required) and English. */
export const LocalizedTextSchema = v.strictObject({
  nl: Text,
  en: v.optional(Text),
});

/**
 * How we know something:
 * - `dossier`: the dossier's content as a seed presents it: Movisie's announcement or the talk report
 *   (the dossier itself was not available to us);
 * - `talk`: said in Marcel Spierts' talk on the dossier, drawing on other work too;
 * - `interpretation`: our reading where the sources are silent. Shown as such in the UI.
 */
export const BasisSchema = v.picklist(['dossier', 'talk', 'interpretation']);

/** Ids into `references`: every statement carries at least one. */
const Sources = list(Id, 1);

/** One traceable statement: text, how we know it, and where it comes from. */
export const StatementSchema = v.strictObject({
  text: LocalizedTextSchema,
  basis: BasisSchema,
  sources: Sources,
});

/** Weight of an emphasis: 1 = present, 2 = clear, 3 = central. */
export const WeightSchema = v.pipe(v.number(), v.integer('out-of-range'), v.minValue(1, 'out-of-range'), v.maxValue(3, 'out-of-range'));

const Count = v.pipe(v.number(), v.integer('out-of-range'), v.minValue(0, 'out-of-range'), v.maxValue(MAX_LIST, 'out-of-range'));

/** Fields every item shares. */
const itemEntries = {
  id: Id,
  name: LocalizedTextSchema,
  /** One sentence, shown on hover and in compact views. */
  summary: LocalizedTextSchema,
  /**
   * How we know what the summary says: a summary may go beyond the item's statements (a gloss of what a
   * name means), and is then our `interpretation`, shown as such.
   */
  summaryBasis: BasisSchema,
  /** What the sources say about the item, statement by statement. */
  statements: list(StatementSchema, 1),
  /** How we know the item itself belongs in the dossier. */
  basis: BasisSchema,
  sources: Sources,
};

const relation = <K extends string>(key: K) =>
  v.strictObject({
    ...({ [key]: Id } as { [P in K]: typeof Id }),
    weight: WeightSchema,
    basis: BasisSchema,
    sources: Sources,
  });

const link = <K extends string>(key: K) =>
  v.strictObject({
    ...({ [key]: Id } as { [P in K]: typeof Id }),
    basis: BasisSchema,
    sources: Sources,
  });

export const GoalSchema = v.strictObject({ ...itemEntries });

export const ApproachSchema = v.strictObject({
  ...itemEntries,
  /** Effective factors this approach leans on, with a weight. */
  emphasis: list(relation('factor')),
  /** Core goals this approach serves most, with a weight. */
  goals: list(relation('goal')),
  /** The craft form that leads in this approach. */
  leadingCraft: v.optional(link('craft')),
  /** The professional's role, typical methods and risks, where known. */
  role: v.optional(list(StatementSchema)),
  methods: v.optional(list(StatementSchema)),
  risks: v.optional(list(StatementSchema)),
});

export const CraftSchema = v.strictObject({
  ...itemEntries,
  /** Short names of what the craft consists of (e.g. timing, confronting). */
  aspects: v.optional(list(LocalizedTextSchema)),
});

export const FactorSchema = v.strictObject({
  ...itemEntries,
  /** Levels (micro, meso, macro) at which the factor plays. */
  levels: list(link('level')),
  /** Core goals the factor serves. */
  serves: list(link('goal')),
});

export const LevelSchema = v.strictObject({
  ...itemEntries,
  scale: v.picklist(['micro', 'meso', 'macro']),
  examples: v.optional(list(LocalizedTextSchema)),
});

export const ActorSchema = v.strictObject({
  ...itemEntries,
  setting: v.picklist(['formal', 'informal']),
});

export const ConceptSchema = v.strictObject({
  ...itemEntries,
  /** A definition quoted from the literature, with its source in `sources`. */
  quote: v.optional(LocalizedTextSchema),
});

export const ReferenceSchema = v.strictObject({
  id: Id,
  /** `seed`: a source text of this data; `literature`: named in the seeds; `background`: related work. */
  kind: v.picklist(['seed', 'literature', 'background']),
  /** The citation as it should be printed (not translated). */
  citation: Text,
  /** The language the citation is written in, so that a screen reader pronounces it right in either interface language. */
  lang: v.optional(v.picklist(['nl', 'en'])),
  /** Whether the work is identified with certainty, or only by what the seeds give. */
  identified: v.boolean(),
  url: v.optional(Link),
  note: v.optional(LocalizedTextSchema),
});


export const TreePartSchema = v.strictObject({
  id: Id,
  region: v.picklist(REGIONS),
  name: LocalizedTextSchema,
  /** Which collection of the dossier sits in this part of the tree. */
  holds: v.picklist(COLLECTIONS),
  /** Whether the placement is the dossier's (heart, roots) or ours. */
  basis: BasisSchema,
  sources: Sources,
  note: v.optional(LocalizedTextSchema),
});

/**
 * A reflection prompt's rule (issue 25): when a team's practice profile touches one of the data's statements, that
 * statement is shown to the team with its sources. The statement is the data's; the rule, when it applies, is our
 * reading (`basis`, `interpretation` for every rule we wrote). Flat, with a picklist, rather than a union of shapes,
 * so that the validation fast path (`fast-path.ts`) can still compile the schema. `integrity.ts` checks the rest:
 * - `presence`: applies when the team's answer about `item` (a goal, factor or craft form: 0–3; a level: 1 chosen,
 *   0 not chosen, unanswered while no level is chosen) lies within `min`–`max` (0–3, at least one given);
 * - `levels`: applies when the number of levels the team chose (at least one) lies within `min`–`max`;
 * - `comparison`: applies wherever a profile is compared with the approaches (it has answers); no `item`, `min`, `max`.
 */
export const PromptSchema = v.strictObject({
  id: Id,
  when: v.picklist(['presence', 'levels', 'comparison']),
  item: v.optional(Id),
  min: v.optional(Count),
  max: v.optional(Count),
  /** The statement shown: the `index`th of the item's `list` (default `statements`). */
  statement: v.strictObject({
    item: Id,
    list: v.optional(v.picklist(['statements', 'role', 'methods', 'risks'])),
    index: Count,
  }),
  /** Why it is shown, in the team's terms: the answer it rests on, never advice. */
  because: LocalizedTextSchema,
  basis: BasisSchema,
});

export const MetaSchema = v.strictObject({
  title: LocalizedTextSchema,
  subtitle: v.optional(LocalizedTextSchema),
  publisher: Text,
  year: v.pipe(v.number(), v.integer('out-of-range'), v.minValue(1900, 'out-of-range'), v.maxValue(2200, 'out-of-range')),
  url: v.optional(Link),
  /** How the dossier was made. */
  method: list(StatementSchema, 1),
  /** What it is for and for whom. */
  purpose: list(StatementSchema, 1),
  /** Who wrote this data file, and how. */
  compiledBy: v.optional(LocalizedTextSchema),
});

export const DossierSchema = v.strictObject({
  $schema: v.optional(v.pipe(v.string(), v.maxLength(2000, 'too-long'))),
  format: v.literal(FORMAT),
  meta: MetaSchema,
  concepts: list(ConceptSchema),
  goals: list(GoalSchema, 1),
  approaches: list(ApproachSchema, 1),
  crafts: list(CraftSchema, 1),
  factors: list(FactorSchema, 1),
  levels: list(LevelSchema, 1),
  actors: list(ActorSchema),
  references: list(ReferenceSchema, 1),
  tree: v.strictObject({ parts: list(TreePartSchema, 1) }),
  /** Reflection prompts for a team's practice profile (`<practice-profile>`): rules linking answers to statements. */
  prompts: v.optional(list(PromptSchema)),
});
