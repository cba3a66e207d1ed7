/** Registers every element. */
import './define/dossier-provider.js';
import './define/dossier-overview.js';
import './define/tree-infographic.js';
import './define/approach-comparator.js';
import './define/factor-card.js';
import './define/factor-grid.js';
import './define/practice-profile.js';

export * from './index.js';
