import fs from 'node:fs';
import path from 'node:path';
import type { FullResult, Reporter, TestCase, TestError, TestResult } from '@playwright/test/reporter';

type Status = 'passed' | 'failed' | 'pending';

interface SuiteReport {
  name: string;
  status: 'passed' | 'failed';
  message: string;
  assertionResults: { status: Status; fullName: string }[];
}

const statusOf = (test: TestCase): Status => (({ expected: 'passed', skipped: 'pending', unexpected: 'failed', flaky: 'failed' }) as const)[test.outcome()];

/**
 * Writes the browser tests' outcome as the Jest JSON summary the test command adds up
 * (test/summarize-results.js), so browser failures, skips and a platform that never started
 * count in CI's closing line like every other tier.
 */
export default class JestShapedReporter implements Reporter {
  private readonly suites = new Map<string, SuiteReport>();
  private readonly errors: string[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    const file = test.location.file;
    const suite = this.suites.get(file) ?? { name: file, status: 'passed', message: '', assertionResults: [] };
    const status = statusOf(test);
    suite.assertionResults.push({ status, fullName: test.titlePath().slice(2).join(' › ') });
    if (status === 'failed') {
      suite.status = 'failed';
      suite.message += `${result.error?.message ?? 'failed'}\n`;
    }
    this.suites.set(file, suite);
  }

  onError(error: TestError): void {
    this.errors.push(error.message ?? String(error.value));
  }

  onEnd(result: FullResult): void {
    const suites = [...this.suites.values()];
    // An error outside any test (the platform did not start, a spec did not load) breaks the run.
    if (this.errors.length > 0 || (result.status !== 'passed' && suites.every((suite) => suite.status === 'passed'))) {
      suites.push({
        name: path.join(__dirname, '..', 'playwright.config.ts'),
        status: 'failed',
        message: this.errors.join('\n') || `run ${result.status}`,
        assertionResults: [],
      });
    }
    const tests = suites.flatMap((suite) => suite.assertionResults);
    const count = (status: Status) => tests.filter((test) => test.status === status).length;
    const report = {
      numPassedTests: count('passed'),
      numFailedTests: count('failed'),
      numPendingTests: count('pending'),
      numTodoTests: 0,
      numRuntimeErrorTestSuites: suites.filter((suite) => suite.status === 'failed' && suite.assertionResults.every((test) => test.status !== 'failed')).length,
      numTotalTests: tests.length,
      numTotalTestSuites: suites.length,
      testResults: suites,
    };
    const out = path.join(__dirname, '..', '..', '..', 'dist', 'test-results', 'browser.json');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, JSON.stringify(report, null, 2));
  }
}
