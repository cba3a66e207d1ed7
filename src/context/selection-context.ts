import { createContext } from '@lit/context';
import type { PracticeProfile } from '../model/profile.types.js';
import type { ItemKind } from '../model/types.js';

export interface SelectedItem {
  id: string;
  kind: ItemKind;
}

/** The user's selection, shared by every element around one provider. */
export interface Selection {
  /**
   * The active emphasis source, whose emphasis elements highlight: an approach's id, or `PROFILE_SOURCE_ID`
   * (`'~practice'`) for the team's own practice profile.
   */
  approach: string | null;
  /** The selected item. */
  item: SelectedItem | null;
  /** A URL that opens the page with this selection, when the provider keeps it in the URL (`deep-link`). */
  link?: string | null;
  /**
   * The team's practice profile (issue 25), an emphasis source beside the approaches in every element; null when
   * there is none. A provider loads it from the browser's storage for its dossier and keeps it there; it is never
   * put in a link. Optional: a provider of an older copy of the library has none.
   */
  profile?: PracticeProfile | null;
  /** What went wrong reading the stored profile (set aside as corrupt, storage unavailable); null when nothing did. */
  profileProblem?: ProfileProblem | null;
}

/** A stored profile that could not be used: what `loadProfile` said (see `src/model/profile-store.ts`). */
export type ProfileProblem =
  | { state: 'corrupt'; raw: string; issues: import('../model/issue-core.js').ValidationIssue[]; keptAs: string }
  | { state: 'unavailable' | 'not-saved'; detail: string };

/** The selection plus the way to change it; a new object on every change. */
export interface SelectionState extends Selection {
  setApproach(approach: string | null): void;
  select(item: SelectedItem | null): void;
  /** Replaces the profile and keeps it (null deletes it, and everything set aside for it). */
  setProfile?(profile: PracticeProfile | null): void;
}

export const selectionContext = createContext<SelectionState>(Symbol.for('wat-werkt.selection@1'));
