/**
 * The dossier model: types, schema, validation, loading and queries. No DOM.
 * @packageDocumentation
 */
export * from './types.js';
export { DossierSchema, FORMAT, ID_PATTERN, SAFE_LINK_PATTERN, COLLECTIONS, REGIONS, MAX_TEXT, MAX_LIST, MAX_VALUES, MAX_DOCUMENT } from './schema.js';
export { validateDossier, type ValidationResult, type ValidateOptions } from './validate.js';
export { formatIssue, formatPath, type ValidationIssue, type IssueCode } from './issues.js';
export { parseDossier, fetchDossier, fromValue, type LoadResult, type DossierLoadError, type LoadErrorKind, type FetchOptions } from './load.js';
export { loadBuiltinDossier } from './builtin.js';
export { loadBuiltinPrompts, withBuiltinPrompts } from './builtin-prompts.js';
export * from './query.js';
export { walkTexts } from './integrity.js';
export * from './profile.types.js';
export { ProfileSchema } from './profile-schema.js';
export { MAX_PROFILE_DOCUMENT } from './constants.js';
export { emptyProfile, hasAnswers, parseProfileFile, profileFileText, profileIntegrity, profileKey, validateProfile, type ProfileResult } from './profile.js';
export * from './emphasis-sources.js';
export { distanceTo, profileDistances, type ApproachDistance, type DistanceTerm } from './profile-distance.js';
export { PROFILE_STORAGE_PREFIX, deleteProfile, loadProfile, saveProfile, setAsideProfiles, type ProfileStorage, type SaveResult, type StoredProfile } from './profile-store.js';
export { applies, presenceOf, reflectionPrompts } from './profile-prompts.js';
