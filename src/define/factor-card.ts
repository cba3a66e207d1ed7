/** Registers `<factor-card>`. */
import { FactorCard } from '../components/factor-card/factor-card.js';
import { define } from '../define.js';

define('factor-card', FactorCard);
export { FactorCard };
