/** Registers every element. */
import './define/dossier-provider.js';
import './define/dossier-overview.js';

export * from './index.js';
