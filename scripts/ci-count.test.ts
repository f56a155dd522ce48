// The last line of .ci/run (scripts/ci-count.mjs): a run that failed never reads "0 failed".
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain script without types
import { countLine } from './ci-count.mjs';

const SCRIPT = fileURLToPath(new URL('./ci-count.mjs', import.meta.url));
const file = (status: string, ...tests: string[]) => ({
  status,
  assertionResults: tests.map((s) => ({ status: s })),
});
const report = (over: Record<string, unknown>) => ({
  numPassedTests: 7,
  numFailedTests: 0,
  success: true,
  testResults: [file('passed', 'passed', 'passed')],
  ...over,
});

describe('countLine', () => {
  it('counts the passed and failed tests', () => {
    expect(countLine(report({}))).toBe('7 passed, 0 failed');
    const failing = report({
      numFailedTests: 2,
      success: false,
      testResults: [file('failed', 'failed', 'failed')],
    });
    expect(countLine(failing)).toBe('7 passed, 2 failed');
  });

  it('counts a test file that failed before its tests ran (as vitest reports an import error)', () => {
    // vitest 4.1: the file "failed" with no assertion results; numFailedTests stays 0
    const broken = report({ success: false, testResults: [file('failed'), file('passed', 'passed')] });
    expect(countLine(broken)).toBe('7 passed, 1 failed');
    // beside a file with a failed test of its own, each is counted once
    const both = report({
      numFailedTests: 1,
      success: false,
      testResults: [file('failed'), file('failed', 'failed')],
    });
    expect(countLine(both)).toBe('7 passed, 2 failed');
  });

  it('counts errors outside tests, and a failed run with nothing else counted as one failure', () => {
    expect(countLine(report({ numRuntimeErrorTests: 3, success: false }))).toBe('7 passed, 3 failed');
    expect(countLine(report({ success: false }))).toBe('7 passed, 1 failed');
  });

  it('adds the PostgreSQL failure of .ci/run', () => {
    expect(countLine(report({}), 1)).toBe('7 passed, 1 failed');
  });
});

describe('ci-count.mjs as .ci/run calls it', () => {
  it('prints the line for a report file, with PG_FAILED', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ci-count-'));
    const path = join(dir, 'vitest.json');
    writeFileSync(path, JSON.stringify(report({ success: false, testResults: [file('failed')] })));
    const out = (pg: string) =>
      execFileSync(process.execPath, [SCRIPT, path], { env: { ...process.env, PG_FAILED: pg } }).toString();
    expect(out('0')).toBe('7 passed, 1 failed\n');
    expect(out('1')).toBe('7 passed, 2 failed\n');
  });

  it('counts a report that cannot be read as one failure, and exits with 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ci-count-'));
    const path = join(dir, 'vitest.json');
    writeFileSync(path, '{"numPassedTests": 7,'); // cut short
    const r = spawnSync(process.execPath, [SCRIPT, path], { env: { ...process.env, PG_FAILED: '1' } });
    expect(r.status).toBe(1);
    expect(r.stdout.toString()).toBe('0 passed, 2 failed\n');
    expect(r.stderr.toString()).toMatch(/no report to count/);
  });
});
