// The platform mode of `pnpm bench:run --platform` (issue 14): a national month split into the
// months of many municipalities, as a platform that serves them holds it — each municipality its
// own signal file and history — run three ways: `signaalreis run` per municipality one after
// another, the same two at a time (a platform's script on two cores), and `signaalreis batch` over
// one plan. Every batch folder is compared with the one-by-one folder of its municipality.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type BatchRun, checkBatchPlan } from '../../src/cli/batch-plan';
import { folderDigests } from '../../src/cli/output-digest.test-support';
import { freshDatabase } from '../../src/store/test-support/backends';
import { type Measured, measure } from './child';
import { CACHE_DIR, type GeneratedSet } from './data';

/** The preset of every municipality: ~500 signals a month is a medium municipality (150–1,000). */
export const PLATFORM_PRESET = 'type-medium';

/** Totals of several measured children. */
export interface Totals {
  wallMs: number;
  cpuMs: number;
  maxPeakRss: number;
  failed: number;
}

/** The figures of the platform mode. */
export interface PlatformResult {
  municipalities: number;
  signals: number;
  oneByOne: Totals;
  twoAtATime: Totals;
  batch: Totals;
  /** Reading every CSV file of the platform alone (floor.mjs). */
  floor: Totals;
  /** Municipalities whose batch folder equals their one-by-one folder, file for file. */
  sameFolders: number;
  /** The ways measured. */
  ways: readonly PlatformWay[];
  /** The batch again with `--store` (a new, empty store), when asked for. */
  stored?: StoredBatch;
}

/** `signaalreis batch --store` of the same plan into a new store. */
export interface StoredBatch extends Totals {
  /** `pglite` (a store folder) or `postgres` (a database of its own on the server). */
  kind: 'pglite' | 'postgres';
  threads: number;
  /** Months the batch stored (one per municipality whose run went well). */
  months: number;
}

/** Which ways of running the platform's month to measure (`--platform-ways`; default all). */
export type PlatformWay = 'one' | 'two' | 'batch';

/**
 * The value of `--platform-store` or `--store`, checked before anything runs: `pglite` or a
 * PostgreSQL admin URL (shown in an error with its password masked).
 *
 * @example
 * ```ts
 * storeOption('--store', 'pglite'); // 'pglite'
 * storeOption('--store', 'pglit'); // throws: --store: pglite or a postgres:// admin URL, got pglit
 * ```
 */
