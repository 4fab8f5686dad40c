// Per run: after the last test file, lists what is still open in Jest's own process (tests run
// there with --runInBand, and on two cores always) and fails the run if anything is. This catches
// what a file opened after its own check, typically the late result of a beforeAll that timed
// out. In CI, `forceExit` (jest.preset.js) then ends the process instead of waiting on them.
// The list also goes into the --json report as `leftOpen`, which test/summarize-results.js prints.
const path = require('node:path');
const { OPEN_HANDLE_GRACE_MS, isCI } = require('../../jest.preset');
const { registry, snapshot, settledOpenSince, untrackedTimers } = require('./open-handles');

class OpenHandlesReporter {
  constructor() {
    this.baseline = snapshot();
    this.lastFile = undefined;
    this.hookTimeouts = [];
    this.error = undefined;
  }

  onTestFileStart(test) {
    this.attribute(); // what appeared since the last file started belongs to that file
    this.lastFile = test.path;
  }

  onTestFileResult(test, result) {
    // A hook that timed out keeps running and may open things after its file's check.
    if (/Exceeded timeout of \d+ ms for a hook/.test(result.failureMessage ?? '')) this.hookTimeouts.push(test.path);
  }

  async onRunComplete(_testContexts, results) {
    this.attribute();
    const open = await settledOpenSince(this.baseline, undefined, OPEN_HANDLE_GRACE_MS);
    if (open.length === 0) return;
    const where = (file) => (file ? path.relative(process.cwd(), file) : 'no test file');
    const leftOpen = open.map(({ handle, description, testPath }) => ({ description, testPath: testPath ?? registry.owners.get(handle) }));
    results.leftOpen = leftOpen.map(({ description, testPath }) => ({ description, testPath: testPath && where(testPath) }));
    const lines = leftOpen.map(
      ({ description, testPath }) => `  - ${description}   (${testPath ? `first seen while or after ${where(testPath)} ran` : 'origin unknown'})`,
    );
    const hidden = untrackedTimers(this.baseline, open);
    if (hidden > 0) lines.push(`  - and ${hidden} timer(s) set where the tests' global cannot see (inside a library, or with node:timers)`);
    if (this.hookTimeouts.length > 0)
      lines.push(`  A hook timed out in ${this.hookTimeouts.map(where).join(', ')}: its work went on and may have opened these.`);
    const exit = isCI ? 'CI forces Jest to exit' : 'Jest waits for them; CI=true forces the exit';
    process.stderr.write(`\nOPEN HANDLES: ${open.length} still open after all tests (${exit}); this run fails:\n${lines.join('\n')}\n\n`);
    this.error = new Error(`${open.length} handle(s) left open after all tests`);
  }

  attribute() {
    const seen = snapshot();
    for (const handle of [...seen.handles, ...seen.requests]) {
      if (!this.baseline.handles.has(handle) && !this.baseline.requests.has(handle) && !registry.owners.has(handle) && this.lastFile) {
        registry.owners.set(handle, this.lastFile);
      }
    }
  }

  /** Jest fails the run (exit code 1) when a reporter returns an error here. */
  getLastError() {
    return this.error;
  }
}

module.exports = OpenHandlesReporter;
