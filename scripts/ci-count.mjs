#!/usr/bin/env node
// The last line of .ci/run: `N passed, N failed`, from vitest's JSON report.
//
// Failed counts the failed tests, the errors vitest reports outside a test, each test file that failed
// without a failed test of its own (it could not be imported, or a hook before its tests threw: vitest
// counts its tests as neither), and PG_FAILED (1 when .ci/run could not start PostgreSQL). A report
// that says the run did not succeed, with nothing of these counted, is one failure: the line never
// says "0 failed" for a run that failed; neither does a report that cannot be read.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * The line for a parsed report.
 * @param {{ numPassedTests: number, numFailedTests: number, numRuntimeErrorTests?: number, success?: boolean,
 *   testResults?: { status: string, assertionResults?: { status: string }[] }[] }} report
 * @param {number} pgFailed
 * @returns {string}
 */
export function countLine(report, pgFailed = 0) {
  const filesFailedAlone = (report.testResults ?? []).filter(
    (f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed'),
  ).length;
  let failed = report.numFailedTests + (report.numRuntimeErrorTests ?? 0) + filesFailedAlone;
  if (report.success === false && failed === 0) failed = 1;
  return `${report.numPassedTests} passed, ${failed + pgFailed} failed`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [file = 'reports/vitest.json'] = process.argv.slice(2);
  const pgFailed = Number(process.env.PG_FAILED ?? 0);
  let report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    // a report cut short (the run was killed while writing it) or missing: the run failed
    console.error(`ci-count: no report to count in ${file}: ${e instanceof Error ? e.message : e}`);
    console.log(`0 passed, ${1 + pgFailed} failed`);
    process.exit(1);
  }
  console.log(countLine(report, pgFailed));
}
