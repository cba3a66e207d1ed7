/** Registers `<approach-comparator>`. */
import { ApproachComparator } from '../components/approach-comparator/approach-comparator.js';
import { define } from '../define.js';

define('approach-comparator', ApproachComparator);
export { ApproachComparator };
