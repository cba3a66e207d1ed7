/**
 * Shared export code: pictures as standalone SVG text (`svg-text.ts`), the frame with title,
 * selection and source line (`frame.ts`), fixed page sizes (`page.ts`), an SVG drawn under an
 * element's styles made standalone (`inline-styles.ts`), PNG and download (`download.ts`).
 * Elements load their picture module on first use, which imports from here.
 */
export * from './svg-text.js';
export * from './frame.js';
export * from './page.js';
export * from './inline-styles.js';
export * from './download.js';
export { exportMessages, type ExportMessages } from './export.messages.js';
