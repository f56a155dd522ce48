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
  monthsBetween,
  parseIsoMonth,
  parseMunicipalityCode,
  type Result,
} from '@signaalreis/core';
import { z } from 'zod';
import { CSV_DIALECTS, type CsvDialect } from '../output/csv-writer';
import { BATCH_MESSAGES as M } from './messages/batch';

/**
 * The most runs in one plan (project default: the Netherlands has 342 municipalities; a plan of two
 * years of months for each is 8,208 runs).
 */
export const BATCH_MAX_RUNS = 10_000;

/**
 * The most months of one municipality in a plan (project default: ten years; a month's run is given
 * the case files of all its earlier months, so that no run gets more than the 120 history files a
 * run of the plan may list itself).
 */
export const BATCH_MAX_MONTHS = 120;

const path = z.string().min(1).max(4096);
const dialect = z.enum(CSV_DIALECTS as [CsvDialect, ...CsvDialect[]]);

const BatchRunSchema = z.strictObject({
  municipality: z.string().max(16),
  month: z.string().max(16).optional(),
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
  month: z.string().max(16).optional(),
  preset: path.optional(),
  csvDialect: dialect.optional(),
  xlsx: z.boolean().optional(),
  historyMonths: z.number().int().min(1).max(120).optional(),
  runs: z.array(BatchRunSchema).min(1).max(BATCH_MAX_RUNS),
});

/** One run of a checked plan: its municipality, month, folder (as the plan gives it) and the arguments of `signaalreis run`. */
export interface BatchRun {
  /** The CBS code, normalised (`GM0363` → `0363`). */
  municipality: MunicipalityCode;
  /** The month of the run: its own `month`, else the plan's. */
  month: IsoMonth;
  /** The output folder, relative to the plan's folder unless absolute (default `out/<month>/<code>`). */
  out: string;
  /**
   * The arguments after `signaalreis`: `run … -- <signals>`. Its `--history` holds the run's own
   * history files and those of the municipality's earlier runs in the plan (carried), not their
   * case files: those are {@link BatchRun.earlier}.
   */
  args: string[];
  /** The index in the plan of the municipality's run of the month before it in the plan (which must go well first). */
  after?: number;
  /**
   * The case files (`<out>/cases.json`) of the municipality's earlier runs in the plan, oldest first
   * (those at most the plan's `historyMonths` before, when it gives that): history without a store.
   */
  earlier: string[];
}

/** A checked plan. */
export interface BatchPlan {
  /** The plan's own `month` (the month of every run that names none), when it gives one. */
  month?: IsoMonth;
  /** The months of the runs, distinct and in order. */
  months: IsoMonth[];
  runs: BatchRun[];
}

type RawRun = z.infer<typeof BatchRunSchema>;

/** `signaalreis run`'s arguments for a run: options as `--name=value` (a value may start with `-`), the file after `--`. */
function runArgs(
  month: IsoMonth,
  r: RawRun,
  history: readonly string[],
  preset: string,
  code: string,
  out: string,
  plan: z.infer<typeof BatchPlanSchema>,
): string[] {
  const args = ['run', `--month=${month}`, `--preset=${preset}`, `--municipality=${code}`, `--out=${out}`];
  for (const h of history) args.push(`--history=${h}`);
  if (r.register) args.push(`--register=${r.register}`);
  if (r.debtAssistance) args.push(`--debt-assistance=${r.debtAssistance}`);
  if (r.sheet) args.push(`--sheet=${r.sheet}`);
  const csvDialect = r.csvDialect ?? plan.csvDialect;
  if (csvDialect) args.push(`--csv-dialect=${csvDialect}`);
  if (r.xlsx ?? plan.xlsx) args.push('--xlsx');
  args.push('--', r.signals);
  return args;
}

/** A folder resolved against one root, ending in the separator (so that `a/` is no prefix of `ab/`). */
const folderKey = (p: string): string => {
  const r = resolve('/', p);
  return r.endsWith(sep) ? r : r + sep;
};

/**
 * The folders of a plan's runs, to find the first earlier one that overlaps a new one (is it, lies
 * inside it or holds it) by looking up its ancestors — not by comparing every pair (10,000 runs).
 */
class Folders {
  /** Each folder, by key: its first run. */
  #own = new Map<string, number>();
  /** Each folder and every folder above it, by key: the first run whose folder is it or lies in it. */
  #under = new Map<string, number>();

