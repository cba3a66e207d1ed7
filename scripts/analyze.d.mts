/** Writes .storybook/custom-elements.json (see analyze.mjs); resolves to the tag names it documents. */
export function writeManifest(options?: { quiet?: boolean }): Promise<string[]>;
