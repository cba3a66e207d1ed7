/** Registers `<dossier-overview>`. */
import { DossierOverview } from '../components/dossier-overview/dossier-overview.js';
import { define } from '../define.js';

define('dossier-overview', DossierOverview);
export { DossierOverview };
