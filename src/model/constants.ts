/**
 * The format's constants, apart from the valibot schema that uses them (`schema.ts`), so that
 * elements can use them (links checked at render, the collections) without carrying the
 * validator: it is a chunk of its own, loaded when a dossier has to be checked.
 */

/** Largest profile file (`<practice-profile>`'s export) we read, in characters: a full profile is some 60,000. */
export const MAX_PROFILE_DOCUMENT = 200_000;

/** Marker of the format and its major version; bumped on breaking changes. */
export const FORMAT = 'wat-werkt-dossier@1';

/** Longest text we accept in one field: generous for prose, fatal for abuse. */
export const MAX_TEXT = 4000;
/** Longest list we accept anywhere. */
export const MAX_LIST = 2000;
/**
 * Most values (objects, lists, texts, numbers) one dossier may hold: enough for about
 * 10,000 items (the benchmark's largest dossier has 219,000 values), some 130 times the
 * shipped dossier. Checked before the schema runs, so that hostile input such as a list
 * of a million entries is refused in milliseconds instead of producing a million issues.
 */
export const MAX_VALUES = 250_000;
/**
 * A dossier of up to this many values gets every problem reported; a larger one only the
 * first problem the schema finds, so that a large hostile document costs one pass, not
 * hundreds of thousands of issues.
 */
export const MAX_REPORTED_VALUES = 50_000;
/** Largest dossier file we read: bytes when fetched, characters when parsed from text. */
export const MAX_DOCUMENT = 5_000_000;

/** Lowercase words joined by dashes: stable, readable, safe in URLs and CSS. */
export const ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/** Only these link schemes are allowed; everything else (javascript:, data:, …) is refused. */
export const SAFE_LINK_PATTERN = /^(?:[Hh][Tt][Tt][Pp][Ss]?:\/\/|[Mm][Aa][Ii][Ll][Tt][Oo]:)\S+$/;

/** The collections an item can belong to, and so the parts of the tree can hold. */
export const COLLECTIONS = ['goals', 'approaches', 'crafts', 'factors', 'levels', 'actors', 'concepts'] as const;
/** The regions of a tree that a renderer knows how to draw. */
export const REGIONS = ['heart', 'branches', 'trunk', 'roots', 'soil', 'surroundings'] as const;
