// `signaalreis batch` with a plan of several months: each municipality's months run in month order,
// each with the case files of the earlier ones as history — every folder as `signaalreis run` writes
// it given those files one by one; a month that fails skips the later months of its municipality
// only. In this thread and over the pool (needs the build: dist/cli/batch-worker.js). With a case
// store: batch-store.test.ts.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { batchWorkerFile } from './batch';
import { exampleWorld, folderOf } from './batch.test-support';
import { checkBatchPlan } from './batch-plan';
import { REPO_ROOT, runCli } from './cli-test-kit';
import { HISTORY_WORKERS_ENV } from './history-pool';

const MONTHS = ['2026-08', '2026-09', '2026-10'] as const;

/** Two municipalities' three months, listed out of order; 9902's August file `augustus` (missing: a failure). */
function threeMonths(dir: string, augustus = '../data/signals-2026-08.csv'): string {
  const runs = [
    { municipality: '9901', month: '2026-10', signals: '../data/signals-2026-10.csv' },
    { municipality: 'GM9902', month: '2026-09', signals: '../data/signals-2026-09.csv', out: 'sep/9902' },
    { municipality: '9901', month: '2026-08', signals: '../data/signals-2026-08.csv' },
    { municipality: '9902', month: '2026-08', signals: augustus, preset: 'type-small' },
    { municipality: '9901', month: '2026-09', signals: '../data/signals-2026-09.csv' },
    { municipality: '9902', month: '2026-10', signals: '../data/signals-2026-10.csv' },
  ];
  const plan = join(dir, 'kwartaal.json');
  writeFileSync(plan, JSON.stringify({ preset: 'type-medium', runs }));
  return plan;
}

const runsOf = (plan: string) => {
  const r = checkBatchPlan(JSON.parse(readFileSync(plan, 'utf8')));
  if (!r.ok) throw new Error('plan not valid');
  return r.value.runs;
};

type Report = {
  months: string[];
  month?: string;
  runs: { municipality: string; month: string; exitCode: number; skipped?: boolean; stderr: string }[];
};

