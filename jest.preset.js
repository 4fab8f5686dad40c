// One Jest setup for every project: SWC transform (fast on two cores) and the
// tsconfig path aliases, so a test imports libraries exactly as the code does.
const path = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

const workspaceRoot = __dirname;

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`,
    path.join(workspaceRoot, target),
  ]),
);

const swcOptions = { ...require('./deploy/build/swc-options'), sourceMaps: 'inline' };

/** Jest config for the project in `projectDir` (pass `__dirname`). */
function jestProject(projectDir, overrides = {}) {
  return {
    displayName: path.relative(workspaceRoot, projectDir),
    rootDir: projectDir,
    testEnvironment: 'node',
    transform: { '^.+\\.ts$': ['@swc/jest', swcOptions] },
    moduleFileExtensions: ['ts', 'js', 'json'],
    moduleNameMapper,
    testMatch: ['**/*.spec.ts'],
    ...overrides,
  };
}

module.exports = { jestProject };
