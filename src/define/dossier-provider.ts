/** Registers `<dossier-provider>`. */
import { DossierProvider } from '../components/dossier-provider/dossier-provider.js';
import { define } from '../define.js';

define('dossier-provider', DossierProvider);
export { DossierProvider };
