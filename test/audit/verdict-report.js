#!/usr/bin/env node
// Writes the verdicts verify-packets.sh collected (`<ok|FAIL>\t<js|go>\t<expected>\t<verdict>\t<packet>`
// per line) as a Jest JSON report, one test per packet and verifier, for test/summarize-results.js.
const fs = require('node:fs');
const path = require('node:path');

const [dir, verdictFile] = process.argv.slice(2);
const lines = fs.readFileSync(verdictFile, 'utf8').split('\n').filter(Boolean);
const assertionResults = lines.map((line) => {
  const [mark, verifier, expected, verdict, packet] = line.split('\t');
  return {
    fullName: `${verifier} verifier: ${packet} is to ${expected === 'accept' ? 'be accepted' : 'be rejected'}`,
    status: mark === 'ok' ? 'passed' : 'failed',
    failureMessages: mark === 'ok' ? [] : [`expected ${expected}, got ${verdict}`],
  };
});
const failed = assertionResults.filter((result) => result.status === 'failed').length;
process.stdout.write(
  JSON.stringify({
    numPassedTests: assertionResults.length - failed,
    numFailedTests: failed,
    numPendingTests: 0,
    numTodoTests: 0,
    numRuntimeErrorTestSuites: 0,
    numTotalTests: assertionResults.length,
    numTotalTestSuites: 1,
    testResults: [{ name: path.join(dir, 'expected.tsv'), status: failed > 0 ? 'failed' : 'passed', message: '', assertionResults }],
  }),
);
