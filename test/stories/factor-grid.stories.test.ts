// Every story of stories/factor-grid.stories.ts renders and passes axe (test/stories/story-check.ts).
import * as stories from '../../stories/factor-grid.stories.js';
import { describeStories, type StoryModule } from './story-check.js';

describeStories('factor-grid.stories.ts', stories as unknown as StoryModule);
