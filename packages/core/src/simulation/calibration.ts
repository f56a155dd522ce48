// Calibration of the outcome model (issue 16): run the model on each source's population over
// replications and set its figures beside the source's, with 90 % intervals.
import { fail, type Issue, issue, ok, type Result } from '../model/issue';
import type { Bilingual } from '../model/text';
import {
  type CalibrationMeasure,
  type CalibrationSource,
  NATIONAL_MONITOR,
  SAMPLE_2023,
} from './calibration-sources';
import { SIMULATION_MESSAGES as M, MEASURE_LABELS } from './messages';
import { drawOutcome, type OutcomeDraw, type PlannedAttempt } from './outcome-model';
import type { OutcomeParameters } from './outcome-parameters';

/**
 * Points a model figure may lie from the source's (issue 16: "within ±3 points").
 *
 * @example
 * ```ts
 * import { CALIBRATION_TOLERANCE } from '@signaalreis/core';
 * const within = (model: number, source: number) => Math.abs(model - source) <= CALIBRATION_TOLERANCE;
 * within(18.6, 20); // true
 * ```
 */
export const CALIBRATION_TOLERANCE = 3;

/**
 * One figure side by side: the source's percentage and the model's mean over replications with
 * its 90 % interval (the 5th and 95th percentile of the replications), in percent, one decimal.
 *
 * @example
 * ```ts
 * import type { CalibrationRow } from '@signaalreis/core';
 * const gap = (r: CalibrationRow) => r.mean - r.target;
 * ```
 */
export interface CalibrationRow {
  source: string;
  measure: CalibrationMeasure;
  label: Bilingual;
  target: number;
  mean: number;
  low: number;
  high: number;
  /** Whether the figure is checked within the tolerance, or only shown (too few signals). */
  checked: boolean;
  within: boolean;
}

/**
 * The result of {@link calibrate}: every row, and whether every checked row is within the tolerance.
 *
 * @example
 * ```ts
 * import type { CalibrationResult } from '@signaalreis/core';
 * const misses = (r: CalibrationResult) => r.rows.filter((x) => x.checked && !x.within);
 * ```
 */
export interface CalibrationResult {
  replications: number;
  seed: number;
  tolerance: number;
  rows: CalibrationRow[];
  ok: boolean;
}

/** One signal's draw with what its attempts made. */
interface Drawn {
  planned: boolean;
  draw?: OutcomeDraw;
  made: readonly PlannedAttempt[];
}

const ratio = (xs: readonly Drawn[], num: (d: Drawn) => boolean, den: (d: Drawn) => boolean) => {
  const base = xs.filter(den);
  return base.length === 0 ? 0 : base.filter(num).length / base.length;
};
const made = (channel: string) => (d: Drawn) => d.made.some((a) => a.channel === channel);
const reached = (d: Drawn) => d.draw?.reached === true;
const helped = (d: Drawn) => d.draw?.helpAccepted === true;
const all = () => true;

const MEASURES: Record<CalibrationMeasure, (xs: readonly Drawn[]) => number> = {
  'not-picked-up': (xs) => ratio(xs, (d) => !d.planned, all),
  'not-reached': (xs) => ratio(xs, (d) => d.planned && !reached(d), all),
  'reached-no-help': (xs) => ratio(xs, (d) => reached(d) && !helped(d), all),
  'help-accepted': (xs) => ratio(xs, helped, all),
  reached: (xs) => ratio(xs, reached, all),
  'reached-letter-only': (xs) =>
    ratio(xs, reached, (d) => d.made.length > 0 && d.made.every((a) => a.channel === 'letter')),
  'reached-with-phone': (xs) => ratio(xs, reached, made('phone')),
  'reached-with-visit': (xs) => ratio(xs, reached, made('home-visit')),
  'help-of-reached': (xs) => ratio(xs, helped, reached),
  'phone-of-helped': (xs) => ratio(xs, made('phone'), helped),
};

