// The backends the store suite runs against: PGlite always (a copy of a template store folder, made
// once and kept in the temporary folder: a fresh PGlite database takes 6–8 s, a copy well under one),
// and a real PostgreSQL server when SIGNAALREIS_TEST_PG_URL names one (.ci/run starts one): each
// test gets a database of its own there. Not part of the public API.
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CaseStore } from '@signaalreis/core';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { openCaseStore } from '../open';
import type { SqlCaseStore } from '../sql-store';

/** A store opened for one test, and how to throw it away. */
export interface TestStore {
  store: CaseStore;
  /** The target it was opened with (a folder, or the URL of its own database). */
  target: string;
  /** Opens the same store again (after `store.close()`). */
  reopen(): Promise<CaseStore>;
  dispose(): Promise<void>;
}

/** A backend of the suite. */
export interface Backend {
  name: 'pglite' | 'postgres';
  fresh(): Promise<TestStore>;
}

const here = new URL('.', import.meta.url);

/** A key that changes with the migrations and with PGlite, so that a stale template is never used. */
function templateKey(): string {
  const migrations = readFileSync(new URL('../migrations.ts', here), 'utf8');
  const manifest = JSON.parse(readFileSync(new URL('../../../package.json', here), 'utf8'));
  const pglite = String(manifest.dependencies['@electric-sql/pglite']);
  return createHash('sha256').update(migrations).update(pglite).digest('hex').slice(0, 16);
}

const opened = async (target: string): Promise<CaseStore> => {
  const r = await openCaseStore(target);
  if (!r.ok)
    throw new Error(`cannot open test store ${target}: ${r.issues.map((i) => i.message.en).join('; ')}`);
  return r.value;
};

/**
 * A migrated, empty store folder to copy: made once per machine and version (in the temporary
 * folder), by the same code that makes a user's store.
 */
export async function storeTemplate(): Promise<string> {
  const path = join(tmpdir(), `signaalreis-store-template-${templateKey()}`);
  if (existsSync(join(path, 'signaalreis-store.json'))) return path;
  const building = mkdtempSync(join(tmpdir(), 'signaalreis-store-building-'));
  const store = await opened(join(building, 'store'));
  await store.close();
  try {
    renameSync(join(building, 'store'), path);
  } catch {
    // another test file made it first: use theirs
  }
  rmSync(building, { recursive: true, force: true });
  return path;
}

/** A fresh store folder: a copy of the template. */
export async function freshFolder(): Promise<string> {
  const template = await storeTemplate();
  const dir = join(mkdtempSync(join(tmpdir(), 'signaalreis-store-')), 'store');
  cpSync(template, dir, { recursive: true });
  return dir;
}

const pglite: Backend = {
  name: 'pglite',
  async fresh() {
    const target = await freshFolder();
    return {
      store: await opened(target),
      target,
      reopen: () => opened(target),
      async dispose() {
        rmSync(join(target, '..'), { recursive: true, force: true });
      },
    };
  },
};

/** The URL of a test server (.ci/run sets it), or undefined. */
export const TEST_PG_URL = process.env.SIGNAALREIS_TEST_PG_URL || undefined;

/** A database of its own on the server of `admin` (its URL), and how to drop it. */
export async function freshDatabase(
  admin: string,
  prefix = 'signaalreis_test',
): Promise<{ target: string; dispose(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const query = async (text: string) => {
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    await c.query(text);
    await c.end();
  };
  await query(`create database ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { target: url.toString(), dispose: () => query(`drop database if exists ${name} with (force)`) };
}

function postgres(admin: string): Backend {
  return {
    name: 'postgres',
    async fresh() {
      const db = await freshDatabase(admin);
      const store = await opened(db.target);
      let current = store;
      return {
        store,
        target: db.target,
        reopen: async () => {
          current = await opened(db.target);
          return current;
        },
        async dispose() {
          await store.close();
          await current.close();
          await db.dispose();
        },
      };
    },
  };
}

/** PGlite, and the server of SIGNAALREIS_TEST_PG_URL when it is set. */
export const BACKENDS: Backend[] = [pglite, ...(TEST_PG_URL ? [postgres(TEST_PG_URL)] : [])];

/**
 * A fresh store of `backend` for the tests of one `describe` block: made before them, closed and
 * thrown away after them; the getter gives it (as the SQL store it is) inside a test.
 */
export function storeOfBlock(backend: Backend): () => SqlCaseStore {
  let t: TestStore | undefined;
  beforeAll(async () => {
    t = await backend.fresh();
  }, 120_000);
  afterAll(async () => {
    await t?.store.close();
    await t?.dispose();
  });
  return () => t?.store as SqlCaseStore;
}

/**
 * `store` as a store of a vendor's own that does not take a month in parts: everything but
 * `saveMonthInParts` (optional in the port), its methods still called on `store`.
 */
export function withoutParts(store: CaseStore): CaseStore {
  return new Proxy(store, {
    get(target, key) {
      if (key === 'saveMonthInParts') return undefined;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
