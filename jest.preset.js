// One Jest setup for every project: SWC transform (fast on two cores) and the
// tsconfig path aliases, so a test imports libraries exactly as the code does.
// It also decides how long a test may take and that a test run cannot hang (see
// docs/operations.md, "Timeouts and hangs").
const path = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

const workspaceRoot = __dirname;

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`, path.join(workspaceRoot, target)]),
);

const swcOptions = { ...require('./deploy/build/swc-options'), sourceMaps: 'inline' };

// Default timeout of each test and each hook, by tier (the tier is in the file name). Sized for
// a busy two-core CI machine, where starting PGlite has taken longer than Jest's default 5 s.
// Set here only: a file that needs more is a file that should be faster.
// A chaos scenario sits out engine outages of 30 s and waits for recovery, hence its minutes.
const TIER_TIMEOUTS_MS = { unit: 10_000, int: 90_000, e2e: 240_000, chaos: 300_000 };

/** The tier of a test file from its name (`*.int.spec.ts` → 'int'); unit when it names none. */
const tierOf = (testPath) => /\.(unit|int|e2e|chaos)\.spec\.[cm]?[jt]s$/.exec(testPath)?.[1] ?? 'unit';

// How long a socket or server that is being closed may take to go before it counts as left open.
const OPEN_HANDLE_GRACE_MS = 2_000;

const isCI = /^(true|1)$/i.test(process.env.CI ?? '');

/** Jest config for the project in `projectDir` (pass `__dirname`). */
function jestProject(projectDir, overrides = {}) {
  return {
    displayName: path.relative(workspaceRoot, projectDir),
    rootDir: projectDir,
    // Node, with the tier's timeout and a check per file that it closed what it opened.
    testEnvironment: path.join(workspaceRoot, 'test/jest/environment.js'),
    // Only a `--testTimeout` given on the command line (a value other than this) beats the tier's.
    testTimeout: TIER_TIMEOUTS_MS.unit,
    // The same check once more after the whole run, for what a file opened too late to be caught.
    reporters: ['default', path.join(workspaceRoot, 'test/jest/open-handles-reporter.js')],
    // In CI, a handle left open fails the run (reported above) and never keeps Jest waiting.
    forceExit: isCI,
    // jose ships ES modules only: Node 20 loads it with require(), Jest before Node 24.9 does not,
    // so Jest compiles it like our own code (every service verifies tokens with it).
    transform: { '^.+\\.ts$': ['@swc/jest', swcOptions], '/node_modules/jose/.+\\.js$': ['@swc/jest', swcOptions] },
    transformIgnorePatterns: ['/node_modules/(?!jose/)'],
    moduleFileExtensions: ['ts', 'js', 'json'],
    moduleNameMapper,
    testMatch: ['**/*.spec.ts'],
    ...overrides,
  };
}

module.exports = { jestProject, TIER_TIMEOUTS_MS, OPEN_HANDLE_GRACE_MS, tierOf, isCI };
