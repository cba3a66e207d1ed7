import { expect } from '@open-wc/testing';
import { FactorCard } from './components/factor-card/factor-card.js';
import { define } from './define.js';
import { VERSION } from './version.js';

const freshTag = () => `ww-define-test-${Math.random().toString(36).slice(2)}`;

describe('define()', () => {
  const original = console.warn;
  let warnings: string[];
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  });
  afterEach(() => (console.warn = original));

  it('registers a tag once; defining it again with the same class is silent', () => {
    const tag = freshTag();
    const Card = class extends FactorCard {};
    define(tag, Card);
    expect(customElements.get(tag)).to.equal(Card);
    define(tag, Card);
    define(tag, class extends FactorCard {});
    expect(customElements.get(tag)).to.equal(Card);
    expect(warnings, 'same version: nothing to say').to.deep.equal([]);
  });

  it('names both versions when another version of wat-werkt holds the tag', () => {
    const tag = freshTag();
    define(tag, class extends FactorCard {});
    define(
      tag,
      class extends FactorCard {
        static override readonly version = '0.0.1-other';
      },
    );
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`<${tag}> is already defined by wat-werkt ${VERSION}; wat-werkt 0.0.1-other was not registered`);
  });

  it('says so when the tag belongs to another library, and leaves that one in place', () => {
    const tag = freshTag();
    const Foreign = class extends HTMLElement {};
    customElements.define(tag, Foreign);
    define(tag, class extends FactorCard {});
    expect(customElements.get(tag)).to.equal(Foreign);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`<${tag}> is already defined by another script; wat-werkt ${VERSION} was not registered`);
    expect(warnings[0]).not.to.contain('unknown');
  });
});
