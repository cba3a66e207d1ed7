// Every story of stories/tree-infographic.stories.ts renders and passes axe (test/stories/story-check.ts).
import * as stories from '../../stories/tree-infographic.stories.js';
import { describeStories, type StoryModule } from './story-check.js';

describeStories('tree-infographic.stories.ts', stories as unknown as StoryModule);