  /** The first earlier run whose folder overlaps `out` (then `out` is added for run `i`). */
  add(out: string, i: number): number | undefined {
    const key = folderKey(out);
    let first = this.#under.get(key);
    for (let at = key.indexOf(sep, 1); at > 0 && at < key.length - 1; at = key.indexOf(sep, at + 1)) {
      const above = this.#own.get(key.slice(0, at + 1));
      if (above !== undefined && (first === undefined || above < first)) first = above;
    }
    if (!this.#own.has(key)) this.#own.set(key, i);
    for (let at = key.indexOf(sep); at >= 0; at = key.indexOf(sep, at + 1)) {
      const prefix = key.slice(0, at + 1);
      if (!this.#under.has(prefix)) this.#under.set(prefix, i);
    }
    return first;
  }
}

/** A run read from the plan, before its arguments are made. */
interface Planned {
  i: number;
  raw: RawRun;
  code: MunicipalityCode;
  month: IsoMonth;
  preset: string;
  out: string;
}

/**
 * Each municipality's runs in month order: each run gets its municipality's earlier runs — the
 * last as `after`, their case files as `earlier` — and their history files besides its own.
 */
function chained(planned: readonly Planned[], plan: z.infer<typeof BatchPlanSchema>): BatchRun[] {
  const runs: BatchRun[] = [];
  const byCode = new Map<string, Planned[]>();
  for (const p of planned) {
    const chain = byCode.get(p.code);
    if (chain) chain.push(p);
    else byCode.set(p.code, [p]);
  }
  for (const chain of byCode.values()) {
    chain.sort((a, b) => (a.month < b.month ? -1 : 1));
    // the history files given so far in the chain, each once (compared resolved against one root)
    const history: string[] = [];
    const given = new Set<string>();
    chain.forEach((p, k) => {
      for (const f of p.raw.history ?? []) {
        const key = resolve('/', f);
        if (given.has(key)) continue;
        given.add(key);
        history.push(f);
      }
      const before = chain[k - 1];
      runs[p.i] = {
        municipality: p.code,
        month: p.month,
        out: p.out,
        args: runArgs(p.month, p.raw, history, p.preset, p.code, p.out, plan),
        ...(before ? { after: before.i } : {}),
        // an earlier case file the plan already gives as history is not given twice
        earlier: chain
          .slice(0, k)
          .filter(
            (e) => plan.historyMonths === undefined || monthsBetween(e.month, p.month) <= plan.historyMonths,
          )
          .map((e) => posix.join(e.out, 'cases.json'))
          .filter((f) => !given.has(resolve('/', f))),
      };
    });
  }
  return runs;
}

/**
 * Checks a plan read from JSON: its shape (unknown keys refused), the months, each run's CBS code
 * and preset (its own or the plan's), one run per municipality and month, and folders that do not
 * overlap (each run swaps in a folder of its own). A municipality with runs in several months gets
 * them in month order, each with the history of the earlier ones. Every problem is an issue with its
 * JSON path; none is thrown.
 *
 * @example
 * ```ts
 * import { checkBatchPlan } from './batch-plan';
 * const r = checkBatchPlan({
 *   preset: 'type-small',
 *   runs: [
 *     { municipality: 'GM0363', month: '2026-10', signals: 'okt.csv' },
 *     { municipality: '0363', month: '2026-09', signals: 'sep.csv' },
 *   ],
 * });
 * if (r.ok) [r.value.runs[0]?.after, r.value.runs[0]?.earlier];
 * // [1, ['out/2026-09/0363/cases.json']]: October goes after September, with its case file as history
 * ```
 */
export function checkBatchPlan(value: unknown): Result<BatchPlan> {
  const parsed = BatchPlanSchema.safeParse(value);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
  const plan = parsed.data;
  const issues: Issue[] = [];
  const top = plan.month === undefined ? undefined : parseIsoMonth(plan.month);
  if (top && !top.ok) issues.push(...top.issues.map((i) => ({ ...i, path: ['month'] })));
  const planned: Planned[] = [];
  const byKey = new Map<string, number>();
  const perCode = new Map<string, number>();
  const folders = new Folders();
  plan.runs.forEach((r, i) => {
    const code = parseMunicipalityCode(r.municipality);
    if (!code.ok) issues.push(...code.issues.map((x) => ({ ...x, path: ['runs', i, 'municipality'] })));
    const month = r.month === undefined ? top : parseIsoMonth(r.month);
    if (!month) issues.push(issue('missing_month', ['runs', i, 'month'], M.noMonth));
    else if (!month.ok && r.month !== undefined)
      issues.push(...month.issues.map((x) => ({ ...x, path: ['runs', i, 'month'] })));
    // one run per municipality and month (a month that is no month: as written)
    const when = month?.ok ? month.value : (r.month ?? plan.month ?? '');
    const who: string = code.ok ? code.value : r.municipality;
    const key = `${who}|${when}`;
    const twin = byKey.get(key);
    if (code.ok && twin !== undefined)
      issues.push(
        issue(
          'duplicate_municipality',
          ['runs', i, 'municipality'],
          M.duplicateMunicipality(code.value, when, twin),
        ),
      );
    else if (twin === undefined) byKey.set(key, i);
    const months = (perCode.get(who) ?? 0) + 1;
    perCode.set(who, months);
    if (months === BATCH_MAX_MONTHS + 1)
      issues.push(issue('too_many_months', ['runs', i, 'month'], M.tooManyMonths(BATCH_MAX_MONTHS)));
    const preset = r.preset ?? plan.preset;
    if (!preset) issues.push(issue('missing_preset', ['runs', i, 'preset'], M.noPreset));
    const out = r.out ?? posix.join('out', when, who);
    const first = folders.add(out, i);
    if (first !== undefined) issues.push(issue('shared_out', ['runs', i, 'out'], M.sharedOut(first)));
    if (code.ok && month?.ok && preset)
      planned.push({ i, raw: r, code: code.value, month: month.value, preset, out });
  });
  if (issues.length > 0) return { ok: false, issues };
  const months = [...new Set(planned.map((p) => p.month))].sort();
  return {
    ok: true,
    value: { ...(top?.ok ? { month: top.value } : {}), months, runs: chained(planned, plan) },
  };
}
