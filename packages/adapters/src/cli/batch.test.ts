// `signaalreis batch` end to end: the bundled example plan, in this thread and over the pool of
// worker threads (needs the build: dist/cli/batch-worker.js), writes each municipality's folder as
// `signaalreis run` with the same arguments writes it; a failing run fails alone; a bad plan or a
// bad option runs nothing. With a case store: batch-store.test.ts.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { asIsoMonth } from '@signaalreis/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { batchExitCode, batchWorkerFile, type Runner, runChained, runInThreads } from './batch';
import { exampleWorld, folderOf } from './batch.test-support';
import { checkBatchPlan } from './batch-plan';
import type { BatchTask } from './batch-task';
import { runCli } from './cli-test-kit';
import { EXIT_CODES } from './io';

/** The runs of a plan file as checked. */
const runsOf = (plan: string) => {
  const r = checkBatchPlan(JSON.parse(readFileSync(plan, 'utf8')));
  if (!r.ok) throw new Error('the example plan is not valid');
  return r.value.runs;
};

afterEach(() => vi.unstubAllEnvs());

describe('signaalreis batch: the example plan', () => {
  for (const threads of ['1', '2']) {
    it(`writes every folder as signaalreis run does (${threads} thread(s))`, async () => {
      if (threads !== '1') expect(existsSync(batchWorkerFile()), 'pnpm build first').toBe(true);
      const { dir, plan } = exampleWorld();
      const batch = await runCli(['batch', plan, '--threads', threads, '--format', 'json'], { cwd: dir });
      expect(batch.code, batch.stderr).toBe(0);
      const report = JSON.parse(batch.stdout) as {
        threads: number;
        runs: {
          municipality: string;
          out: string;
          exitCode: number;
          summary: Record<string, number>;
          stdout: string;
        }[];
      };
      expect(report.threads).toBe(Number(threads));
      const runs = runsOf(plan);
      expect(report.runs.map((r) => [r.municipality, r.out, r.exitCode])).toEqual(
        runs.map((r) => [r.municipality, r.out, 0]),
      );
      for (const [i, r] of runs.entries()) {
        // the same arguments, another folder: the same files, byte for byte (the manifest's time aside)
        const solo = `solo/${r.municipality}`;
        const args = r.args.map((a) => (a === `--out=${r.out}` ? `--out=${solo}` : a));
        const alone = await runCli(args, { cwd: dir });
        expect(alone.code, alone.stderr).toBe(0);
        expect(await folderOf(dir, r.out)).toEqual(await folderOf(dir, solo));
        expect(report.runs[i]?.stdout).toBe(alone.stdout.replaceAll(solo, r.out));
        const cases = readFileSync(join(dir, r.out, 'cases.json'), 'utf8').match(/"caseId"/g)?.length;
        expect(report.runs[i]?.summary.cases).toBe(cases);
      }
    }, 60_000);
  }

  it('prints a table of the runs in Dutch, or English on request', async () => {
    const { dir, plan } = exampleWorld();
    const nl = await runCli(['batch', plan, '--threads', '1'], { cwd: dir });
    expect(nl.code, nl.stderr).toBe(0);
    expect(nl.stdout).toMatch(/^signaalreis batch — maand 2026-10: 3 runs in 1 thread, /);
    expect(nl.stdout).toMatch(/^gemeente +uitkomst +signalen +afgekeurd +zaken +opgepakt +contact +s +map$/m);
    for (const r of runsOf(plan))
      expect(nl.stdout).toMatch(new RegExp(`^${r.municipality} +goed .* ${r.out}$`, 'm'));
    expect(nl.stdout).toMatch(/3 runs goed, 0 met een fout\.\n$/);
    // the folders as seen from where the command runs, in JSON also resolved
    const above = await runCli(['batch', 'batch/plan.json', '--threads', '1'], { cwd: dirname(dir) });
    for (const r of runsOf(plan))
      expect(above.stdout).toMatch(new RegExp(`^${r.municipality} +goed .* batch/${r.out}$`, 'm'));
    const json = await runCli(['batch', 'batch/plan.json', '--threads', '1', '--format', 'json'], {
      cwd: dirname(dir),
    });
    const folders = (JSON.parse(json.stdout) as { runs: { folder: string }[] }).runs.map((r) => r.folder);
    expect(folders).toEqual(runsOf(plan).map((r) => join(dir, r.out)));
    const en = await runCli(['batch', plan, '--threads', '1', '--lang', 'en'], { cwd: dir });
    expect(en.stdout).toMatch(
      /^municipality +outcome +signals +rejected +cases +picked up +contact +s +folder$/m,
    );
    expect(en.stdout).toMatch(/3 runs ok, 0 failed\.\n$/);
  }, 60_000);
});

