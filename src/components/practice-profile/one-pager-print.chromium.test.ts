// The one-pager printed to A4 PDF as its own print styles lay it out (Chromium only: printing to PDF and
// print media emulation are Chromium's; test/print/print-plugin.mjs's `print-html`). The one-pager's
// content is tested in every engine (one-pager.test.ts).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { dossierCopy } from '../../../test/helpers.js';
import { completeProfile } from '../../../test/practice-profile.js';
import { onePagerDocument } from './one-pager.js';

/** A4 less the one-pager's 12 mm @page margins on either side, at 96 dpi. */
const CONTENT_WIDTH = Math.floor(((210 - 24) / 25.4) * 96);

describe('printing the one-pager', function () {
  this.timeout(60_000);

  for (const lang of ['nl', 'en'] as const)
    it(`fits a complete profile with full notes on at most two A4 pages, nothing wider than the page (${lang})`, async () => {
      const dossier = await dossierCopy();
      const p = completeProfile(dossier);
      // Notes as long as a team writes them: two or three sentences each, and a paragraph of context.
      const sentence = 'In onze buurt betekent dit dat bewoners elkaar wekelijks treffen in de buurtkamer en samen plannen maken. ';
      p.practice.context = sentence.repeat(4);
      p.practice.question = sentence.repeat(2);
      for (const group of ['goals', 'factors', 'crafts'] as const) for (const id of Object.keys(p[group])) p[group][id].note = sentence.repeat(2);
      p.levels.note = sentence;
      const printed = await executeServerCommand<{ pages: number; overflowing: string[] }, { html: string; contentWidth: number }>('print-html', {
        html: onePagerDocument(dossier, p, lang),
        contentWidth: CONTENT_WIDTH,
      });
      expect(printed.overflowing, 'elements wider than the page').to.deep.equal([]);
      expect(printed.pages).to.be.within(1, 2);
    });
});
