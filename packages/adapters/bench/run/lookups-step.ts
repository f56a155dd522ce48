// `pnpm bench:run --lookups`: the largest month decided with the two intake lookups at national
// scale — a population-register extract (~0.8 rows per signal) and a debt-assistance extract made
// from the month's own rows by examples/generate/lookups.ts — by `signaalreis match` under the
// preset `practice-2` (both checks on), against the floor of the same match without the lookups.
// Until the thirty-fifth round each lookup scanned the whole extract: the 100k month did not finish
// in 15 minutes (docs/performance.md).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { lookupFiles } from '../../../../examples/generate/lookups';
import type { Row } from '../../../../examples/generate/rows';
import { type Measured, measure, measuredText, whyNot } from './child';
import type { GeneratedSet } from './data';

/** What the lookups step measured. */
export interface LookupsStepResult {
  signals: number;
  registerRows: number;
  debtRows: number;
  withLookups: Measured;
  floor: Measured;
}

/** The extracts of the set's last month, generated beside its files on first use. */
function extracts(set: GeneratedSet): { register: string; debt: string; rows: [number, number] } {
  const month = set.files.at(-1) as GeneratedSet['files'][number];
  const [register, debt] = [join(set.dir, `brp-${month.month}.csv`), join(set.dir, `shv-${month.month}.csv`)];
  if (!existsSync(register) || !existsSync(debt)) {
    const rows = parse(readFileSync(month.path, 'utf8'), { columns: true }) as Row[];
    const { files } = lookupFiles(rows);
    writeFileSync(register, files[`brp-${month.month}.csv`] ?? '');
    writeFileSync(debt, files[`shv-${month.month}.csv`] ?? '');
  }
  const lines = (f: string) => readFileSync(f, 'utf8').trimEnd().split('\n').length - 1;
  return { register, debt, rows: [lines(register), lines(debt)] };
}

/** Measures the month's match with and without the lookups. */
export async function lookupsStep(
  set: GeneratedSet,
  c: { cli: string; cwd: string; timeoutMs: number; timeoutS: string },
  log: (line: string) => void,
): Promise<LookupsStepResult> {
  const month = set.files.at(-1) as GeneratedSet['files'][number];
  const { register, debt, rows } = extracts(set);
  const history = set.files.slice(0, -1).map((f) => f.path);
  const args = [
    'match',
    month.path,
    '--month',
    month.month,
    '--preset',
    'practice-2',
    '--history',
    ...history,
  ];
  log(`lookups: match with a register of ${rows[0]} rows and ${rows[1]} debt-assistance entries …`);
  const withLookups = await measure(c.cli, [...args, '--register', register, '--debt-assistance', debt], c);
  log(
    `lookups: ${withLookups.done ? measuredText(withLookups) : `did not finish (${whyNot(withLookups, c.timeoutS)})`}`,
  );
  const floor = await measure(c.cli, args, c);
  if (!floor.done) throw new Error(`lookups floor: ${floor.stderr}`);
  log(`lookups: floor (no lookups): ${measuredText(floor)}`);
  return { signals: month.signals, registerRows: rows[0], debtRows: rows[1], withLookups, floor };
}
