// `signaalreis batch --store`: on every backend (PGlite always; the PostgreSQL server of
// SIGNAALREIS_TEST_PG_URL when set, over two threads), each municipality's month is stored and its
// folder written as `signaalreis run --store` one by one stores and writes them — history from the
// store included; a month already stored is refused per run, or replaced with --replace; a store
// that cannot be used refuses the batch before anything runs, its password never shown.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asIsoMonth, asMunicipalityCode, type CaseStore } from '@signaalreis/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openCaseStore } from '../store/open';
import { freshDatabase, freshFolder, TEST_PG_URL } from '../store/test-support/backends';
import { batchWorkerFile } from './batch';
import { exampleWorld, folderOf } from './batch.test-support';
import { checkBatchPlan } from './batch-plan';
import { runCli } from './cli-test-kit';
import { EXIT_CODES } from './io';
import { STORE_ENV } from './store-option';

afterEach(() => vi.unstubAllEnvs());

/** An empty store to give as --store: a folder (PGlite) or a database of its own on the server. */
interface Target {
  name: 'pglite' | 'postgres';
  fresh(): Promise<{ target: string; dispose(): Promise<void> }>;
}

const pglite: Target = {
  name: 'pglite',
  fresh: async () => ({ target: await freshFolder(), dispose: async () => undefined }),
};

const server = (admin: string): Target => ({
  name: 'postgres',
  fresh: () => freshDatabase(admin, 'signaalreis_batch'),
});

const TARGETS: Target[] = [pglite, ...(TEST_PG_URL ? [server(TEST_PG_URL)] : [])];

/** Two municipalities' months of September and October, without history files: October's comes from the store. */
function twoMonths(dir: string): { sep: string; oct: string } {
  const plan = (month: string, csv: string) => ({
    month,
    preset: 'type-medium',
    runs: [
      { municipality: '9901', signals: `../data/${csv}`, out: `out/${month}/9901` },
      { municipality: 'GM9902', signals: `../data/${csv}`, preset: 'type-small' },
    ],
  });
  const sep = join(dir, 'september.json');
  const oct = join(dir, 'oktober.json');
  writeFileSync(sep, JSON.stringify(plan('2026-09', 'signals-2026-09.csv')));
  writeFileSync(oct, JSON.stringify(plan('2026-10', 'signals-2026-10.csv')));
  return { sep, oct };
}

const runsOf = (plan: string) => {
  const r = checkBatchPlan(JSON.parse(readFileSync(plan, 'utf8')));
  if (!r.ok) throw new Error('plan not valid');
  return r.value.runs;
};

/** What a store holds of a municipality: its months and each month's cases. */
async function holding(target: string, municipality: string): Promise<unknown> {
  const opened = await openCaseStore(target, { create: false });
  if (!opened.ok) throw new Error(opened.issues[0]?.message.en);
  const store: CaseStore = opened.value;
  try {
    const code = asMunicipalityCode(municipality);
    const months = await store.months(code);
    if (!months.ok) throw new Error(months.issues[0]?.message.en);
    const out: unknown[] = [];
    for (const m of months.value) {
      const cases = await store.cases(code, asIsoMonth(m.month));
      out.push([m.month, m.cases, m.signals, cases.ok ? cases.value : cases.issues]);
    }
    return out;
  } finally {
    await store.close();
  }
}

type Report = {
  threads: number;
  store?: string;
  exitCode: number;
  runs: { municipality: string; exitCode: number; stdout: string; stderr: string }[];
};

