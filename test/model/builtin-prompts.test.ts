import { expect } from '@open-wc/testing';
import { loadBuiltinDossier } from '../../src/model/builtin.js';
import { loadBuiltinPrompts, withBuiltinPrompts } from '../../src/model/builtin-prompts.js';
import { dossierCopy } from '../helpers.js';

// The built-in dossier is loaded in two parts (issue 22's one-card page): the prompts only <practice-profile> uses
// are a chunk of their own, split from data/samenlevingsopbouw.json when built (here by the test server, the same
// code: scripts/lib/builtin-parts.mjs). Nothing may be lost or changed by the split and the join.
describe('the built-in dossier in two parts', () => {
  it('gives the dossier without prompts, and joins them, whole and unchanged, for the profile', async () => {
    const file = await dossierCopy();
    expect(file.prompts, 'the data file has prompts').to.have.length(28);
    const result = await loadBuiltinDossier();
    if (!result.ok) throw new Error('the built-in dossier did not load');
    const core = result.dossier;
    expect(core.prompts).to.equal(undefined);
    const { prompts, ...rest } = file;
    expect(core).to.deep.equal(rest);

    expect(withBuiltinPrompts(core), 'not yet loaded').to.equal(undefined);
    await loadBuiltinPrompts();
    const joined = withBuiltinPrompts(core)!;
    expect(joined.prompts).to.deep.equal(prompts);
    expect({ ...joined, prompts: undefined }).to.deep.equal({ ...rest, prompts: undefined });
    expect(withBuiltinPrompts(core), 'the same object every time').to.equal(joined);
  });

  it('leaves a dossier a host gives as it is: it carries its own prompts', async () => {
    const host = await dossierCopy();
    expect(withBuiltinPrompts(host)).to.equal(host);
    delete host.prompts;
    expect(withBuiltinPrompts(host), 'none of the built-in ones added').to.equal(host);
    expect(host.prompts).to.equal(undefined);
  });
});
