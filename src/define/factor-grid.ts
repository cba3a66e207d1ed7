/** Registers `<factor-grid>`, and the `<factor-card>` and `<dossier-provider>` it uses. */
import './dossier-provider.js';
import './factor-card.js';
import { FactorGrid } from '../components/factor-grid/factor-grid.js';
import { define } from '../define.js';

define('factor-grid', FactorGrid);
export { FactorGrid };
