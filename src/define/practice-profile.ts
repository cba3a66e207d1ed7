/** Registers `<practice-profile>`. */
import { PracticeProfileElement } from '../components/practice-profile/practice-profile.js';
import { define } from '../define.js';

define('practice-profile', PracticeProfileElement);
export { PracticeProfileElement };
