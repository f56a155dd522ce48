// Issue 12: kill the server mid-delivery and mid-run. `signaalreis serve` (the built command line)
// runs in a child process on an embedded store; a 20,000-row delivery (and then a run) is sent and
// the child is killed with SIGKILL a few milliseconds after the request went out. After a restart
// the store holds the whole delivery / run or none of it — both are valid; a part never is.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { asIsoMonth, asMunicipalityCode, type CaseStore } from '@signaalreis/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigMonthCsv } from '../../../../examples/generate/big-month';
import { REPO_ROOT } from '../cli/cli-test-kit';
import { openCaseStore } from '../store/open';
import { STORE_SCHEMA } from '../store/schema';
import { accessStoreOf } from '../store/sql-access';
import type { SqlCaseStore } from '../store/sql-store';
import { freshFolder } from '../store/test-support/backends';

const CLI = join(REPO_ROOT, 'packages/adapters/dist/cli.js');
const ROWS = 20_000;
const CODE = asMunicipalityCode('0363');
const OCT = asIsoMonth('2026-10');
/**
 * When to SIGKILL, as a share of how long the request takes whole (measured first): at once,
 * half-way, near the end (often inside the transaction) and after the answer (committed).
 */
const KILLS = [0, 0.5, 0.95, 1.5];
const timing = { delivery: 0, run: 0 };
const waitFor = (share: number, total: number) => Math.max(5, Math.round(share * total));

const opened = async (dir: string): Promise<CaseStore> => {
  const r = await openCaseStore(dir);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message.en).join('; '));
  return r.value;
};

/** Starts `signaalreis serve` on a free port; resolves with its URL once it listens. */
function serve(dir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--store', dir, '--port', '0', '--lang', 'en'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve({ child, url: m[1] as string });
    });
    child.on('exit', (code) => reject(new Error(`serve exited (${code}): ${out}`)));
  });
}

const exited = (child: ChildProcess) =>
  new Promise<void>((r) =>
    child.exitCode !== null || child.signalCode !== null ? r() : child.once('exit', () => r()),
  );

/** Sends a request; `onSent` runs once the body is handed to the socket. Resolves with the status or the error. */
function send(url: string, path: string, key: string, type: string, body: string, onSent?: () => void) {
  return new Promise<{ status?: number; body?: string; error?: string }>((resolve) => {
    const req = request(`${url}${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${key}`,
        'content-type': type,
        'content-length': Buffer.byteLength(body),
      },
    });
    req.on('response', (res) => {
      let text = '';
      res.on('data', (b: Buffer) => {
        text += b.toString();
      });
      res.on('end', () => resolve({ ...(res.statusCode ? { status: res.statusCode } : {}), body: text }));
      res.on('error', (e) => resolve({ error: e.message }));
    });
    req.on('error', (e) => resolve({ error: e.message }));
    req.end(body, () => onSent?.());
  });
}

/** What the store holds of the month's deliveries: rows of each table, and the accepted counts. */
async function deliveryCounts(dir: string) {
  const store = await opened(dir);
  try {
    const db = (store as SqlCaseStore).db;
    const d = await sql<{
      n: number;
      accepted: number;
    }>`select count(*)::int as n, coalesce(sum(accepted), 0)::int as accepted
      from ${sql.table(`${STORE_SCHEMA}.deliveries`)}`.execute(db);
    const s = await sql<{
      n: number;
    }>`select count(*)::int as n from ${sql.table(`${STORE_SCHEMA}.delivery_signals`)}`.execute(db);
    const audited = await sql<{
      n: number;
    }>`select count(*)::int as n from ${sql.table(`${STORE_SCHEMA}.audit`)} where action = 'delivery-stored'`.execute(
      db,
    );
    return {
      deliveries: d.rows[0]?.n ?? -1,
      accepted: d.rows[0]?.accepted ?? -1,
      signals: s.rows[0]?.n ?? -1,
      audited: audited.rows[0]?.n ?? -1,
    };
  } finally {
    await store.close();
  }
}

/** What the store holds of the month's run: months, cases, signals, and what the audit says was stored. */
async function runCounts(dir: string) {
  const store = await opened(dir);
  try {
    const months = await store.months(CODE);
    if (!months.ok) throw new Error('months');
    const audit = await store.audit(CODE);
    if (!audit.ok) throw new Error('audit');
    const stored = audit.value.filter((e) => e.action === 'month-stored');
    const db = (store as SqlCaseStore).db;
    const cases = await sql<{
      n: number;
    }>`select count(*)::int as n from ${sql.table(`${STORE_SCHEMA}.cases`)}`.execute(db);
    return { months: months.value, stored, cases: cases.rows[0]?.n ?? -1 };
  } finally {
    await store.close();
  }
}

const built = existsSync(CLI);
let csv: string;
let key: string;
let template: string;

