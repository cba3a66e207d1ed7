// Every element registered in src/all.ts has a stories file, whose stories test/stories/*.stories.test.ts check.
import { expect } from '@open-wc/testing';
import * as dossierProvider from '../../stories/dossier-provider.stories.js';
import * as dossierOverview from '../../stories/dossier-overview.stories.js';
import * as treeInfographic from '../../stories/tree-infographic.stories.js';
import * as factorCard from '../../stories/factor-card.stories.js';
import * as factorGrid from '../../stories/factor-grid.stories.js';
import * as approachComparator from '../../stories/approach-comparator.stories.js';
import * as embed from '../../stories/embed.stories.js';
import * as practiceProfile from '../../stories/practice-profile.stories.js';

const STORY_MODULES = [dossierProvider, dossierOverview, treeInfographic, factorCard, factorGrid, approachComparator, embed, practiceProfile] as unknown as { default: { component?: string } }[];

describe('stories', () => {
  it('every element registered in src/all.ts has a stories file', async () => {
    const all = await (await fetch(new URL('../../src/all.ts', import.meta.url))).text();
    const tags = [...all.matchAll(/define\/([a-z][a-z0-9-]*)\.[jt]s/g)].map((m) => m[1]);
    expect(tags.length).to.be.greaterThan(1);
    const covered = STORY_MODULES.map((m) => m.default.component);
    expect(tags.filter((tag) => !covered.includes(tag)), 'elements without stories').to.deep.equal([]);
  });
});
