/** Types of the dossier model, inferred from the one schema definition in `schema.ts`. */
import type { InferOutput } from 'valibot';
import type {
  ActorSchema,
  ApproachSchema,
  BasisSchema,
  COLLECTIONS,
  ConceptSchema,
  CraftSchema,
  DossierSchema,
  FactorSchema,
  GoalSchema,
  LevelSchema,
  LocalizedTextSchema,
  MetaSchema,
  REGIONS,
  PromptSchema,
  ReferenceSchema,
  StatementSchema,
  TreePartSchema,
} from './schema.js';

export type Dossier = InferOutput<typeof DossierSchema>;
export type Meta = InferOutput<typeof MetaSchema>;
export type LocalizedText = InferOutput<typeof LocalizedTextSchema>;
export type Basis = InferOutput<typeof BasisSchema>;
export type Statement = InferOutput<typeof StatementSchema>;
export type Goal = InferOutput<typeof GoalSchema>;
export type Approach = InferOutput<typeof ApproachSchema>;
export type Craft = InferOutput<typeof CraftSchema>;
export type Factor = InferOutput<typeof FactorSchema>;
export type Level = InferOutput<typeof LevelSchema>;
export type Actor = InferOutput<typeof ActorSchema>;
export type Concept = InferOutput<typeof ConceptSchema>;
export type Reference = InferOutput<typeof ReferenceSchema>;
export type TreePart = InferOutput<typeof TreePartSchema>;
export type Prompt = InferOutput<typeof PromptSchema>;
export type Collection = (typeof COLLECTIONS)[number];
export type Region = (typeof REGIONS)[number];
/** A language the data and the UI speak. */
export type Lang = 'nl' | 'en';

/** The kind of an item, named after its collection in the singular. */
export type ItemKind = 'goal' | 'approach' | 'craft' | 'factor' | 'level' | 'actor' | 'concept';

/** Every item of any collection. */
export type Item = Goal | Approach | Craft | Factor | Level | Actor | Concept;

/** What a collection holds, by collection name. */
export interface ItemsByCollection {
  goals: Goal;
  approaches: Approach;
  crafts: Craft;
  factors: Factor;
  levels: Level;
  actors: Actor;
  concepts: Concept;
}
