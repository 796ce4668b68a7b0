'use strict';
const { writeSync } = require('node:fs');

/**
 * Prints one plain closing line, `jest: N passed, N failed, N skipped`, as the very last line of the
 * run (jest's own summary comes after reporters), so tools that read a run's last line (CI among
 * them) see how many tests ran without parsing jest's summary.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`;
    process.once('exit', () => writeSync(1, line));
  }
}
module.exports = SummaryReporter;
