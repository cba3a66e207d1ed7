// Every story of stories/approach-comparator.stories.ts renders and passes axe (test/stories/story-check.ts).
import * as stories from '../../stories/approach-comparator.stories.js';
import { describeStories, type StoryModule } from './story-check.js';

describeStories('approach-comparator.stories.ts', stories as unknown as StoryModule);
