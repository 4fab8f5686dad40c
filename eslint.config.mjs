import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';

// Module boundaries: the arrows of DESIGN.md. Domain code stays pure; platform code
// knows no context; a service never imports another service.
const depConstraints = [
  { sourceTag: 'type:kernel', onlyDependOnLibsWithTags: [] },
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:kernel'] },
  {
    sourceTag: 'type:domain',
    onlyDependOnLibsWithTags: ['type:kernel', 'type:domain'],
    bannedExternalImports: [
      '@nestjs/*',
      'mongoose',
      'mongodb',
      'kafkajs',
      'class-validator',
      'class-transformer',
      'pg',
      '@electric-sql/*',
      '@eventstore/*',
      'node:*',
      'fs',
      'crypto',
    ],
  },
  { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:kernel', 'type:contracts', 'type:platform'] },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:kernel', 'type:contracts', 'type:domain', 'type:platform', 'type:testing'] },
  { sourceTag: 'type:service', notDependOnLibsWithTags: ['type:service'] },
  { sourceTag: 'type:e2e', notDependOnLibsWithTags: [] },
  // The browser application: only the kernel's pure rules (check digits, codes) to check input as it is typed.
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:kernel'] },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  ...['applications', 'evaluation', 'grants', 'mentoring', 'centers'].map((context) => ({
    sourceTag: `scope:${context}`,
    onlyDependOnLibsWithTags: ['scope:shared', `scope:${context}`],
  })),
];

// Tests and contract suites (which live beside the code they check) may also use the testing lib.
const testDepConstraints = depConstraints.map((constraint) =>
  constraint.onlyDependOnLibsWithTags && constraint.sourceTag.startsWith('type:')
    ? { ...constraint, onlyDependOnLibsWithTags: [...constraint.onlyDependOnLibsWithTags, 'type:testing'] }
    : constraint,
);
const boundaries = (constraints) => ['error', { allow: [], depConstraints: constraints, enforceBuildableLibDependency: false }];

export default tseslint.config(
  { ignores: ['**/node_modules', '**/dist', '.infra', '.nx', 'data', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': boundaries(depConstraints),
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  { files: ['services/console/**/*.tsx', 'services/console/**/*.ts'], ...reactHooks.configs.flat.recommended },
  {
    files: ['**/*.spec.ts', '**/testing/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': boundaries(testDepConstraints) },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
