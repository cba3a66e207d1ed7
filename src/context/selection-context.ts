import { createContext } from '@lit/context';
import type { ItemKind } from '../model/types.js';

export interface SelectedItem {
  id: string;
  kind: ItemKind;
}

/** The user's selection, shared by every element around one provider. */
export interface Selection {
  /** The active approach, whose emphasis elements highlight. */
  approach: string | null;
  /** The selected item. */
  item: SelectedItem | null;
  /** A URL that opens the page with this selection, when the provider keeps it in the URL (`deep-link`). */
  link?: string | null;
}

/** The selection plus the way to change it; a new object on every change. */
export interface SelectionState extends Selection {
  setApproach(approach: string | null): void;
  select(item: SelectedItem | null): void;
}

export const selectionContext = createContext<SelectionState>(Symbol.for('wat-werkt.selection@1'));
