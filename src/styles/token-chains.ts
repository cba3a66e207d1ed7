import { unsafeCSS } from 'lit';
import { tokenDeclarations } from './token-map.js';

/**
 * The role chains of `TOKEN_ROLES` as declarations for the `:host` rule of the shared token sheet (`tokens.ts`).
 * In a module of its own: the build minifies no template in a file that calls `unsafeCSS()`.
 */
export const tokenChains = unsafeCSS(tokenDeclarations());
