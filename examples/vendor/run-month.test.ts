// The vendor example of the README runs as written (issue 10): the README's code block is this
// folder's run-month.ts, character for character; it type-checks against the packages' sources;
// and run on the example data it lists the same cases as `signaalreis run` does.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { main } from '../../packages/adapters/src/cli/program';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FILE = fileURLToPath(new URL('./run-month.ts', import.meta.url));
const code = readFileSync(FILE, 'utf8');

describe('examples/vendor/run-month.ts, the vendor example of the README', () => {
  it('is the code block of the README, character for character', () => {
    const readme = readFileSync(`${ROOT}README.md`, 'utf8');
    const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks).toContain(code);
  });

  it('type-checks with the repository settings', () => {
    const config = ts.getParsedCommandLineOfConfigFile(
      `${ROOT}tsconfig.json`,
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => {
          throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
        },
      },
    );
    if (!config) throw new Error('tsconfig.json not read');
    const program = ts.createProgram([FILE], config.options);
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    expect(problems).toEqual([]);
  });

  it('runs on the example data and lists every case as `signaalreis run` does', async () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', FILE], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    const cases = lines.filter((l) => l.includes('\t')).map((l) => l.split('\t'));
    const explained = lines.filter((l) => !l.includes('\t'));

    // the same month through the command line (same clock, same inputs), as JSON
    let stdout = '';
    const io = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => true }, cwd: ROOT };
    const out = join(mkdtempSync(join(tmpdir(), 'signaalreis-vendor-')), 'out');
    const args = [
      'run',
      'examples/data/signals-2026-10.csv',
      '--month',
      '2026-10',
      '--preset',
      'type-medium',
    ];
    const more = ['--history', 'examples/data/signals-2026-09.csv', '--out', out, '--format', 'json'];
    expect(await main(['node', 'signaalreis', ...args, ...more], io)).toBe(0);
    type RunCase = { caseId: string; signalStatus: string; worklistBucket: string; primaryChannel?: string };
    const expected = (JSON.parse(stdout).cases as RunCase[]).map((c) => [
      c.caseId,
      c.signalStatus,
      c.worklistBucket,
      c.primaryChannel ?? 'no contact',
    ]);
    expect(expected.length).toBeGreaterThan(100);
    expect(cases).toEqual(expected);
    // the first case explained stage by stage, in English
    expect(explained.map((l) => l.split(':')[0])).toEqual(['intake', 'route', 'allocation']);
    expect(explained[0]).toMatch(/^intake: Picked up/);
  });
});
