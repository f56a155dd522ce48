import * as z from 'zod';
import { monthsBetween } from '../calendar/months';
import { type PartnerId, PartnerIdSchema } from '../model/ids';
import { type IsoMonth, IsoMonthSchema } from '../model/iso-date';
import { fail, type Issue, issue, ok, type Result } from '../model/issue';
import type { Bilingual } from '../model/text';
import { issuesFromZod } from '../model/zod-issues';
import { CRITERIA_MESSAGES as M } from './messages';

/**
 * zod schema of a {@link ChronicHistoryEntry} (strict).
 *
 * @example
 * ```ts
 * import { ChronicHistoryEntrySchema } from '@signaalreis/core';
 * ChronicHistoryEntrySchema.safeParse({ month: '2026-10' }).success; // false
 * ```
 */
export const ChronicHistoryEntrySchema = z
  .object({
    month: IsoMonthSchema,
    partnerId: PartnerIdSchema,
    customerId: z.string().min(1),
    amountOpenCents: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).brand<'Cents'>(),
    unpaidTerms: z.number().int().min(0),
    arrearAgeDays: z.number().int(),
    termAmountCents: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).brand<'Cents'>().optional(),
  })
  .strict();

/**
 * One month in which a partner signalled a customer (or would have): the month, the open amount,
 * the unpaid terms, the age of the arrear on the evaluation date and, when known, the amount of
 * one regular term (premium, advance, rent).
 *
 * @example
 * ```ts
 * import { asCents, asIsoMonth, asPartnerId, type ChronicHistoryEntry } from '@signaalreis/core';
 * const e: ChronicHistoryEntry = {
 *   month: asIsoMonth('2026-10'), partnerId: asPartnerId('zv-a'), customerId: 'K-7', amountOpenCents: asCents(15800),
 *   unpaidTerms: 1, arrearAgeDays: 31,
 * };
 * ```
 */
export type ChronicHistoryEntry = z.infer<typeof ChronicHistoryEntrySchema>;

/**
 * Options of {@link findChronicLatePayers}. All defaults are project defaults ("about one term,
 * about one month late, month after month").
 *
 * @example
 * ```ts
 * import type { ChronicOptions } from '@signaalreis/core';
 * const strict: ChronicOptions = { minMonths: 6, maxAgeDays: 40 };
 * ```
 */
export interface ChronicOptions {
  /** Consecutive months needed (default 3). */
  minMonths?: number;
  /** Smallest arrear age in days that counts as "about a month late" (default 15). */
  minAgeDays?: number;
  /** Largest arrear age in days that counts as "about a month late" (default 45). */
  maxAgeDays?: number;
  /** Largest number of unpaid terms that counts as "one term" (default 1). */
  maxTerms?: number;
  /** With `termAmountCents`: the open amount may differ this fraction from one term (default 0.25). */
  termTolerance?: number;
}

/**
 * A "sleper": a customer who pays about one term about a month late, month after month, with the
 * evidence (the entries of the longest run of consecutive months, the latest on a tie) and the
 * advice for the partner to move the collection date.
 */
export interface ChronicLatePayer {
  /** The partner whose ledger shows the pattern. */
  partnerId: PartnerId;
  /** The customer. */
  customerId: string;
  /** Length of the run in months. */
  months: number;
  /** First month of the run. */
  from: IsoMonth;
  /** Last month of the run. */
  to: IsoMonth;
  /** The entries of the run, by month. */
  evidence: ChronicHistoryEntry[];
  /** Median arrear age in the run, in days. */
  medianArrearAgeDays: number;
  /** Advice to the partner, Dutch and English. */
  advice: Bilingual;
  /** Where the advice comes from. */
  source: string;
}