describe('signaalreis batch: runs that share a preset', () => {
  it('each writes what signaalreis run writes alone (the thread loads each preset once)', async () => {
    const { dir } = exampleWorld();
    const plan = join(dir, 'gedeeld.json');
    const runs = [
      { municipality: '0014', signals: '../data/signals-2026-10.csv', preset: 'type-small' },
      { municipality: '0034', signals: '../data/signals-2026-10-excel.csv', preset: 'type-small' },
      {
        municipality: '0037',
        signals: '../data/signals-2026-10.csv',
        preset: '../presets/voorbeeldstad.json',
      },
      {
        municipality: '0047',
        signals: '../data/signals-2026-10.csv',
        preset: '../presets/voorbeeldstad.json',
        history: ['../data/signals-2026-09.csv'],
      },
    ];
    writeFileSync(plan, JSON.stringify({ month: '2026-10', runs }));
    const batch = await runCli(['batch', plan, '--threads', '1'], { cwd: dir });
    expect(batch.code, batch.stdout).toBe(0);
    for (const r of runsOf(plan)) {
      const solo = `solo/${r.municipality}`;
      const alone = await runCli(
        r.args.map((a) => (a === `--out=${r.out}` ? `--out=${solo}` : a)),
        { cwd: dir },
      );
      expect(alone.code, alone.stderr).toBe(0);
      expect(await folderOf(dir, r.out)).toEqual(await folderOf(dir, solo));
    }
  }, 60_000);
});

describe('signaalreis batch: progress', () => {
  it('shows a bar of the runs on a terminal, nothing otherwise', async () => {
    const { dir, plan } = exampleWorld();
    const shown: string[] = [];
    const tty = await runCli(['batch', plan, '--threads', '1'], {
      cwd: dir,
      stderr: { isTTY: true, write: (s: string) => shown.push(s) },
    });
    expect(tty.code).toBe(0);
    expect(shown.join('')).toMatch(/runs .*\d\/3 klaar/);
    const piped = await runCli(['batch', plan, '--threads', '1'], { cwd: dir });
    expect(piped.stderr).not.toMatch(/klaar/);
  }, 60_000);
});

describe('signaalreis batch: a run that fails', () => {
  it('fails alone: the others are written, the batch ends with its exit code and says why', async () => {
    const { dir } = exampleWorld();
    const plan = join(dir, 'twee.json');
    writeFileSync(
      plan,
      JSON.stringify({
        month: '2026-10',
        preset: 'type-medium',
        runs: [
          { municipality: '0014', signals: 'ontbreekt.csv' },
          { municipality: '0363', signals: '../data/signals-2026-10.csv' },
        ],
      }),
    );
    for (const threads of ['1', '2']) {
      const r = await runCli(['batch', plan, '--threads', threads], { cwd: dir });
      expect(r.code).toBe(EXIT_CODES.userError);
      expect(r.stdout).toMatch(/^0014 +fout \(2\) +– +– +– +– +– /m);
      expect(r.stdout).toMatch(/^ {2}0014: signaalreis: .*ontbreekt\.csv/m);
      expect(r.stdout).toMatch(/1 run goed, 1 met een fout\.\n$/);
      expect(existsSync(join(dir, 'out/2026-10/0014'))).toBe(false);
      expect(readdirSync(join(dir, 'out/2026-10/0363'))).toContain('cases.json');
    }
  }, 60_000);

  it('a run whose thread fails fails alone (exit code 70)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'signaalreis-batch-worker-'));
    const worker = join(dir, 'worker.mjs');
    writeFileSync(
      worker,
      `export default (t) => {
        if (t.args[0] === 'throw') throw new Error('kapot');
        return { code: 0, stdout: t.args[0], stderr: '', ms: 1 };
      };`,
    );
    const task = (a: string): BatchTask => ({ args: [a], cwd: dir, lang: 'nl' });
    let done = 0;
    const out = await runInThreads([task('a'), task('throw'), task('b')], 2, 'nl', () => done++, worker);
    expect(done).toBe(3);
    expect(out.map((o) => o.code)).toEqual([0, 70, 0]);
    expect(out.map((o) => o.stdout)).toEqual(['a', '', 'b']);
    expect(out[1]?.stderr).toMatch(/^signaalreis: de thread van deze run stopte onverwacht: .*kapot/);
  }, 30_000);

  // chains of months: each task after the one before it in its chain; some runs fail
  const chainsArb = fc.array(
    fc.record({ chain: fc.nat(3), code: fc.constantFrom(0, 0, 2, 70), waits: fc.nat(4) }),
    {
      minLength: 1,
      maxLength: 12,
    },
  );
  test.prop([chainsArb])(
    'a task runs only after the one it comes after went well, and is skipped (never run) otherwise',
    async (spec) => {
      // the chain's task before this one (-1: none)
      const after = spec.map((s, i) =>
        spec
          .slice(0, i)
          .map((t) => t.chain)
          .lastIndexOf(s.chain),
      );
      const tasks = spec.map(
        (_, i): BatchTask => ({ args: [String(i)], cwd: '.', lang: 'en', month: asIsoMonth('2026-10') }),
      );
      const finished: number[] = [];
      const started: number[] = [];
      let ended = 0;
      const runner: Runner = {
        run: async (task) => {
          const i = Number(task.args[0]);
          const a = after[i] as number;
          expect(a < 0 || finished.includes(a)).toBe(true);
          started.push(i);
          for (let w = 0; w < (spec[i]?.waits ?? 0); w++) await Promise.resolve();
          finished.push(i);
          return { code: spec[i]?.code ?? 0, stdout: '', stderr: '', ms: 1 };
        },
        end: async () => {
          ended += 1;
        },
      };
      let done = 0;
      const out = await runChained(
        tasks,
        after.map((a) => (a < 0 ? undefined : a)),
        runner,
        'en',
        () => done++,
      );
      const failedBefore = (i: number): boolean => {
        const a = after[i] as number;
        return a >= 0 && ((spec[a]?.code ?? 0) !== 0 || failedBefore(a));
      };
      expect(done).toBe(spec.length);
      expect(ended).toBe(1);
      expect(out.map((o) => o.skipped ?? false)).toEqual(spec.map((_, i) => failedBefore(i)));
      expect([...started].sort((x, y) => x - y)).toEqual(
        spec.flatMap((_, i) => (failedBefore(i) ? [] : [i])),
      );
      for (const [i, o] of out.entries())
        expect(o.code).toBe(failedBefore(i) ? EXIT_CODES.userError : spec[i]?.code);
    },
  );

  test.prop([fc.array(fc.constantFrom(0, 1, 2, 70), { maxLength: 6 })])(
    'the batch ends with the most serious exit code of its runs',
    (codes) => {
      const rank = [0, 1, 2, 70];
      const code = batchExitCode(codes);
      expect(code).toBe(codes.length === 0 ? 0 : rank[Math.max(...codes.map((c) => rank.indexOf(c)))]);
      expect(batchExitCode([...codes].reverse())).toBe(code);
    },
  );
});

