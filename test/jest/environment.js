// The Jest environment of every project (jest.preset.js): Node, plus two things per test file.
// 1. The default timeout of its tests and hooks comes from its tier, read from its name
//    (*.unit|int|e2e.spec.ts) and looked up in jest.preset.js; `jest.setTimeout` still overrides.
// 2. After its last afterAll, whatever it left open (sockets, servers, child processes, timers)
//    fails the file, each handle named, instead of keeping Jest alive after the run.
const { TestEnvironment } = require('jest-environment-node');
const { TIER_TIMEOUTS_MS, OPEN_HANDLE_GRACE_MS, tierOf } = require('../../jest.preset');
const { registry, trackTimers, snapshot, settledOpenSince } = require('./open-handles');

// Where circus reads the default timeout from at run start: `jest.setTimeout` writes the same key.
const TEST_TIMEOUT = Symbol.for('TEST_TIMEOUT_SYMBOL');

class YunghapEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.testPath = context.testPath;
    // The preset sets testTimeout to the unit tier's; any other value came from `--testTimeout`.
    this.timeoutMs = config.globalConfig.testTimeout === TIER_TIMEOUTS_MS.unit ? TIER_TIMEOUTS_MS[tierOf(this.testPath)] : undefined;
    trackTimers(this.global, this.testPath);
  }

  async setup() {
    await super.setup();
    if (this.timeoutMs !== undefined) this.global[TEST_TIMEOUT] = this.timeoutMs;
    this.baseline = snapshot();
  }

  async handleTestEvent(event, state) {
    // run_finish: every test and hook of the file is done; the file's result is not built yet,
    // so an error added here fails the file and keeps the results of its tests.
    if (event.name !== 'run_finish') return;
    const open = await settledOpenSince(this.baseline, this.testPath, OPEN_HANDLE_GRACE_MS);
    if (open.length === 0) return;
    for (const { handle } of open) if (!registry.owners.has(handle)) registry.owners.set(handle, this.testPath);
    const error = new Error(
      [
        `Left open after its last afterAll (${open.length}); they would keep Jest from exiting:`,
        ...open.map(({ description }) => `  - ${description}`),
        'Close them in afterAll, and let afterAll wait for what beforeAll started: a hook that timed out keeps running.',
      ].join('\n'),
    );
    error.name = 'OpenHandlesError';
    error.stack = ''; // its frames would only point here
    state.unhandledErrors.push(error);
  }
}

module.exports = YunghapEnvironment;
