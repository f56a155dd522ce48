// Benchmark of `signaalreis criteria` on large ledgers: the example ledger's accounts repeated (ids
// made unique per copy) to each size, written once into the benchmark's cache folder, then decided
// by the built command line as a child process with `--out` — against the floor of reading the same
// CSV file with the command line's own record parser alone (run/floor.mjs). Prints a Markdown table
// on stdout (progress on stderr) with wall and CPU time, peak RSS, the ratio to the floor, and the
// digest of decisions.csv (the same before and after a change of the command's reading or writing).
//
// pnpm bench:criteria [--rows 100000,1000000] [--repeat 1] [--label today]
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sha256 } from '../src/cli/output-digest.test-support';
import { EXAMPLE_LEDGER, exampleLedgerLines, repeatedLedger } from '../src/ledger/ledger.test-support';
import { type Measured, measure, measuredText, median, whyNot } from './run/child';
import { CACHE_DIR } from './run/data';
import { machine } from './run/report';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = join(ROOT, 'packages/adapters/dist/cli.js');
const FLOOR = fileURLToPath(new URL('./run/floor.mjs', import.meta.url));

const { values: o } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    repeat: { type: 'string', default: '1' },
    timeout: { type: 'string', default: '600' },
    label: { type: 'string', default: 'this run' },
  },
});
const log = (line: string) => process.stderr.write(`bench:criteria ${line}\n`);
const sizes = o.rows.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--rows: whole numbers, got ${o.rows}`);
if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run pnpm build first`);
const repeat = Math.max(1, Number(o.repeat));
const timeoutMs = Number(o.timeout) * 1000;

/** The ledger of at least `rows` data rows (whole copies of the example), generated on first use. */
function ledger(rows: number): { path: string; rows: number } {
  const accounts = exampleLedgerLines().accounts.length;
  const copies = Math.ceil(rows / accounts);
  const version = sha256(readFileSync(EXAMPLE_LEDGER)).slice(0, 12);
  const path = join(CACHE_DIR, `ledger-${copies}x${accounts}-${version}.csv`);
  if (!existsSync(path)) {
    mkdirSync(CACHE_DIR, { recursive: true });
    const partial = `${path}.partial-${process.pid}`;
    writeFileSync(partial, repeatedLedger(copies).text);
    renameSync(partial, path);
    log(`generated ${path}`);
  }
  return { path, rows: copies * accounts };
}

const s = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
const mb = (bytes: number) => `${Math.round(bytes / 1_000_000)} MB`;
const work = mkdtempSync(join(tmpdir(), 'signaalreis-bench-criteria-'));
const table: [string, string][] = [];
try {
  for (const size of sizes) {
    const l = ledger(size);
    const m = `${l.rows.toLocaleString('en')} rows (${mb(statSync(l.path).size)})`;
    const runs: Measured[] = [];
    const floors: Measured[] = [];
    let digest = '';
    let written = 0;
    for (let r = 0; r < repeat; r++) {
      const out = join(work, `decisions-${l.rows}-${r}.csv`);
      const args = [
        'criteria',
        l.path,
        '--preset',
        'criteria-energy-a',
        '--date',
        '2026-10-20',
        '--out',
        out,
      ];
      const run = await measure(CLI, args, { timeoutMs, cwd: ROOT });
      log(`${m}: ${run.done ? measuredText(run) : `did not finish (${whyNot(run, o.timeout)})`}`);
      if (!run.done) {
        table.push([`${m}: \`signaalreis criteria\``, `did not finish: ${whyNot(run, o.timeout)}`]);
        break;
      }
      runs.push(run);
      const text = readFileSync(out);
      written = text.length;
      digest = sha256(text).slice(0, 16);
      rmSync(out);
      const floor = await measure(FLOOR, [l.path], { timeoutMs, cwd: ROOT });
      if (!floor.done || Number(floor.stdout.trim()) !== l.rows)
        throw new Error(`floor read ${floor.stdout.trim()} rows, expected ${l.rows}: ${floor.stderr}`);
      floors.push(floor);
    }
    if (runs.length === 0) continue;
    const med = (xs: Measured[], f: (x: Measured) => number) => median(xs.map(f));
    const wall = med(runs, (x) => x.wallMs);
    const floorWall = med(floors, (x) => x.wallMs);
    table.push(
      [
        `${m}: \`signaalreis criteria --out\`, wall (CPU) / peak RSS`,
        `${s(wall)} (${s(med(runs, (x) => x.cpuMs))}) / ${mb(med(runs, (x) => x.peakRssBytes))}`,
      ],
      [`${m}: floor (read the same CSV alone), wall`, s(floorWall)],
      [
        `${m}: ratio criteria / floor, wall; time per row`,
        `${(wall / floorWall).toFixed(1)}; ${((wall * 1000) / l.rows).toFixed(0)} µs`,
      ],
      [`${m}: decisions.csv`, `${mb(written)}, sha256 ${digest}`],
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.stdout.write(`${machine()}; ${repeat} repeat(s), medians.\n\n`);
const lines = [`| step | ${o.label} |`, '| --- | --- |', ...table.map(([a, b]) => `| ${a} | ${b} |`)];
process.stdout.write(`${lines.join('\n')}\n`);
