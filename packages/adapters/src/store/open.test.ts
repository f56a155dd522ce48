// Opening a store with bad input (issue 11): every refusal is an issue with its code, nothing is
// created where it should not be, and a URL's password is never in a message.
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PGDATA, STORE_LOCK, STORE_MARKER } from './folder';
import { openCaseStore } from './open';
import { freshFolder, TEST_PG_URL } from './test-support/backends';

const tmp = () => mkdtempSync(join(tmpdir(), 'signaalreis-open-'));

/** Every folder and file under `dir` whose mode lets others than the owner in, with its mode. */
function notPrivate(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const s = lstatSync(join(dir, name));
    if ((s.isFile() || s.isDirectory()) && (s.mode & 0o077) !== 0)
      out.push(`${name} ${(s.mode & 0o777).toString(8)}`);
  }
  return out;
}
const refused = async (target: string, options = {}) => {
  const r = await openCaseStore(target, options);
  if (r.ok) {
    await r.value.close();
    throw new Error(`${target} was opened`);
  }
  return { codes: r.issues.map((i) => i.code), text: JSON.stringify(r.issues) };
};

describe('openCaseStore refuses what is not a store', () => {
  it('an unreachable server, without showing its password', async () => {
    const r = await refused(
      'postgres://signaalreis:Geheim%21wachtwoord@127.0.0.1:1/vroeg?sslpassword=ook-geheim',
      {
        connectTimeoutMs: 2000,
      },
    );
    expect(r.codes).toEqual(['store_unreachable']);
    expect(r.text).toContain('postgres://signaalreis:****@127.0.0.1:1/vroeg?sslpassword=****');
    expect(r.text).not.toMatch(/Geheim|wachtwoord|ook-geheim/);
  });

  it('a URL of another database', async () => {
    expect((await refused('mysql://root:pw@localhost/x')).codes).toEqual(['store_url_unsupported']);
  });

  it('a folder with other files, left untouched', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const r = await refused(dir);
    expect(r.codes).toEqual(['store_not_a_store']);
    expect(r.text).toContain('holds other files');
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('a file, and a folder whose marker is damaged', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'file'), '');
    expect((await refused(join(dir, 'file'))).codes).toEqual(['store_not_a_store']);
    mkdirSync(join(dir, 'marked'));
    writeFileSync(join(dir, 'marked', STORE_MARKER), '{"format":"something-else"}');
    expect((await refused(join(dir, 'marked'))).text).toContain('damaged or unknown');
  });

  it('an empty folder, for a command that only reads or updates (create: false), left empty', async () => {
    const dir = join(tmp(), 'empty');
    mkdirSync(dir);
    const r = await refused(dir, { create: false });
    expect(r.codes).toEqual(['store_not_found']);
    expect(r.text).toContain('de map is leeg');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a store whose data files are damaged, and lets the next attempt see the same', async () => {
    const dir = await freshFolder();
    writeFileSync(join(dir, PGDATA, 'global', 'pg_control'), 'not a control file');
    expect((await refused(dir)).codes).toEqual(['store_corrupt']);
    expect((await refused(dir)).codes).toEqual(['store_corrupt']); // not store_locked: the lock was released
  });

  it('a store another process uses; the lock of a process that is gone is taken over', async () => {
    const dir = await freshFolder();
    const first = await openCaseStore(dir);
    if (!first.ok) throw new Error('cannot open');
    const locked = await refused(dir);
    expect(locked.codes).toEqual(['store_locked']);
    // says what to do while `signaalreis serve` holds the store (issue 12): the service's key routes
    expect(locked.text).toContain('POST /keys');
    await first.value.close();
    writeFileSync(join(dir, STORE_LOCK), '2147483646\n'); // a process id that does not run
    const again = await openCaseStore(dir);
    expect(again.ok).toBe(true);
    if (again.ok) await again.value.close();
  });
});

describe('openCaseStore creates a store', () => {
  it('in a new folder with mode 0700, marked as a store', async () => {
    const dir = join(tmp(), 'data', 'store');
    const r = await openCaseStore(dir);
    if (!r.ok) throw new Error(r.issues[0]?.message.en);
    expect(r.value.location).toBe(dir);
    await r.value.close();
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(readdirSync(dir).sort()).toEqual([PGDATA, STORE_MARKER]);
    expect(statSync(join(dir, STORE_MARKER)).mode & 0o777).toBe(0o600);
    // the database's own files too: PGlite makes them 0755 and 0666 (found by trying it)
    expect(notPrivate(dir)).toEqual([]);
  }, 60_000);

  it('in an empty folder you made: the folder becomes 0700', async () => {
    const dir = join(tmp(), 'store');
    mkdirSync(dir, { mode: 0o755 });
    chmodSync(dir, 0o755);
    const r = await openCaseStore(dir);
    if (!r.ok) throw new Error(r.issues[0]?.message.en);
    await r.value.close();
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(notPrivate(dir)).toEqual([]);
  }, 60_000);

  it('and makes the data files of a store private again when it opens it', async () => {
    const dir = await freshFolder();
    chmodSync(join(dir, PGDATA), 0o755);
    chmodSync(join(dir, PGDATA, 'PG_VERSION'), 0o666);
    const r = await openCaseStore(dir, { create: false });
    if (!r.ok) throw new Error(r.issues[0]?.message.en);
    await r.value.close();
    expect(notPrivate(join(dir, PGDATA))).toEqual([]);
  }, 60_000);
});

describe.runIf(TEST_PG_URL)('openCaseStore on a server', () => {
  it('refuses a database that does not exist, without the password', async () => {
    const url = new URL(TEST_PG_URL ?? '');
    url.pathname = '/signaalreis_no_such_database';
    url.password = 'NietTonen';
    const r = await refused(url.toString());
    expect(r.codes).toEqual(['store_unreachable']);
    expect(r.text).not.toContain('NietTonen');
    expect(r.text).toContain('signaalreis_no_such_database');
  });
});
