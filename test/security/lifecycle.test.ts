// Mounting and removing every element many times: no errors, nothing left behind. The heap
// bound itself is measured by the benchmark with bench/mount-cycles.ts (this Chromium runs
// without --expose-gc, so heap figures here are too coarse to assert on).
import { expect } from '@open-wc/testing';
import { mountCycles } from '../../bench/mount-cycles.js';
import { PageGuard } from './helpers.js';

describe('mount and unmount cycles', function () {
  // A bound on a hang: WebKit on busy cores took over 2 minutes for the cycles.
  this.timeout(600_000);
  let tags: string[] = [];
  const guard = new PageGuard();
  const originalWarn = console.warn;
  const originalError = console.error;

  before(async () => {
    tags = ((await import('/__test/define-all.js' as string)) as { tags: string[] }).tags;
  });
  beforeEach(() => {
    // <factor-card> alone, without a factor attribute, says so on the console.
    console.warn = () => {};
    console.error = () => {};
    guard.start();
  });
  afterEach(() => {
    console.warn = originalWarn;
    console.error = originalError;
    guard.stop();
  });

  it('every element, 40 times in a provider and 40 times alone: no error, no node left in the page', async () => {
    // Every file in src/define/ (a new element is cycled too; this fails if the list comes back short).
    expect(tags.length).to.equal(7);
    expect(tags).to.include('practice-profile');
    for (const tag of tags) {
      const inProvider = await mountCycles(
        () => {
          const provider = document.createElement('dossier-provider');
          provider.setAttribute('src', '/__test/dossier');
          if (tag !== 'dossier-provider') provider.append(document.createElement(tag));
          return provider;
        },
        { cycles: 40, warmup: 2 },
      );
      const alone = await mountCycles(() => document.createElement(tag), { cycles: 40, warmup: 2 });
      expect(inProvider.leftover + alone.leftover, tag).to.equal(0);
    }
    expect(guard.problems()).to.deep.equal([]);
  });

  it('an element alone, mounted and removed, leaves no request waiting for a provider', async () => {
    // The root is made by the first element that asks for a provider: none yet when this test runs alone.
    const pending = () => (globalThis as { [key: symbol]: { size: number } | undefined })[Symbol.for('wat-werkt.context-root')]?.size ?? 0;
    const before = pending();
    await mountCycles(() => document.createElement('factor-card'), { cycles: 40, warmup: 2 });
    // At most the last card's two requests (dossier and selection) until the next request drops them.
    expect(pending()).to.be.at.most(before + 2);
  });
});
