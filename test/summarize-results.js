#!/usr/bin/env node
// Adds up the Jest JSON reports of every project and tier into one closing line
// ("Tests: N passed, N failed, N skipped") that CI reads, listing any failure and skip by name,
// and any handle a run left open (see docs/operations.md, "Timeouts and hangs").
const fs = require('node:fs');
const path = require('node:path');

const dir = process.argv[2] ?? 'dist/test-results';
const files = fs.existsSync(dir)
  ? fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
  : [];

let passed = 0;
let failed = 0;
let skipped = 0;
let brokenSuites = 0;
let leftOpen = 0;
const notes = [];

// The first line that says something, without colours or Jest's "Test suite failed to run" header.
const gist = (message) =>
  message
    // eslint-disable-next-line no-control-regex -- terminal colours are escape sequences
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line && !line.includes('Test suite failed to run')) ?? '';

for (const file of files) {
  const report = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  brokenSuites += report.numRuntimeErrorTestSuites;
  for (const suite of report.testResults) {
    const where = path.relative(process.cwd(), suite.name);
    // A suite can fail with every test passed: it did not load, or it left handles open.
    if (suite.status === 'failed' && !suite.assertionResults.some((test) => test.status === 'failed')) notes.push(`BROKEN  ${where}: ${gist(suite.message)}`);
    for (const test of suite.assertionResults) {
      if (test.status === 'failed') notes.push(`FAILED  ${where} › ${test.fullName}`);
      if (test.status === 'pending' || test.status === 'todo') notes.push(`SKIPPED ${where} › ${test.fullName}`);
    }
  }
  // Written by test/jest/open-handles-reporter.js: still open when the whole run had finished.
  for (const { description, testPath } of report.leftOpen ?? []) {
    leftOpen += 1;
    notes.push(`LEFT OPEN ${file.replace(/\.json$/, '')}: ${description}${testPath ? ` (first seen while or after ${testPath} ran)` : ''}`);
  }
  if (report.numTotalTests === 0 && report.numTotalTestSuites === 0) continue;
  process.stdout.write(
    `${file.replace(/\.json$/, '').padEnd(36)} ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests + report.numTodoTests} skipped\n`,
  );
}

for (const note of notes) process.stdout.write(`${note}\n`);
process.stdout.write(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
process.exit(failed > 0 || brokenSuites > 0 || leftOpen > 0 || files.length === 0 ? 1 : 0);