export function storeOption(name: string, value: string): string {
  if (value === 'pglite' || /^postgres(ql)?:\/\//.test(value)) return value;
  const shown = value.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
  throw new Error(`${name}: pglite or a postgres:// admin URL, got ${shown}`);
}

/** A new, empty store: a folder `name` in `work`, or a database of its own on the server of `admin`. */
export async function freshStore(
  store: string,
  work: string,
  name = 'platform-store',
): Promise<{ kind: StoredBatch['kind']; target: string; dispose(): Promise<void> }> {
  if (store === 'pglite') {
    const target = join(work, name);
    return { kind: 'pglite', target, dispose: async () => rmSync(target, { recursive: true, force: true }) };
  }
  const db = await freshDatabase(store, 'signaalreis_bench');
  return { kind: 'postgres', ...db };
}

/** The plan run by `signaalreis batch --store` into a new store (`store`: `pglite` or a server's admin URL). */
async function storedBatch(
  cli: string,
  dir: string,
  plan: string,
  store: string,
  work: string,
  timeoutMs: number,
): Promise<StoredBatch> {
  const s = await freshStore(store, work);
  try {
    const b = await measure(cli, ['batch', plan, '--store', s.target, '--format', 'json'], {
      timeoutMs,
      cwd: dir,
    });
    const report = b.done
      ? (JSON.parse(b.stdout) as { threads: number; runs: { summary?: unknown }[] })
      : undefined;
    return {
      ...totalsOf(b),
      kind: s.kind,
      threads: report?.threads ?? 0,
      months: report?.runs.filter((r) => r.summary).length ?? 0,
    };
  } finally {
    await s.dispose();
  }
}

const code = (i: number) => String(i + 1).padStart(4, '0');

/** The municipality (0-based) of a row: a hash of its postcode, so that a household stays in one. */
function municipalityOf(postcode: string, n: number): number {
  const key = postcode.replace(/\s+/g, '').toUpperCase();
  return createHash('sha1').update(key).digest().readUInt32BE(0) % n;
}

/**
 * The set's months split into `n` municipalities (folders `m0001` … with their `signals-<month>.csv`),
 * made once per set and `n` into the bench's cache folder.
 */
export function splitSet(set: GeneratedSet, n: number, log: (line: string) => void): string {
  const dir = join(CACHE_DIR, `platform-${n}-${basename(set.dir)}`);
  if (existsSync(join(dir, 'done'))) return dir;
  const work = `${dir}.partial-${process.pid}`;
  rmSync(work, { recursive: true, force: true });
  for (let i = 0; i < n; i++) mkdirSync(join(work, `m${code(i)}`), { recursive: true });
  for (const f of set.files) {
    const lines = readFileSync(f.path, 'utf8').split('\n');
    if (lines.at(-1) === '') lines.pop();
    if (lines.length !== f.signals + 1) throw new Error(`${f.path}: a row over several lines; cannot split`);
    const [header = '', ...rows] = lines;
    const column = header.split(',').indexOf('postcode');
    const parts: string[][] = Array.from({ length: n }, () => [header]);
    for (const row of rows) parts[municipalityOf(row.split(',')[column] ?? '', n)]?.push(row);
    for (const [i, p] of parts.entries())
      writeFileSync(join(work, `m${code(i)}`, `signals-${f.month}.csv`), `${p.join('\n')}\n`);
    log(`platform: ${basename(f.path)} split into ${n} municipalities`);
  }
  writeFileSync(join(work, 'done'), '');
  rmSync(dir, { recursive: true, force: true });
  renameSync(work, dir);
  return dir;
}

/** A plan of the split set, the runs' folders under `outDir`; written to `file`. */
function writePlan(set: GeneratedSet, n: number, outDir: string, file: string): BatchRun[] {
  const months = set.files.map((f) => f.month);
  const month = months.at(-1) as string;
  const runs = Array.from({ length: n }, (_, i) => ({
    municipality: code(i),
    signals: `m${code(i)}/signals-${month}.csv`,
    history: months.slice(0, -1).map((m) => `m${code(i)}/signals-${m}.csv`),
    out: join(outDir, code(i)),
  }));
  const plan = { month, preset: PLATFORM_PRESET, runs };
  writeFileSync(file, `${JSON.stringify(plan, null, 2)}\n`);
  const checked = checkBatchPlan(plan);
  if (!checked.ok) throw new Error(`the platform plan: ${JSON.stringify(checked.issues[0])}`);
  return checked.value.runs;
}

const add = (t: Totals, m: Measured): void => {
  t.cpuMs += m.cpuMs;
  t.maxPeakRss = Math.max(t.maxPeakRss, m.peakRssBytes);
  if (!m.done) t.failed++;
};
const zero = (): Totals => ({ wallMs: 0, cpuMs: 0, maxPeakRss: 0, failed: 0 });

/** The runs as separate `signaalreis run` children, `parallel` at a time; wall time from first start to last end. */
async function separately(cli: string, cwd: string, runs: BatchRun[], parallel: number, timeoutMs: number) {
  const totals = zero();
  const start = performance.now();
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < runs.length; i = next++)
      add(totals, await measure(cli, (runs[i] as BatchRun).args, { timeoutMs, cwd }));
  };
  await Promise.all(Array.from({ length: parallel }, lane));
  totals.wallMs = performance.now() - start;
  return totals;
}

/** One child's figures as totals. */
const totalsOf = (m: Measured): Totals => ({
  wallMs: m.wallMs,
  cpuMs: m.cpuMs,
  maxPeakRss: m.peakRssBytes,
  failed: m.done ? 0 : 1,
});

