// Prints the closing line CI reads: `wtr: N passed, N failed` alone on the last line.
function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  let totals;
  return {
    onTestRunFinished({ sessions }) {
      totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = totals.passed + totals.failed;
        count(session.testResults, totals);
        // A file that failed to load or run has no tests to count: count the file.
        if (!session.passed && totals.passed + totals.failed === before) totals.failed++;
        else if (!session.passed && session.errors?.length) totals.failed++;
      }
    },
    stop() {
      if (!totals) return;
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      // The default reporter flushes its last frame after us: print on exit to be last.
      process.once('exit', () => process.stdout.write(`\nwtr: ${totals.passed} passed, ${totals.failed} failed${skipped}\n`));
    },
  };
}