describe.each(TARGETS)('signaalreis batch --store on $name', (backend) => {
  const threads = backend.name === 'pglite' ? '1' : '2';

  it('stores each month and writes each folder as run --store one by one does', async () => {
    if (threads !== '1') expect(existsSync(batchWorkerFile()), 'pnpm build first').toBe(true);
    const a = await backend.fresh();
    const b = await backend.fresh();
    try {
      const { dir } = exampleWorld();
      const { sep, oct } = twoMonths(dir);
      for (const plan of [sep, oct]) {
        const batch = await runCli(
          ['batch', plan, '--store', a.target, '--threads', threads, '--format', 'json'],
          {
            cwd: dir,
          },
        );
        expect(batch.code, batch.stderr).toBe(0);
        const report = JSON.parse(batch.stdout) as Report;
        expect(report.threads).toBe(Number(threads));
        expect(report.runs.map((r) => r.exitCode)).toEqual([0, 0]);
        for (const [i, r] of runsOf(plan).entries()) {
          const solo = `solo/${r.out}`;
          const args = r.args.map((x) => (x === `--out=${r.out}` ? `--out=${solo}` : x));
          args.splice(args.indexOf('--'), 0, `--store=${b.target}`);
          const alone = await runCli(args, { cwd: dir });
          expect(alone.code, alone.stderr).toBe(0);
          const stores = [[a.target, '<store>'] as const, [b.target, '<store>'] as const];
          expect(await folderOf(dir, r.out, stores)).toEqual(await folderOf(dir, solo, stores));
          // run's own summary, with its line of what it stored and the history it took from the store
          expect(report.runs[i]?.stdout.replaceAll(a.target, '<store>')).toBe(
            alone.stdout.replaceAll(solo, r.out).replaceAll(b.target, '<store>'),
          );
        }
      }
      expect(JSON.parse(JSON.stringify(await holding(a.target, '9901')))).toHaveLength(2);
      for (const code of ['9901', '9902'])
        expect(await holding(a.target, code)).toEqual(await holding(b.target, code));
      // October's history came from the store: its runs say so
      const october = await runCli(['batch', oct, '--store', a.target, '--threads', threads, '--replace'], {
        cwd: dir,
      });
      expect(october.code, october.stdout).toBe(0);
      expect(october.stdout).toMatch(/: 2 maanden/);
    } finally {
      await a.dispose();
      await b.dispose();
    }
  }, 180_000);

  it('stores a plan of both months as two plans of one month store them', async () => {
    const a = await backend.fresh();
    const b = await backend.fresh();
    try {
      const one = exampleWorld().dir;
      const both = exampleWorld().dir;
      const { sep, oct } = twoMonths(one);
      for (const plan of [sep, oct]) {
        const batch = await runCli(['batch', plan, '--store', a.target, '--threads', threads], { cwd: one });
        expect(batch.code, batch.stdout).toBe(0);
      }
      // October listed first: it still runs after September, its history from the store (no case files)
      const runs = [oct, sep].flatMap((f) => {
        const p = JSON.parse(readFileSync(f, 'utf8')) as { month: string; runs: object[] };
        return p.runs.map((r) => ({ ...r, month: p.month }));
      });
      const plan = join(both, 'beide.json');
      writeFileSync(plan, JSON.stringify({ preset: 'type-medium', runs }));
      const batch = await runCli(
        ['batch', plan, '--store', b.target, '--threads', threads, '--format', 'json'],
        {
          cwd: both,
        },
      );
      expect(batch.code, batch.stdout).toBe(0);
      const stores = [[a.target, '<store>'] as const, [b.target, '<store>'] as const];
      for (const r of runsOf(plan)) {
        expect(r.earlier.length > 0).toBe(r.month === '2026-10');
        expect(await folderOf(both, r.out, stores)).toEqual(await folderOf(one, r.out, stores));
      }
      for (const code of ['9901', '9902'])
        expect(await holding(b.target, code)).toEqual(await holding(a.target, code));
    } finally {
      await a.dispose();
      await b.dispose();
    }
  }, 180_000);

  it('refuses a month already stored per run, replaces it with --replace (the store from SIGNAALREIS_STORE)', async () => {
    const s = await backend.fresh();
    try {
      const { dir } = exampleWorld();
      const { sep } = twoMonths(dir);
      vi.stubEnv(STORE_ENV, s.target);
      const first = await runCli(['batch', sep, '--threads', threads], { cwd: dir });
      expect(first.code, first.stdout).toBe(0);
      expect(first.stdout).toMatch(/^Opgeslagen in .*: 2 maanden /m);
      if (backend.name === 'postgres') {
        // the server of the tests trusts its users: a password in the URL is taken, and never shown
        const url = new URL(s.target);
        url.password = 'geheim-wachtwoord';
        const withPassword = await runCli(
          ['batch', sep, '--threads', threads, '--replace', '--store', url.toString()],
          {
            cwd: dir,
          },
        );
        expect(withPassword.code, withPassword.stdout).toBe(0);
        expect(withPassword.stdout).toMatch(/^Opgeslagen in postgres:\/\/[^:]+:\*\*\*\*@/m);
        const written = readdirSync(join(dir, 'out/2026-09'), { recursive: true, withFileTypes: true })
          .filter((f) => f.isFile())
          .map((f) => readFileSync(join(f.parentPath, f.name), 'utf8'));
        for (const text of [withPassword.stdout, withPassword.stderr, ...written])
          expect(text).not.toContain('geheim-wachtwoord');
      }
      const again = await runCli(['batch', sep, '--threads', threads], { cwd: dir });
      expect(again.code).toBe(EXIT_CODES.userError);
      expect(again.stdout).toMatch(
        /^ {2}9901: signaalreis: Maand 2026-09 van gemeente 9901 staat al in de opslag/m,
      );
      expect(again.stdout).toMatch(/^Opgeslagen in .*: 0 maanden /m);
      expect(again.stdout).toMatch(/0 runs goed, 2 met een fout\.\n$/);
      const replaced = await runCli(['batch', sep, '--threads', threads, '--replace', '--lang', 'en'], {
        cwd: dir,
      });
      expect(replaced.code, replaced.stdout).toBe(0);
      expect(replaced.stdout).toMatch(/^Stored in .*: 2 months /m);
      expect(await holding(s.target, '9902')).toHaveLength(1);
    } finally {
      await s.dispose();
    }
  }, 180_000);
});