/** What the platform mode is given besides the set. */
export interface PlatformOptions {
  /** The built command line and floor.mjs. */
  cli: string;
  floor: string;
  /** Municipalities to split the set into. */
  n: number;
  work: string;
  timeoutMs: number;
  /** The ways to measure (the batch always runs: the others' folders are compared with its). */
  ways: readonly PlatformWay[];
  /** Also the batch with `--store`: `pglite`, or a PostgreSQL server's URL to make a database on. */
  store?: string;
}

/**
 * The platform mode: `set` split into `n` municipalities, run one by one, two at a time and as one
 * batch (`cli`: the built command line; `floor`: floor.mjs), the folders compared; with `store`,
 * the batch again into a new case store.
 */
export async function platform(
  set: GeneratedSet,
  { cli, floor, n, work, timeoutMs, ways, store }: PlatformOptions,
  log: (line: string) => void,
): Promise<PlatformResult> {
  const dir = splitSet(set, n, log);
  const signals = set.files.at(-1)?.signals ?? 0;
  const [one, two, batch] = ['one-by-one', 'two-at-a-time', 'batch'].map((name) =>
    join(work, `platform-${name}`),
  );
  const runsOne = writePlan(set, n, one as string, join(work, 'platform-one.json'));
  const runsTwo = writePlan(set, n, two as string, join(work, 'platform-two.json'));
  writePlan(set, n, batch as string, join(dir, 'plan.json'));
  let oneByOne = zero();
  if (ways.includes('one')) {
    log(`platform: ${n} municipalities one by one …`);
    oneByOne = await separately(cli, dir, runsOne, 1, timeoutMs);
    log(`platform: one by one ${(oneByOne.wallMs / 1000).toFixed(1)} s`);
  }
  let twoAtATime = zero();
  if (ways.includes('two')) {
    log('platform: two at a time …');
    twoAtATime = await separately(cli, dir, runsTwo, 2, timeoutMs);
    log(`platform: two at a time ${(twoAtATime.wallMs / 1000).toFixed(1)} s`);
  }
  log('platform: batch …');
  const b = await measure(cli, ['batch', join(dir, 'plan.json'), '--format', 'json'], {
    timeoutMs: timeoutMs * 4,
    cwd: dir,
  });
  log(
    `platform: batch ${(b.wallMs / 1000).toFixed(1)} s${b.done ? '' : ` (${b.stderr.trim().split('\n').at(-1)})`}`,
  );
  const files = set.files.flatMap((f) =>
    Array.from({ length: n }, (_, i) => join(dir, `m${code(i)}`, `signals-${f.month}.csv`)),
  );
  const fl = await measure(floor, files, { timeoutMs, cwd: dir });
  let sameFolders = 0;
  for (let i = 0; i < n && ways.includes('one'); i++) {
    const a = folderDigests(join(one as string, code(i)), [[join(one as string, code(i)), '<out>']]);
    const c = folderDigests(join(batch as string, code(i)), [[join(batch as string, code(i)), '<out>']]);
    if (JSON.stringify(a) === JSON.stringify(c)) sameFolders++;
  }
  // after the comparison: the stored batch writes the same folders, its manifests naming the store
  let stored: StoredBatch | undefined;
  if (store) {
    log(
      `platform: batch --store (${store === 'pglite' ? 'a new store folder' : 'a new database on the server'}) …`,
    );
    stored = await storedBatch(cli, dir, join(dir, 'plan.json'), store, work, timeoutMs * 8);
    log(`platform: batch --store ${(stored.wallMs / 1000).toFixed(1)} s, ${stored.months} months stored`);
  }
  rmSync(join(dir, 'plan.json'), { force: true });
  return {
    municipalities: n,
    signals,
    oneByOne,
    twoAtATime,
    batch: totalsOf(b),
    floor: totalsOf(fl),
    sameFolders,
    ways,
    ...(stored ? { stored } : {}),
  };
}
