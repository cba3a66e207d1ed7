/** Registers `<tree-infographic>`. */
import { TreeInfographic } from '../components/tree-infographic/tree-infographic.js';
import { define } from '../define.js';

define('tree-infographic', TreeInfographic);
export { TreeInfographic };
