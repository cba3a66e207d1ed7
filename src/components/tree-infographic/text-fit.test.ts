// Wrapping the tree's labels: every line fits, no word is lost or reordered, lines are filled
// greedily, and a word too long for any line is hyphenated. With the canvas measurer the tree uses.
import { expect } from '@open-wc/testing';
import fc from '../../../test/fast-check.js'; // fast-check with the fixed seed
import { createMeasure, longestWord, wrapText } from './text-fit.js';

const measure = createMeasure('system-ui, sans-serif', 14);
const width = (s: string) => measure(s);

/** Texts of words from a few letters (Dutch accents included), with runs of spaces and tabs between them. */
const words = (letters: string, maxLength: number) =>
  fc.array(fc.stringMatching(new RegExp(`^[${letters}]{1,${maxLength}}$`)), { minLength: 1, maxLength: 12 });
const spaced = (list: string[], gaps: string[]) => list.map((w, i) => w + (gaps[i] ?? ' ')).join('');
const gap = fc.array(fc.constantFrom(' ', '  ', '\t', ' \n'), { maxLength: 12 });

describe('text-fit', () => {
  it('measures a line as the sum of its words and spaces, so a line can be measured as it grows', () => {
    expect(measure('Ruimte voor verschil')).to.be.closeTo(measure('Ruimte') + measure('voor') + measure('verschil') + 2 * measure(' '), 1e-9);
    expect(measure('Ruimte', true)).to.be.greaterThan(measure('Ruimte'));
  });

  it('keeps a label that fits on one line, with its whitespace folded', () => {
    expect(wrapText('  Coalities \t en   netwerken ', 1000, width)).to.deep.equal(['Coalities en netwerken']);
    expect(wrapText('', 100, width)).to.deep.equal(['']);
  });

  it('breaks after a hyphen or slash before it breaks inside a word', () => {
    const text = 'buurt-/wijkniveau';
    const lines = wrapText(text, width('wijkniveau') + 1, width);
    expect(lines).to.deep.equal(['buurt-/', 'wijkniveau']);
    expect(longestWord(text, width)).to.equal(width('wijkniveau'));
  });

  it('never breaks at a no-break space: "· meso" stays together on the next line', () => {
    const text = 'niveaus micro ·\u00a0meso';
    const lines = wrapText(text, width('niveaus micro ·') + 1, width);
    expect(lines).to.deep.equal(['niveaus micro', '·\u00a0meso']);
    expect(longestWord(text, width)).to.equal(Math.max(width('niveaus'), width('micro'), width('·\u00a0meso')));
  });

  it('hyphenates a word longer than a line at a Dutch syllable boundary', () => {
    const lines = wrapText('Gebiedscoördinatoren', width('Gebiedscoördina-'), width);
    expect(lines).to.deep.equal(['Gebiedscoördina-', 'toren']);
  });

  it('fits every line, keeps every word in order, and fills each line as far as the next word allows', () => {
    fc.assert(
      fc.property(words('a-zéëï', 9), gap, fc.integer({ min: 60, max: 400 }), (list, gaps, max) => {
        const lines = wrapText(spaced(list, gaps), max, width);
        for (const line of lines) expect(width(line), line).to.be.at.most(max);
        // The alphabet has no hyphen: a line ending in one is a word broken because it fitted on no line.
        const broken = lines.some((line) => line.endsWith('-'));
        if (!broken) {
          expect(lines.join(' ')).to.equal(list.join(' '));
          for (let i = 1; i < lines.length; i++) {
            const next = lines[i].split(' ')[0];
            expect(width(`${lines[i - 1]} ${next}`), `"${next}" would have fitted after "${lines[i - 1]}"`).to.be.greaterThan(max);
          }
        } else {
          expect(lines.join('').replace(/[-\s]/g, '')).to.equal(list.join(''));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('breaks long words into pieces that each fit, never shorter than three letters where the word allows', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{12,40}$/), fc.integer({ min: 60, max: 120 }), (word, max) => {
        const lines = wrapText(word, max, width);
        expect(lines.join('').replace(/-/g, '')).to.equal(word);
        for (const line of lines) {
          expect(width(line), line).to.be.at.most(max);
          expect(line.replace(/-$/, '').length, line).to.be.at.least(3);
        }
        for (const line of lines.slice(0, -1)) expect(line.endsWith('-')).to.equal(true);
      }),
      { numRuns: 200 },
    );
  });
});