describe('signaalreis batch: several months', () => {
  // history threads `always`: the case files read by the history thread each batch thread keeps
  // for its runs (history-kept.ts), the runs one by one each by a thread of its own
  for (const [threads, history] of [
    ['1', 'auto'],
    ['2', 'auto'],
    ['1', 'always'],
    ['2', 'always'],
  ] as const) {
    it(`runs each municipality's months in order, each folder as run with the earlier case files (${threads} thread(s), history threads ${history})`, async () => {
      if (threads !== '1') expect(existsSync(batchWorkerFile()), 'pnpm build first').toBe(true);
      vi.stubEnv(HISTORY_WORKERS_ENV, history);
      onTestFinished(() => {
        vi.unstubAllEnvs();
      });
      const { dir } = exampleWorld();
      const plan = threeMonths(dir);
      const batch = await runCli(['batch', plan, '--threads', threads, '--format', 'json'], { cwd: dir });
      expect(batch.code, batch.stderr).toBe(0);
      const report = JSON.parse(batch.stdout) as Report;
      expect(report.months).toEqual([...MONTHS]);
      expect(report.month).toBeUndefined();
      const runs = runsOf(plan);
      expect(report.runs.map((r) => [r.municipality, r.month, r.exitCode])).toEqual(
        runs.map((r) => [r.municipality, r.month, 0]),
      );
      // one by one, in month order, each given the case files its own earlier runs wrote
      for (const code of ['9901', '9902']) {
        const chain = runs
          .filter((r) => r.municipality === code)
          .sort((a, b) => (a.month < b.month ? -1 : 1));
        const solo = (out: string) => `solo/${out}`;
        const written: string[] = [];
        for (const r of chain) {
          const args = r.args.map((a) => (a === `--out=${r.out}` ? `--out=${solo(r.out)}` : a));
          args.splice(args.indexOf('--'), 0, ...written.map((f) => `--history=${f}`));
          const alone = await runCli(args, { cwd: dir });
          expect(alone.code, alone.stderr).toBe(0);
          const moved = chain.map((e) => [e.out, solo(e.out)] as const);
          expect(
            await folderOf(
              dir,
              solo(r.out),
              moved.map(([a, b]) => [b, a] as const),
            ),
          ).toEqual(await folderOf(dir, r.out));
          written.push(`${solo(r.out)}/cases.json`);
        }
        expect(chain.map((r) => r.month)).toEqual([...MONTHS]);
      }
    }, 120_000);
  }

  it('runs the example plan of three months (examples/batch/platform-2026-q3.json)', async () => {
    const { dir } = exampleWorld();
    const plan = join(dir, 'q3.json');
    writeFileSync(plan, readFileSync(join(REPO_ROOT, 'examples', 'batch', 'platform-2026-q3.json')));
    const r = await runCli(['batch', plan, '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.months).toEqual([...MONTHS]);
    expect(report.runs.map((x) => x.exitCode)).toEqual([0, 0, 0, 0, 0, 0]);
    const manifest = JSON.parse(readFileSync(join(dir, 'out/2026-10/9902/manifest.json'), 'utf8')) as {
      command: string;
    };
    expect(manifest.command).toContain(
      '--history out/2026-08/9902/cases.json --history out/2026-09/9902/cases.json',
    );
    expect(existsSync(join(dir, 'out/2026-10/9902/worklists.xlsx'))).toBe(true);
  }, 120_000);

  it('skips the later months of a municipality whose month failed; the others run', async () => {
    const { dir } = exampleWorld();
    const plan = threeMonths(dir, 'nergens.csv');
    const json = await runCli(['batch', plan, '--threads', '2', '--format', 'json'], { cwd: dir });
    expect(json.code).toBe(2);
    const report = JSON.parse(json.stdout) as Report;
    expect(report.runs.map((r) => [r.municipality, r.month, r.exitCode, r.skipped ?? false])).toEqual([
      ['9901', '2026-10', 0, false],
      ['9902', '2026-09', 2, true],
      ['9901', '2026-08', 0, false],
      ['9902', '2026-08', 2, false],
      ['9901', '2026-09', 0, false],
      ['9902', '2026-10', 2, true],
    ]);
    expect(report.runs[5]?.stderr).toMatch(
      /^signaalreis: niet gedraaid: de run van deze gemeente voor 2026-08/,
    );
    for (const out of ['sep/9902', 'out/2026-10/9902']) expect(existsSync(join(dir, out))).toBe(false);
    const text = await runCli(['batch', plan, '--threads', '1'], { cwd: dir });
    expect(text.code).toBe(2);
    expect(text.stdout).toMatch(/^signaalreis batch — 3 maanden, 2026-08 t\/m 2026-10: 6 runs in 1 thread, /);
    expect(text.stdout).toMatch(/^gemeente +maand +uitkomst +signalen /m);
    expect(text.stdout).toMatch(/^9902 +2026-09 +overgeslagen +– /m);
    expect(text.stdout).toMatch(/^9902 +2026-08 +fout \(2\) /m);
    expect(text.stdout).toMatch(/^ {2}9902 2026-10: signaalreis: niet gedraaid: /m);
    expect(text.stdout).toMatch(/3 runs goed, 1 met een fout, 2 overgeslagen\.\n$/);
    const en = await runCli(['batch', plan, '--threads', '1', '--lang', 'en'], { cwd: dir });
    expect(en.stdout).toMatch(/^signaalreis batch — 3 months, 2026-08 to 2026-10: /);
    expect(en.stdout).toMatch(/^9902 +2026-09 +skipped /m);
    expect(en.stdout).toMatch(/3 runs ok, 1 failed, 2 skipped\.\n$/);
  }, 120_000);
});
