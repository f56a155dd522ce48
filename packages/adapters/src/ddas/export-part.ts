// One municipality's part of a delivery made a month at a time (export-parts.ts): its months as
// added, its signals' IDs (each with its number in the order added, to find one given twice), its
// figures, and its problems of cases put in the order the whole delivery gives them.
import { type IsoMonth, type Issue, type IssuePath, issue, type MunicipalityCode } from '@signaalreis/core';
import { type DdasDeliveryCount, emptyCount } from './export';
import { DDAS_MESSAGES as M } from './messages';

/** The two lists of a levering that a month adds to. */
export type DdasMonthList = 'signals' | 'zaken';

/** A month added (not its case file: let go once added): which, where, what it gave, each exported case's index and first signal. */
export interface Entry {
  month: IsoMonth;
  at: IssuePath;
  index: number;
  count: Record<DdasMonthList, number>;
  /** per exported case: its index in the case file, and the number of the month's signals before it */
  cases: Int32Array;
  firstSignal: Int32Array;
  /** the municipality's signals added before this month */
  base: number;
  schema: { list: 'vroegsignalen' | 'vroegsignaalzaken'; at: number; issues: Issue[] }[];
}

/** A problem of a case (at `i`, signal `j`), ordered later as the whole delivery orders it. */
export interface CaseIssue {
  entry: Entry;
  i: number;
  j: number;
  issue: Issue;
}

/** One municipality's part: its months, its signals' IDs (with the first's number), its tallies. */
export class Part {
  /** its months in the order added; then (at the end) in the delivery's order */
  readonly entries: Entry[] = [];
  ordered: Entry[] = [];
  readonly ids = new Map<string, number>();
  readonly again: { id: string; k: number }[] = [];
  readonly issues: CaseIssue[] = [];
  signals = 0;
  readonly count: DdasDeliveryCount;

  constructor(readonly code: MunicipalityCode) {
    this.count = emptyCount(code);
  }

  /** Where the municipality's `k`th signal (in the order added) is: its month, case and place. */
  locate(k: number): { entry: Entry; i: number; j: number } {
    let lo = 0;
    let hi = this.entries.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.entries[mid] as Entry).base <= k) lo = mid;
      else hi = mid - 1;
    }
    const entry = this.entries[lo] as Entry;
    const local = k - entry.base;
    let a = 0;
    let b = entry.firstSignal.length - 1;
    while (a < b) {
      const mid = (a + b + 1) >> 1;
      if ((entry.firstSignal[mid] as number) <= local) a = mid;
      else b = mid - 1;
    }
    return { entry, i: entry.cases[a] as number, j: local - (entry.firstSignal[a] as number) };
  }
}

export const byMonth = (a: Entry, b: Entry) => a.month.localeCompare(b.month);

/**
 * A municipality's problems of cases in the whole delivery's order — its months in month order,
 * their cases and signals in order: each case that cannot be delivered, and each signal whose ID
 * came before (in that order) in the municipality's delivery.
 */
export function caseIssues(part: Part): Issue[] {
  const rank = new Map(part.ordered.map((e, r) => [e, r]));
  const out: (CaseIssue & { r: number })[] = part.issues.map((x) => ({
    ...x,
    r: rank.get(x.entry) as number,
  }));
  const places = new Map<string, number[]>();
  for (const { id, k } of part.again) {
    const list = places.get(id) ?? [part.ids.get(id) as number];
    list.push(k);
    places.set(id, list);
  }
  for (const [id, ks] of places) {
    const found = ks.map((k) => part.locate(k)).map((x) => ({ ...x, r: rank.get(x.entry) as number }));
    found.sort((a, b) => a.r - b.r || a.i - b.i || a.j - b.j);
    for (const x of found.slice(1))
      out.push({
        ...x,
        issue: issue(
          'ddas_signal_twice',
          [...x.entry.at, 'cases', x.i, 'signals', x.j],
          M.signalTwice(id, part.code),
        ),
      });
  }
  // stable: a case's own problems keep their order; signals twice of one case by their place
  out.sort((a, b) => a.r - b.r || a.i - b.i || a.j - b.j);
  return out.map((x) => x.issue);
}
