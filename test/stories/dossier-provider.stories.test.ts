// Every story of stories/dossier-provider.stories.ts renders and passes axe (test/stories/story-check.ts).
import * as stories from '../../stories/dossier-provider.stories.js';
import { describeStories, type StoryModule } from './story-check.js';

describeStories('dossier-provider.stories.ts', stories as unknown as StoryModule);