function replicate(s: CalibrationSource, p: OutcomeParameters, seed: number, r: number): Drawn[] {
  const out: Drawn[] = [];
  for (const g of s.groups) {
    if (g.plan === 'unknown') continue; // counted in the base of shares of all signals (calibrate)
    for (let i = 0; i < g.count; i++) {
      if (g.plan === null) {
        out.push({ planned: false, made: [] });
        continue;
      }
      const draw = drawOutcome({ key: `${s.id}/${r}/${g.id}/${i}`, attempts: g.plan }, p, seed);
      out.push({ planned: true, draw, made: g.plan.slice(0, draw.attemptsMade) });
    }
  }
  return out;
}

/** The nearest-rank percentile of sorted values. */
const percentile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
const oneDecimal = (x: number) => Math.round(x * 1000) / 10;

/**
 * Runs the outcome model on each calibration source's population (by default the 66-signal
 * sample of March 2023 and the national monitor) `replications` times and sets each of the
 * source's figures beside the model's mean and 90 % interval. Signals whose outcome the source
 * does not know stay in the population (so shares are of all its signals) but in no figure.
 * Deterministic for a seed. Bad options give issues (`bad_replications`: a whole number from 1 to
 * 100,000; `bad_seed`: a whole number).
 *
 * @example
 * ```ts
 * import { calibrate, DEFAULT_OUTCOME_PARAMETERS } from '@signaalreis/core';
 * const r = calibrate(DEFAULT_OUTCOME_PARAMETERS, { replications: 200, seed: 1 });
 * r.ok && r.value.rows.map((x) => `${x.measure}: ${x.target} vs ${x.mean} [${x.low}–${x.high}]`);
 * // ['not-reached: 56 vs 55.1 [48.5–62.1]', …]
 * ```
 */
export function calibrate(
  p: OutcomeParameters,
  options: { replications?: number; seed?: number; sources?: readonly CalibrationSource[] } = {},
): Result<CalibrationResult> {
  const { replications = 200, seed = 1, sources = [SAMPLE_2023, NATIONAL_MONITOR] } = options;
  const issues: Issue[] = [];
  if (!Number.isSafeInteger(replications) || replications < 1 || replications > 100_000)
    issues.push(issue('bad_replications', ['replications'], M.badReplications));
  if (!Number.isSafeInteger(seed)) issues.push(issue('bad_seed', ['seed'], M.badSeed));
  if (issues.length > 0) return fail(issues);
  const rows: CalibrationRow[] = [];
  for (const s of sources) {
    const unknown = s.groups.reduce((n, g) => n + (g.plan === 'unknown' ? g.count : 0), 0);
    const values = s.targets.map(() => [] as number[]);
    for (let r = 0; r < replications; r++) {
      const drawn = replicate(s, p, seed, r);
      const total = drawn.length + unknown;
      s.targets.forEach((t, i) => {
        const v = MEASURES[t.measure](drawn);
        // shares of all signals count the unknown ones in the base, as the source does
        const ofAll = ['not-picked-up', 'not-reached', 'reached-no-help', 'help-accepted', 'reached'];
        values[i]?.push(ofAll.includes(t.measure) ? (v * drawn.length) / total : v);
      });
    }
    s.targets.forEach((t, i) => {
      const sorted = [...(values[i] ?? [])].sort((a, b) => a - b);
      const mean = oneDecimal(sorted.reduce((a, b) => a + b, 0) / sorted.length);
      rows.push({
        source: s.id,
        measure: t.measure,
        label: MEASURE_LABELS[t.measure],
        target: Math.round(t.percent * 10) / 10,
        mean,
        low: oneDecimal(percentile(sorted, 0.05)),
        high: oneDecimal(percentile(sorted, 0.95)),
        checked: t.checked,
        within: Math.abs(mean - t.percent) <= CALIBRATION_TOLERANCE,
      });
    });
  }
  return ok({
    replications,
    seed,
    tolerance: CALIBRATION_TOLERANCE,
    rows,
    ok: rows.every((x) => !x.checked || x.within),
  });
}
