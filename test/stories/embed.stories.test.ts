// Every story of stories/embed.stories.ts renders and passes axe (test/stories/story-check.ts).
import * as stories from '../../stories/embed.stories.js';
import { describeStories, type StoryModule } from './story-check.js';

describeStories('embed.stories.ts', stories as unknown as StoryModule);
