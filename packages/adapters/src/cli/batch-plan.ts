// The plan of `signaalreis batch` (docs/formats/batch-plan.md): the month and, per municipality,
// what `signaalreis run` would be given — the signal file, preset, history, lookups and folder.
// Checked whole before anything runs; each run then becomes the argument list of `signaalreis
// run`, so that a run in a batch is that command, with its checks, messages and output.
import { posix, resolve, sep } from 'node:path';
import {
  type IsoMonth,
  type Issue,
  issue,
  issuesFromZod,
  type MunicipalityCode,
  parseIsoMonth,
  parseMunicipalityCode,
  type Result,
} from '@signaalreis/core';
import { z } from 'zod';
import { CSV_DIALECTS, type CsvDialect } from '../output/csv-writer';
import { BATCH_MESSAGES as M } from './messages/batch';

/** The most runs in one plan (project default: the Netherlands has 342 municipalities). */
export const BATCH_MAX_RUNS = 1000;

const path = z.string().min(1).max(4096);
const dialect = z.enum(CSV_DIALECTS as [CsvDialect, ...CsvDialect[]]);

const BatchRunSchema = z.strictObject({
  municipality: z.string().max(16),
  signals: path,
  preset: path.optional(),
  history: z.array(path).max(120).optional(),
  out: path.optional(),
  register: path.optional(),
  debtAssistance: path.optional(),
  sheet: z.string().min(1).max(256).optional(),
  csvDialect: dialect.optional(),
  xlsx: z.boolean().optional(),
});

/** The plan as JSON gives it (before {@link checkBatchPlan}). */
const BatchPlanSchema = z.strictObject({
  month: z.string().max(16),
  preset: path.optional(),
  csvDialect: dialect.optional(),
  xlsx: z.boolean().optional(),
  runs: z.array(BatchRunSchema).min(1).max(BATCH_MAX_RUNS),
});

/** One run of a checked plan: its municipality, folder (as the plan gives it) and the arguments of `signaalreis run`. */
export interface BatchRun {
  /** The CBS code, normalised (`GM0363` → `0363`). */
  municipality: MunicipalityCode;
  /** The output folder, relative to the plan's folder unless absolute (default `out/<month>/<code>`). */
  out: string;
  /** The arguments after `signaalreis`: `run … -- <signals>`. */
  args: string[];
}

/** A checked plan. */
export interface BatchPlan {
  month: IsoMonth;
  runs: BatchRun[];
}

type RawRun = z.infer<typeof BatchRunSchema>;

/** `signaalreis run`'s arguments for a run: options as `--name=value` (a value may start with `-`), the file after `--`. */
function runArgs(
  month: IsoMonth,
  r: RawRun,
  preset: string,
  code: string,
  out: string,
  plan: z.infer<typeof BatchPlanSchema>,
): string[] {
  const args = ['run', `--month=${month}`, `--preset=${preset}`, `--municipality=${code}`, `--out=${out}`];
  for (const h of r.history ?? []) args.push(`--history=${h}`);
  if (r.register) args.push(`--register=${r.register}`);
  if (r.debtAssistance) args.push(`--debt-assistance=${r.debtAssistance}`);
  if (r.sheet) args.push(`--sheet=${r.sheet}`);
  const csvDialect = r.csvDialect ?? plan.csvDialect;
  if (csvDialect) args.push(`--csv-dialect=${csvDialect}`);
  if (r.xlsx ?? plan.xlsx) args.push('--xlsx');
  args.push('--', r.signals);
  return args;
}

/** Whether folder `a` is `b` or lies inside it (or the other way round), both resolved against one root. */
function overlaps(a: string, b: string): boolean {
  const [x, y] = [resolve('/', a), resolve('/', b)].map((p) => (p.endsWith(sep) ? p : p + sep)) as [
    string,
    string,
  ];
  return x.startsWith(y) || y.startsWith(x);
}

/**
 * Checks a plan read from JSON: its shape (unknown keys refused), the month, each run's CBS code and
 * preset (its own or the plan's), one run per municipality, and folders that do not overlap (each
 * run swaps in a folder of its own). Every problem is an issue with its JSON path; none is thrown.
 *
 * @example
 * ```ts
 * import { checkBatchPlan } from './batch-plan';
 * const r = checkBatchPlan({ month: '2026-10', preset: 'type-small', runs: [{ municipality: 'GM0363', signals: 'a.csv' }] });
 * if (r.ok) r.value.runs[0]?.args;
 * // ['run', '--month=2026-10', '--preset=type-small', '--municipality=0363', '--out=out/2026-10/0363', '--', 'a.csv']
 * ```
 */
export function checkBatchPlan(value: unknown): Result<BatchPlan> {
  const parsed = BatchPlanSchema.safeParse(value);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
  const plan = parsed.data;
  const issues: Issue[] = [];
  const month = parseIsoMonth(plan.month);
  if (!month.ok) issues.push(...month.issues.map((i) => ({ ...i, path: ['month'] })));
  const runs: BatchRun[] = [];
  const byCode = new Map<string, number>();
  plan.runs.forEach((r, i) => {
    const code = parseMunicipalityCode(r.municipality);
    if (!code.ok) issues.push(...code.issues.map((x) => ({ ...x, path: ['runs', i, 'municipality'] })));
    else if (byCode.has(code.value))
      issues.push(
        issue(
          'duplicate_municipality',
          ['runs', i, 'municipality'],
          M.duplicateMunicipality(code.value, byCode.get(code.value) as number),
        ),
      );
    else byCode.set(code.value, i);
    const preset = r.preset ?? plan.preset;
    if (!preset) issues.push(issue('missing_preset', ['runs', i, 'preset'], M.noPreset));
    const out = r.out ?? posix.join('out', plan.month, code.ok ? code.value : r.municipality);
    const first = runs.findIndex((other) => overlaps(other.out, out));
    if (first >= 0) issues.push(issue('shared_out', ['runs', i, 'out'], M.sharedOut(first)));
    if (month.ok && code.ok && preset)
      runs.push({
        municipality: code.value,
        out,
        args: runArgs(month.value, r, preset, code.value, out, plan),
      });
    else
      runs.push({ municipality: (code.ok ? code.value : r.municipality) as MunicipalityCode, out, args: [] });
  });
  if (issues.length > 0 || !month.ok) return { ok: false, issues };
  return { ok: true, value: { month: month.value, runs } };
}
