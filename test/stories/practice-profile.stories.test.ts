// Every story of stories/practice-profile.stories.ts renders and passes axe (test/stories/story-check.ts).
import * as stories from '../../stories/practice-profile.stories.js';
import { describeStories, type StoryModule } from './story-check.js';

describeStories('practice-profile.stories.ts', stories as unknown as StoryModule);
