// `signaalreis export ddas` and where its months come from: case files or the store, never both,
// never across municipalities that were not asked for. (The delivery from a real store, end to end,
// is scripts/demo-store.test.ts.) Each refusal is one line and exit code 2, before a store is opened.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDir, runCliEn } from './cli-test-kit';

const WHO = ['--supplier', 'SIGNAALREIS', '--organisation', 'Gemeente Voorbeeldstad'];
const PERIOD = ['--from', '2026-08-01', '--to', '2026-10-31'];

describe('signaalreis export ddas: case files or --store', () => {
  it('with neither case files, a store nor a municipality: exit 2, one line', async () => {
    const saved = process.env.SIGNAALREIS_STORE;
    delete process.env.SIGNAALREIS_STORE;
    try {
      const r = await runCliEn(['export', 'ddas', ...PERIOD, ...WHO]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^signaalreis: nothing to deliver: give case files, or --municipality/);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      if (saved !== undefined) process.env.SIGNAALREIS_STORE = saved;
    }
  });

  it('with both case files and --store: refused, nothing opened or written', async () => {
    const dir = fixtureDir({ 'cases.json': '{}' });
    const store = join(dir, 'store');
    const r = await runCliEn([
      'export',
      'ddas',
      join(dir, 'cases.json'),
      '--store',
      store,
      ...PERIOD,
      ...WHO,
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('signaalreis: give case files or --store, not both\n');
    expect(existsSync(store)).toBe(false);
  });

  it('from the store without --municipality: refused before the store is opened', async () => {
    const dir = fixtureDir({});
    const store = join(dir, 'store');
    const r = await runCliEn(['export', 'ddas', '--store', store, ...PERIOD, ...WHO]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/needs --municipality <code>/);
    expect(existsSync(store)).toBe(false);
  });

  it('a store URL that cannot be reached: one line, its password masked', async () => {
    const url = 'postgres://officer:s3cret-pw@127.0.0.1:1/signaalreis';
    const r = await runCliEn(['export', 'ddas', '--store', url, '--municipality', '0363', ...PERIOD, ...WHO]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('s3cret-pw');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('signaalreis export ddas, cases, purge: a store folder that does not exist', () => {
  it('is refused with one line instead of becoming a new, empty store', async () => {
    const dir = fixtureDir({});
    const store = join(dir, 'no-such-store');
    const commands = [
      ['export', 'ddas', '--store', store, '--municipality', '0363', ...PERIOD, ...WHO],
      ['cases', 'list', '--store', store, '--municipality', '0363'],
      ['purge', '--store', store, '--municipality', '0363', '--preset', 'type-medium', '--dry-run'],
    ];
    for (const args of commands) {
      const r = await runCliEn(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(
        /^signaalreis: There is no store at .*no-such-store: the folder does not exist/,
      );
      expect(existsSync(store)).toBe(false);
    }
  });
});
