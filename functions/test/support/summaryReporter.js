// Prints one plain closing line, "tests: N passed, N failed, N skipped", as the very last line of
// the run (after Jest's own summary), so CI can read the outcome.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const line = `tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests} skipped`;
    process.once('exit', () => process.stderr.write(`${line}\n`));
  }
}
module.exports = SummaryReporter;
