/**
 * The text of a live region's `n`th message: a live region speaks only when its text changes, so a
 * message said again (the same item selected twice, a second refusal) ends every other time in a
 * no-break space, which screen readers do not read.
 */
export const liveText = (text: string, n: number): string => (n % 2 ? `${text}\u00a0` : text);
