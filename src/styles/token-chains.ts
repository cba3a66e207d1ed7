import { unsafeCSS } from 'lit';
import { tokenDeclarations } from './token-map.js';

/**
 * The role chains of `TOKEN_ROLES` as one `:host` rule, for the shared token sheet (`tokens.ts`).
 * In a module of its own: the build minifies no template in a file that calls `unsafeCSS()`.
 */
export const tokenChains = unsafeCSS(`:host{${tokenDeclarations()}}`);