describe.skipIf(!built)('kill the server mid-delivery and mid-run (20,000 rows)', () => {
  beforeAll(async () => {
    csv = bigMonthCsv(ROWS);
    template = await freshFolder();
    const store = await opened(template);
    const access = accessStoreOf(store);
    if (!access.ok) throw new Error('access');
    const made = await access.value.createKey({ role: 'officer', municipalities: [CODE] });
    if (!made.ok) throw new Error('key');
    key = made.value.key;
    await store.close();
  }, 120_000);
  afterAll(() => undefined);

  const path = `/municipalities/${CODE}/months/${OCT}/deliveries`;

  it('a delivery runs whole without a kill (and how long it takes)', async () => {
    const { child, url } = await serve(template);
    const start = performance.now();
    const r = await send(url, path, key, 'text/csv', csv);
    const ms = Math.round(performance.now() - start);
    timing.delivery = ms;
    child.kill('SIGTERM');
    await exited(child);
    expect(r.status, r.body).toBe(201);
    const report = JSON.parse(r.body ?? '{}').report;
    console.log(
      `delivery of ${ROWS} rows (${Math.round(csv.length / 1024)} KiB): ${ms} ms, ${report.accepted} accepted`,
    );
    const after = await deliveryCounts(template);
    expect(after).toEqual({ deliveries: 1, accepted: report.accepted, signals: report.accepted, audited: 1 });
  }, 300_000);

  it.each(KILLS)(
    'SIGKILL at %s of the delivery’s time: all of it or nothing',
    async (share) => {
      const wait = waitFor(share, timing.delivery);
      const { cpSync, mkdtempSync } = await import('node:fs');
      const { tmpdir } = await import('node:os');
      const dir = join(mkdtempSync(join(tmpdir(), 'signaalreis-kill-')), 'store');
      cpSync(template, dir, { recursive: true });
      const before = await deliveryCounts(dir);
      const { child, url } = await serve(dir);
      const answer = send(
        url,
        `/municipalities/${CODE}/months/2026-11/deliveries`,
        key,
        'text/csv',
        csv,
        () => setTimeout(() => child.kill('SIGKILL'), wait),
      );
      await exited(child);
      const r = await answer;
      const after = await deliveryCounts(dir);
      const committed = after.deliveries === before.deliveries + 1;
      console.log(
        `delivery killed ${wait} ms after sending: ${committed ? 'stored whole' : 'nothing stored'} (answer: ${r.status ?? r.error})`,
      );
      if (committed) {
        expect(after.signals - before.signals).toBe(after.accepted - before.accepted);
        expect(after.signals - before.signals).toBeGreaterThan(ROWS * 0.9);
        expect(after.audited).toBe(before.audited + 1);
      } else expect(after).toEqual(before);
    },
    300_000,
  );

  it('a run goes whole without a kill (and how long it takes)', async () => {
    const { cpSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = join(mkdtempSync(join(tmpdir(), 'signaalreis-kill-')), 'store');
    cpSync(template, dir, { recursive: true });
    const { child, url } = await serve(dir);
    const start = performance.now();
    const r = await send(
      url,
      `/municipalities/${CODE}/months/${OCT}/run`,
      key,
      'application/json',
      '{"preset":"type-large"}',
    );
    timing.run = Math.round(performance.now() - start);
    child.kill('SIGTERM');
    await exited(child);
    expect(r.status, r.body).toBe(201);
    const cases = JSON.parse(r.body ?? '{}').counts.cases;
    console.log(`run of ${ROWS} delivered signals: ${timing.run} ms, ${cases} cases`);
    expect((await runCounts(dir)).cases).toBe(cases);
  }, 300_000);

  it.each(KILLS)(
    'SIGKILL at %s of the run’s time: the whole month or none of it',
    async (share) => {
      const wait = waitFor(share, timing.run);
      const { cpSync, mkdtempSync } = await import('node:fs');
      const { tmpdir } = await import('node:os');
      const dir = join(mkdtempSync(join(tmpdir(), 'signaalreis-kill-')), 'store');
      cpSync(template, dir, { recursive: true });
      const { child, url } = await serve(dir);
      const run = `/municipalities/${CODE}/months/${OCT}/run`;
      const answer = send(url, run, key, 'application/json', '{"preset":"type-large"}', () =>
        setTimeout(() => child.kill('SIGKILL'), wait),
      );
      await exited(child);
      const r = await answer;
      const after = await runCounts(dir);
      const committed = after.months.length === 1;
      console.log(
        `run killed ${wait} ms after sending: ${committed ? 'stored whole' : 'nothing stored'} (answer: ${r.status ?? r.error})`,
      );
      if (committed) {
        expect(after.stored).toHaveLength(1);
        expect(after.cases).toBe(after.stored[0]?.details.cases);
        expect(after.months[0]?.cases).toBe(after.stored[0]?.details.cases);
        expect(after.months[0]?.signals).toBe(after.stored[0]?.details.signals);
        expect(after.cases).toBeGreaterThan(1000);
      } else expect(after).toEqual({ months: [], stored: [], cases: 0 });
    },
    300_000,
  );
});
