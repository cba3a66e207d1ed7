// Every story of stories/dossier-overview.stories.ts renders and passes axe (test/stories/story-check.ts).
import * as stories from '../../stories/dossier-overview.stories.js';
import { describeStories, type StoryModule } from './story-check.js';

describeStories('dossier-overview.stories.ts', stories as unknown as StoryModule);
