// Prints one "N passed, N failed" line from vitest's and Playwright's JSON reports. A missing
// report counts as a failure: a runner that crashed before writing one ran no test.
import fs from "node:fs";

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  if (!fs.existsSync(file)) {
    console.error(`missing test report: ${file}`);
    failed += 1;
    continue;
  }
  const r = JSON.parse(fs.readFileSync(file, "utf8"));
  if (r.stats && "expected" in r.stats) {
    // Playwright: expected = passed, unexpected = failed, flaky counted as failed, skipped = failed.
    passed += r.stats.expected;
    failed += r.stats.unexpected + r.stats.flaky + r.stats.skipped;
  } else {
    passed += r.numPassedTests ?? 0;
    // A test that did not finish (an unhandled error while it ran leaves it "pending" in its file's
    // results while numPendingTests says 0) is not a pass either: every test not passed is failed.
    const notPassed = (r.numTotalTests ?? 0) - (r.numPassedTests ?? 0);
    failed += Math.max(notPassed, (r.numFailedTests ?? 0) + (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0));
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
