/**
 * The profile file (`<practice-profile>`'s export, issue 25), defined once with valibot as the dossier is in
 * `schema.ts`: the runtime check (`profile.ts`) and the published JSON Schema (`data/profile.schema.json`,
 * written by `npm run schema`). Checks against the dossier the profile describes itself by (unknown goal,
 * factor, craft or level ids; another dossier) are in `profileIntegrity`, since JSON Schema cannot say them.
 *
 * Everything in a profile is the team's own text: plain strings with a length limit, rendered as text.
 * Unlike the dossier's texts they may be empty (an answer not written yet).
 */
import * as v from 'valibot';
import { ID_PATTERN, MAX_TEXT } from './constants.js';
import { PROFILE_FORMAT } from './profile.types.js';

// Messages are issue codes, translated by `issues.ts`, as in `schema.ts`.
const Id = v.pipe(v.string(), v.maxLength(80, 'too-long'), v.regex(ID_PATTERN, 'invalid-id'));
const Line = v.pipe(v.string(), v.maxLength(200, 'too-long'));
const Prose = v.pipe(v.string(), v.maxLength(MAX_TEXT, 'too-long'));
/** Most answers of one kind: far above any dossier's goals or factors, far below what costs time. */
export const MAX_ANSWERS = 200;

/** 0 = not, 1 = present, 2 = clear, 3 = central; `null` = not answered. */
export const PresenceSchema = v.nullable(
  v.pipe(v.number(), v.integer('out-of-range'), v.minValue(0, 'out-of-range'), v.maxValue(3, 'out-of-range')),
);

export const ProfileAnswerSchema = v.strictObject({
  presence: PresenceSchema,
  note: Prose,
});

const answers = v.pipe(v.record(Id, ProfileAnswerSchema), v.maxEntries(MAX_ANSWERS, 'too-many'));

export const ProfileSchema = v.strictObject({
  $schema: v.optional(v.pipe(v.string(), v.maxLength(2000, 'too-long'))),
  format: v.literal(PROFILE_FORMAT),
  /** The dossier's `meta.url` (see `profileKey`). */
  dossier: v.pipe(v.string(), v.maxLength(2000, 'too-long')),
  practice: v.strictObject({
    name: Line,
    neighbourhood: Line,
    date: v.pipe(v.string(), v.regex(/^(?:\d{4}-\d{2}-\d{2})?$/, 'invalid-date')),
    context: Prose,
    question: Prose,
  }),
  goals: answers,
  levels: v.strictObject({
    ids: v.pipe(v.array(Id), v.maxLength(MAX_ANSWERS, 'too-many')),
    note: Prose,
  }),
  factors: answers,
  crafts: answers,
  updated: v.pipe(v.string(), v.maxLength(40, 'too-long')),
});