describe('signaalreis batch: nothing runs', () => {
  const plan = {
    month: '2026-10',
    preset: 'type-medium',
    runs: [{ municipality: '0363', signals: 's.csv' }],
  };

  it('when the plan cannot be read or is not valid (every problem listed)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'signaalreis-batch-bad-'));
    writeFileSync(join(dir, 'kapot.json'), '{ "month": ');
    writeFileSync(
      join(dir, 'fout.json'),
      JSON.stringify({ month: '2026-13', runs: [{ municipality: '0363', signals: 's.csv', sigals: 1 }] }),
    );
    const twice = [
      { municipality: '363', signals: 's.csv' },
      { municipality: '0363', signals: 's.csv' },
      { municipality: 'gm0363', signals: 's.csv', preset: 'p' },
    ];
    writeFileSync(join(dir, 'waarden.json'), JSON.stringify({ month: '2026-13', runs: twice }));
    const missing = await runCli(['batch', 'nergens.json'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^signaalreis: nergens\.json: /);
    const broken = await runCli(['batch', 'kapot.json'], { cwd: dir });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^signaalreis: kapot\.json:1:\d+: /);
    // the shape first (every problem of it at once), then the values
    const shape = await runCli(['batch', 'fout.json'], { cwd: dir });
    expect(shape.code).toBe(2);
    expect(shape.stderr).toBe(
      'signaalreis: fout.json: runs.0.sigals: Onbekend veld "sigals" (geen geldig plan)\n',
    );
    const bad = await runCli(['batch', 'waarden.json'], { cwd: dir });
    expect(bad.code).toBe(2);
    const lines = bad.stderr.trim().split('\n');
    expect(lines.slice(0, -1).map((l) => l.split(': ')[2])).toEqual([
      'month',
      'runs.0.municipality',
      'runs.0.preset',
      'runs.1.preset',
      'runs.2.municipality',
      'runs.2.out',
    ]);
    expect(lines.at(-1)).toMatch(
      /^signaalreis: waarden\.json: geen geldig plan \(6 problemen, hierboven genoemd of geteld\)/,
    );
    expect(readdirSync(dir).sort()).toEqual(['fout.json', 'kapot.json', 'waarden.json']);
  });

  it('when --threads is not a number from 1 to 64', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'signaalreis-batch-threads-'));
    writeFileSync(join(dir, 'plan.json'), JSON.stringify(plan));
    for (const n of ['0', '65', 'twee', '1.5']) {
      const r = await runCli(['batch', 'plan.json', '--threads', n], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/verwacht een geheel getal van 1 tot en met 64/);
    }
    expect(readdirSync(dir)).toEqual(['plan.json']);
  });
});