describe('signaalreis batch --store: a folder store', () => {
  it('runs in one thread whatever --threads says, and tells why', async () => {
    const store = await freshFolder();
    const { dir } = exampleWorld();
    const { sep } = twoMonths(dir);
    const r = await runCli(['batch', sep, '--store', store, '--threads', '2', '--format', 'json'], {
      cwd: dir,
    });
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as Report).threads).toBe(1);
    expect(r.stderr).toMatch(/een map als zakenopslag \(PGlite\) kan maar door één thread tegelijk/);
  }, 120_000);
});

describe('signaalreis batch --store: a store that cannot be used runs nothing', () => {
  const world = () => {
    const { dir } = exampleWorld();
    return { dir, ...twoMonths(dir) };
  };
  const nothingWritten = (dir: string) => expect(existsSync(join(dir, 'out'))).toBe(false);

  it('another kind of URL', async () => {
    const { dir, sep } = world();
    const r = await runCli(['batch', sep, '--store', 'mysql://db.example.nl/vroeg'], { cwd: dir });
    expect(r.code).toBe(EXIT_CODES.userError);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
    nothingWritten(dir);
  });

  it('a folder that holds something else', async () => {
    const { dir, sep } = world();
    const other = mkdtempSync(join(tmpdir(), 'signaalreis-batch-other-'));
    writeFileSync(join(other, 'notities.txt'), 'niet van signaalreis');
    const r = await runCli(['batch', sep, '--store', other], { cwd: dir });
    expect(r.code).toBe(EXIT_CODES.userError);
    expect(r.stderr).toMatch(/^signaalreis: /);
    expect(readdirSync(other)).toEqual(['notities.txt']);
    nothingWritten(dir);
  });

  it('a server that cannot be reached: one line, its password masked', async () => {
    const { dir, sep } = world();
    const url = 'postgres://platform:geheim-wachtwoord@127.0.0.1:1/vroeg';
    const r = await runCli(['batch', sep, '--store', url, '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(EXIT_CODES.userError);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(`${r.stdout}${r.stderr}`).not.toContain('geheim-wachtwoord');
    nothingWritten(dir);
  }, 30_000);

  it('a bad plan is refused before the store is opened (no store made)', async () => {
    const { dir } = world();
    const store = join(dir, 'nieuwe-opslag');
    mkdirSync(join(dir, 'x'));
    writeFileSync(join(dir, 'x', 'plan.json'), JSON.stringify({ month: '2026-13', runs: [] }));
    const r = await runCli(['batch', 'x/plan.json', '--store', store], { cwd: dir });
    expect(r.code).toBe(EXIT_CODES.userError);
    expect(existsSync(store)).toBe(false);
  });
});
