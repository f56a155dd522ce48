// Helpers of the service load benchmark (service-load.ts): the store and its keys, `signaalreis
// serve` as a child process on the built command line, small signal CSVs, latency figures.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { asMunicipalityCode } from '@signaalreis/core';
import { openCaseStore } from '../src/store/open';
import { accessStoreOf } from '../src/store/sql-access';

export const CLI = resolve(import.meta.dirname, '../dist/cli.js');

/**
 * Makes (or opens) the store and one officer key per municipality, in this process — before the
 * service starts, since an embedded store is used by one process at a time.
 */
export async function storeWithKeys(target: string | undefined, codes: readonly string[]) {
  const location = target ?? join(mkdtempSync(join(tmpdir(), 'signaalreis-load-')), 'store');
  const opened = await openCaseStore(location, { create: true });
  if (!opened.ok) throw new Error(opened.issues.map((i) => i.message.en).join('; '));
  try {
    const access = accessStoreOf(opened.value);
    if (!access.ok) throw new Error(access.issues.map((i) => i.message.en).join('; '));
    const keys: Record<string, string> = {};
    for (const code of codes) {
      const made = await access.value.createKey({
        role: 'officer',
        municipalities: [asMunicipalityCode(code)],
        label: 'load benchmark',
      });
      if (!made.ok) throw new Error(made.issues.map((i) => i.message.en).join('; '));
      keys[code] = made.value.key;
    }
    return { location, keys };
  } finally {
    await opened.value.close();
  }
}

/** `signaalreis serve` on a free port of 127.0.0.1; resolves with its URL once it listens. */
export function serve(store: string, rateLimit: number): Promise<{ child: ChildProcess; url: string }> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run pnpm build first`);
  const args = [
    CLI,
    'serve',
    '--store',
    store,
    '--port',
    '0',
    '--rate-limit',
    String(rateLimit),
    '--lang',
    'en',
  ];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let tail = '';
  child.stderr?.on('data', (b: Buffer) => {
    tail = (tail + b.toString()).slice(-2000); // the request log: kept short, only for a failure
  });
  return new Promise((done, failed) => {
    let out = '';
    child.stdout?.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) done({ child, url: m[1] as string });
    });
    child.on('exit', (code) => failed(new Error(`serve exited (${code}): ${out}\n${tail}`)));
  });
}

/** Stops the child with SIGTERM (it lets open requests finish and closes the store); its exit code. */
export function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((done) => {
    child.removeAllListeners('exit');
    child.once('exit', (code) => done(code));
    child.kill('SIGTERM');
  });
}

/** `YYYY-MM` of `months` before the month of `on`. */
export function monthBefore(on: Date, months: number): string {
  const d = new Date(Date.UTC(on.getUTCFullYear(), on.getUTCMonth() - months, 1));
  return d.toISOString().slice(0, 7);
}

/**
 * A signal CSV of `rows` rows for `month`, each with its own signal id and household (so each row
 * becomes a case): `id` makes the ids unique over the whole benchmark.
 */
export function signalCsv(id: string, month: string, rows: number): string {
  const lines = [
    'signal_id;partner_id;partner_name;sector;kind;signal_date;arrear_since;amount;surname;postcode;house_number',
  ];
  const [y, m] = month.split('-').map(Number) as [number, number];
  const since = monthBefore(new Date(Date.UTC(y, m - 1, 1)), 4); // four months in arrears: picked up
  for (let i = 1; i <= rows; i++)
    lines.push(
      `LOAD-${id}-${i};EN-LOAD;Energie Load;energy;early;${month}-15;${since}-01;450,00;Jansen;${1011 + (i % 8900)}AB;${i}`,
    );
  return lines.join('\n');
}

/** Latencies (ms) per request kind. */
export class Latencies {
  readonly byKind = new Map<string, number[]>();
  add(kind: string, ms: number) {
    const list = this.byKind.get(kind) ?? [];
    list.push(ms);
    this.byKind.set(kind, list);
  }
  /** p50 and p99 of a kind (nearest rank), and how many. */
  figures(kind: string) {
    const sorted = [...(this.byKind.get(kind) ?? [])].sort((a, b) => a - b);
    const at = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
    return { count: sorted.length, p50: at(0.5), p99: at(0.99), max: sorted.at(-1) ?? Number.NaN };
  }
}

/** Counts of answers per kind and status. */
export class Statuses {
  readonly counts = new Map<string, Map<number, number>>();
  add(kind: string, status: number) {
    const m = this.counts.get(kind) ?? new Map<number, number>();
    m.set(status, (m.get(status) ?? 0) + 1);
    this.counts.set(kind, m);
  }
  /** Answers of `kind` outside 2xx. */
  failed(kind: string) {
    let n = 0;
    for (const [s, c] of this.counts.get(kind) ?? []) if (s < 200 || s > 299) n += c;
    return n;
  }
  text(kind: string) {
    return [...(this.counts.get(kind) ?? [])]
      .sort(([a], [b]) => a - b)
      .map(([s, c]) => `${s}×${c}`)
      .join(' ');
  }
}