const SOURCE =
  'signaalreis-2023, "Kansen" and "Het ontstaan van een signaal" (slepers; aanpassing van de incassodatum); thresholds: project default';

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : Math.round(((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2);
};

function qualifies(e: ChronicHistoryEntry, o: Required<ChronicOptions>): boolean {
  if (e.unpaidTerms < 1 || e.unpaidTerms > o.maxTerms) return false;
  if (e.arrearAgeDays < o.minAgeDays || e.arrearAgeDays > o.maxAgeDays) return false;
  if (e.termAmountCents === undefined) return true;
  return Math.abs(e.amountOpenCents - e.termAmountCents) <= o.termTolerance * e.termAmountCents;
}

/** The longest run of consecutive qualifying months (the latest on a tie), from entries sorted by month. */
function longestRun(entries: ChronicHistoryEntry[], o: Required<ChronicOptions>): ChronicHistoryEntry[] {
  let best: ChronicHistoryEntry[] = [];
  let run: ChronicHistoryEntry[] = [];
  for (const e of entries) {
    if (!qualifies(e, o)) {
      run = [];
      continue;
    }
    const last = run[run.length - 1];
    run = last && monthsBetween(last.month, e.month) === 1 ? [...run, e] : [e];
    if (run.length >= best.length) best = run;
  }
  return best;
}

function advice(p: { months: number; from: IsoMonth; to: IsoMonth; age: number }): Bilingual {
  return {
    nl: `Betaalt al ${p.months} maanden achter elkaar (${p.from} t/m ${p.to}) ongeveer één termijn zo'n ${p.age} dagen te laat ('sleper'). Overweeg in overleg met de klant de incassodatum te verplaatsen naar een moment dat past bij het inkomen, in plaats van elke maand een signaal.`,
    en: `Has paid about one term some ${p.age} days late for ${p.months} consecutive months (${p.from} to ${p.to}) (a 'sleper'). Consider moving the collection date, with the customer, to a moment that fits their income, instead of signalling every month.`,
  };
}

/**
 * Finds "slepers": customers who are signalled month after month for about one term that is
 * about a month late (`signaalreis-2023`: "inwoners die telkens net te laat betalen, zogenaamde 'slepers'",
 * one municipality saw the same people reported 22 times). For each partner and customer it takes
 * the longest run of consecutive months in which the entry has 1 to `maxTerms` unpaid terms, an
 * arrear age between `minAgeDays` and `maxAgeDays`, and (when `termAmountCents` is given) an open
 * amount within `termTolerance` of one term. Runs of at least `minMonths` are reported, sorted by
 * partner and customer, with the advice of `signaalreis-2023` to move the collection date ("aanpassing van de
 * incassodatum door de VLP zelf"). The order of `history` does not matter. Issues: invalid entries
 * (paths `[index, field]`), `duplicate_month` (the same partner, customer and month twice),
 * `invalid_option`, and `not_a_list` when `history` is not a list.
 *
 * @example
 * ```ts
 * import { findChronicLatePayers } from '@signaalreis/core';
 * const entry = (month: string) => ({ month, partnerId: 'zv-a', customerId: 'K-7', amountOpenCents: 15800, unpaidTerms: 1, arrearAgeDays: 31 });
 * const r = findChronicLatePayers([entry('2026-08'), entry('2026-09'), entry('2026-10')]);
 * // { ok: true, value: [{ customerId: 'K-7', months: 3, from: '2026-08', to: '2026-10', advice: { nl: 'Betaalt al 3 maanden …', … }, … }] }
 * ```
 */
export function findChronicLatePayers(
  history: readonly unknown[],
  options: ChronicOptions = {},
): Result<ChronicLatePayer[]> {
  if (!Array.isArray(history)) return fail(issue('not_a_list', [], M.notAList('history')));
  const o: Required<ChronicOptions> = {
    minMonths: options.minMonths ?? 3,
    minAgeDays: options.minAgeDays ?? 15,
    maxAgeDays: options.maxAgeDays ?? 45,
    maxTerms: options.maxTerms ?? 1,
    termTolerance: options.termTolerance ?? 0.25,
  };
  if (
    !Number.isInteger(o.minMonths) ||
    o.minMonths < 1 ||
    o.minAgeDays > o.maxAgeDays ||
    o.termTolerance < 0
  ) {
    return fail(issue('invalid_option', [], M.invalidOption));
  }
  const groups = new Map<string, ChronicHistoryEntry[]>();
  const months = new Map<string, number>();
  const issues: Issue[] = [];
  for (const [index, input] of history.entries()) {
    const parsed = ChronicHistoryEntrySchema.safeParse(input);
    if (!parsed.success) {
      issues.push(...issuesFromZod(parsed.error, [index]));
      continue;
    }
    const e = parsed.data;
    const key = JSON.stringify([e.partnerId, e.customerId]);
    const monthKey = JSON.stringify([e.partnerId, e.customerId, e.month]);
    const earlier = months.get(monthKey);
    if (earlier !== undefined) {
      issues.push(
        issue('duplicate_month', [index, 'month'], M.duplicateMonth(e.customerId, e.month, earlier)),
      );
      continue;
    }
    months.set(monthKey, index);
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  if (issues.length > 0) return fail(issues);
  const found: ChronicLatePayer[] = [];
  for (const entries of groups.values()) {
    entries.sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
    const run = longestRun(entries, o);
    const first = run[0];
    const last = run[run.length - 1];
    if (run.length < o.minMonths || !first || !last) continue;
    const age = median(run.map((e) => e.arrearAgeDays));
    found.push({
      partnerId: first.partnerId,
      customerId: first.customerId,
      months: run.length,
      from: first.month,
      to: last.month,
      evidence: run,
      medianArrearAgeDays: age,
      advice: advice({ months: run.length, from: first.month, to: last.month, age }),
      source: SOURCE,
    });
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return ok(found.sort((a, b) => cmp(a.partnerId, b.partnerId) || cmp(a.customerId, b.customerId)));
}
