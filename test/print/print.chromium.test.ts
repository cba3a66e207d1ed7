// Printing the demo page (index.html with examples/demo.css), as a community worker prints it for a
// meeting (issue 23, item 5): compact, every column whole, nothing wider than the page. Chromium only:
// printing to PDF and print media emulation are Chromium's (see print-plugin.mjs).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Printed {
  pages: number;
  overflowing: string[];
}

describe('printing the demo page', function () {
  this.timeout(60_000);

  for (const screenWidth of [1440, 1024]) {
    it(`takes at most 9 A4 pages from a ${screenWidth} px window (17 before), with no element wider than the page`, async () => {
      const printed = await executeServerCommand<Printed, { path: string; screenWidth: number }>('print-page', { path: '/index.html', screenWidth });
      expect(printed.overflowing, 'elements wider than the page').to.deep.equal([]);
      expect(printed.pages).to.be.within(2, 9);
    });
  }
});
