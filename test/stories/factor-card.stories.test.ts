// Every story of stories/factor-card.stories.ts renders and passes axe (test/stories/story-check.ts).
import * as stories from '../../stories/factor-card.stories.js';
import { describeStories, type StoryModule } from './story-check.js';

describeStories('factor-card.stories.ts', stories as unknown as StoryModule);
