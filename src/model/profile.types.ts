/**
 * A team's own practice described in the dossier's terms (`<practice-profile>`, issue 25).
 *
 * This file is the contract between the model (validation, storage, distance, prompts: `profile*.ts`
 * beside it) and the elements (the form, the one-pager, and every element that shows emphasis).
 * Types only: no DOM, no runtime.
 */
import type { Basis, LocalizedText, Statement } from './types.js';

/** The file format of an exported profile; an import with another value is refused. */
export const PROFILE_FORMAT = 'wat-werkt-practice/1';

/**
 * How present something is in the team's work: 0 = not, 1 = present, 2 = clear, 3 = central.
 * 1–3 are the same scale as an approach's emphasis weight, so a profile's answers are weights.
 * `null`: not answered yet (an unanswered item is not shown as "not").
 */
export type Presence = 0 | 1 | 2 | 3 | null;

/** An answer about one goal, factor or craft form. */
export interface ProfileAnswer {
  presence: Presence;
  /** The team's note (goals, crafts) or concrete example from its practice (factors). Plain text. */
  note: string;
}

/** A team's profile of its practice. Everything in it is the team's own words and judgement. */
export interface PracticeProfile {
  format: typeof PROFILE_FORMAT;
  /** The dossier it describes itself against: the dossier's `meta.url` (its storage key too). */
  dossier: string;
  practice: {
    /** Project or team name. */
    name: string;
    neighbourhood: string;
    /** ISO date (yyyy-mm-dd) the team filled it in, or ''. */
    date: string;
    /** Their context and question, in their own words (optional: ''). */
    context: string;
    question: string;
  };
  /** By goal id. */
  goals: Record<string, ProfileAnswer>;
  /** Level ids they work at, and a note. */
  levels: { ids: string[]; note: string };
  /** By factor id; `note` is their concrete example. */
  factors: Record<string, ProfileAnswer>;
  /** By craft id: the attention the craft form gets. */
  crafts: Record<string, ProfileAnswer>;
  /** ISO timestamp of the last change. */
  updated: string;
}

/**
 * Where an emphasis comes from: one of the dossier's approaches, or the team's profile.
 * Every element that shows emphasis (tree, comparator, cards, grid) takes its sources from
 * one function of the model and draws each the same way; a profile is marked as the team's own.
 */
export type EmphasisSourceKind = 'approach' | 'profile';

/** The id a profile has as an emphasis source (in `Selection.approach` when it is the active one). Never a valid dossier id. */
export const PROFILE_SOURCE_ID = '~practice';

/** A statement from the dossier that applies to the team's answers, with the rule that found it. */
export interface ReflectionPrompt {
  /** The rule's id in the data's `prompts`. */
  id: string;
  /** The item the statement belongs to (a goal, factor, craft, level, approach or concept id). */
  item: string;
  statement: Statement;
  /** Why it is shown, in the UI's words (e.g. "You give political-strategic craft little attention"). */
  because: LocalizedText;
  /**
   * What in the profile it answers: `presence` an answer about `about` (a goal, factor, craft form or level),
   * `levels` the number of levels chosen, `comparison` the comparison with the approaches (show it there).
   */
  when: 'presence' | 'levels' | 'comparison';
  /** The answered item, for `when: 'presence'`; else null. */
  about: string | null;
  /** How we know the rule applies: our reading (`interpretation`), shown as such. The statement has its own basis. */
  ruleBasis: Basis;
}
