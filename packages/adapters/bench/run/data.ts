// The seeded national data of `pnpm bench:run`, generated once per size, seed and generator version
// into a cache folder outside the repository and reused: a month with two months of history (all
// three of the same size), or a year of twelve months. examples/generate/big-month.ts makes them.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bigMonthsCsv } from '../../../../examples/generate/big-month';

const GENERATOR = fileURLToPath(new URL('../../../../examples/generate/', import.meta.url));

/** Where generated files are kept: SIGNAALREIS_BENCH_DIR, else `<tmp>/signaalreis-bench`. */
export const CACHE_DIR = process.env.SIGNAALREIS_BENCH_DIR ?? join(tmpdir(), 'signaalreis-bench');

/** The month of a national-month set, and its two months of history. */
export const MONTH_SET = ['2026-08', '2026-09', '2026-10'] as const;

/** The twelve months of the year mode, oldest first (November 2025 – October 2026). */
export const YEAR_MONTHS = [
  '2025-11',
  '2025-12',
  ...Array.from({ length: 10 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
] as const;

/** A short hash of the generator's sources: a changed generator gets fresh files. */
function generatorVersion(): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(GENERATOR).sort()) {
    if (name.endsWith('.ts') && !name.endsWith('.test.ts')) hash.update(readFileSync(join(GENERATOR, name)));
  }
  return hash.digest('hex').slice(0, 12);
}

/** One generated set: the CSV file of each month, oldest first. */
export interface GeneratedSet {
  dir: string;
  files: { month: string; path: string; signals: number; households: number }[];
}

/**
 * The files of `months` at `perMonth` signals each for `seed`, generated on first use (into a
 * temporary folder renamed into place, so an interrupted generation is never reused).
 */
export function generatedSet(
  perMonth: number,
  months: readonly string[],
  seed: number,
  log: (line: string) => void,
): GeneratedSet {
  const dir = join(
    CACHE_DIR,
    `national-${perMonth}x${months.length}-${months[0]}-seed${seed}-${generatorVersion()}`,
  );
  const index = join(dir, 'index.json');
  if (!existsSync(index)) {
    mkdirSync(CACHE_DIR, { recursive: true });
    const work = `${dir}.partial-${process.pid}`;
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work);
    const files: GeneratedSet['files'] = [];
    const started = performance.now();
    for (const m of bigMonthsCsv(perMonth, months, seed)) {
      const name = `signals-${m.month}.csv`;
      writeFileSync(join(work, name), m.csv);
      files.push({ month: m.month, path: name, signals: m.signals, households: m.households });
      log(`generated ${name}: ${m.signals} signals in ${m.households} households (${secs(started)})`);
    }
    writeFileSync(join(work, 'index.json'), `${JSON.stringify(files, null, 2)}\n`);
    rmSync(dir, { recursive: true, force: true });
    renameSync(work, dir);
  }
  const files = JSON.parse(readFileSync(index, 'utf8')) as GeneratedSet['files'];
  return { dir, files: files.map((f) => ({ ...f, path: join(dir, f.path) })) };
}

const secs = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
