// The researcher's row export (issue 12): one row per case, pseudonymised, with small-count
// suppression. A household gets a pseudonym that is stable within one store (across months and
// calls) and cannot be made or linked outside it: HMAC-SHA-256 keyed with the store's own secret,
// truncated. No household key, BSN, name, address, postcode, house number or case id leaves.
import { createHmac } from 'node:crypto';
import type { CaseOutline } from '@signaalreis/core';

/**
 * The smallest count a researcher is shown (project default, after CBS practice of minimum cell
 * sizes for published tables and microdata): a count below it is suppressed in the summary; in the
 * row export every combination of quasi-identifiers occurs at least this often. Set with
 * `createService({ disclosure: { k } })`.
 */
export const DEFAULT_K = 10;

/** The name of the rule, as answers and docs cite it. */
export const K_SOURCE = 'project default (after CBS practice of minimum cell sizes)';

/** Hex characters of a pseudonym: 64 bits (project default), far from collisions at a municipality's size. */
const PSEUDONYM_HEX = 16;

/** A household's pseudonym in one store: HMAC-SHA-256(secret, municipality NUL household key), truncated. */
export function pseudonymOf(secret: Uint8Array, municipality: string, householdKey: string): string {
  return createHmac('sha256', secret)
    .update(`${municipality}\u0000${householdKey}`)
    .digest('hex')
    .slice(0, PSEUDONYM_HEX);
}

/**
 * Amount bands in euros (project default): wide enough that an amount cannot single out a
 * household, the boundaries those of the monitor's arrear classes (under € 250, … € 5,000 and more).
 */
const BANDS: readonly [number, string][] = [
  [250_00, '0-249'],
  [500_00, '250-499'],
  [1000_00, '500-999'],
  [2500_00, '1000-2499'],
  [5000_00, '2500-4999'],
];

/** The band of an amount in cents (`5000+` from € 5,000). */
export function amountBand(cents: number): string {
  for (const [below, band] of BANDS) if (cents < below) return band;
  return '5000+';
}

/** One row of the export. `*` in `sectors` or `amountBand`: coarsened (see {@link suppressRows}). */
export interface ResearchRow {
  pseudonym: string;
  month: string;
  municipality: string;
  /** The sectors of the case's signals, sorted, joined with `+` (`energy+water`). */
  sectors: string;
  signals: number;
  amountBand: string;
  bucket: string;
  primaryChannel: string | null;
  /** The DDAS signal status intake gave the case. */
  status: string;
  /** The lifecycle result, when there is one. */
  result: string | null;
  /** Days from the month's decision day to the first attempt that reached the household. */
  daysToFirstContact: number | null;
}

/** The columns of the export, in order (CSV header). */
export const RESEARCH_COLUMNS = [
  'pseudonym',
  'month',
  'municipality',
  'sectors',
  'signals',
  'amountBand',
  'bucket',
  'primaryChannel',
  'status',
  'result',
  'daysToFirstContact',
] as const;

const days = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * The row of a stored case in outline (`caseOutline`; its month decided on `decidedOn`), its
 * household pseudonymised with `secret`.
 */
export function researchRow(
  secret: Uint8Array,
  municipality: string,
  month: string,
  decidedOn: string,
  c: CaseOutline,
): ResearchRow {
  return {
    pseudonym: pseudonymOf(secret, municipality, c.householdKey),
    month,
    municipality,
    sectors: c.sectors.join('+'),
    signals: c.signals,
    amountBand: amountBand(c.totalAmountCents),
    bucket: c.worklistBucket,
    primaryChannel: c.primaryChannel,
    status: c.signalStatus,
    result: c.result,
    daysToFirstContact: c.firstReachedOn ? days(decidedOn, c.firstReachedOn) : null,
  };
}

/** The quasi-identifiers of a row: what, combined, could single out a household. */
export const quasiIdentifiers = (r: ResearchRow): string =>
  [r.municipality, r.month, r.sectors, r.amountBand].join('\u0000');

/** What suppression did: rows coarsened per step, and rows left out. */
export interface Suppression {
  k: number;
  source: string;
  /** Rows whose amount band became `*`. */
  coarsenedAmount: number;
  /** Rows whose sectors (and amount band) became `*`. */
  coarsenedSectors: number;
  /** Rows left out: their class was below k even with both coarsened. Never silently: counted here. */
  leftOut: number;
}

function split(rows: readonly ResearchRow[], k: number): [ResearchRow[], ResearchRow[]] {
  const sizes = new Map<string, number>();
  for (const r of rows) sizes.set(quasiIdentifiers(r), (sizes.get(quasiIdentifiers(r)) ?? 0) + 1);
  const big: ResearchRow[] = [];
  const small: ResearchRow[] = [];
  for (const r of rows) ((sizes.get(quasiIdentifiers(r)) ?? 0) >= k ? big : small).push(r);
  return [big, small];
}

/**
 * k-anonymity by local recoding: rows whose combination of municipality, month, sectors and amount
 * band occurs fewer than `k` times get the amount band `*`; those still below `k` get sectors `*`
 * too; those still below `k` are left out and counted. Every class of the output has at least `k`
 * rows (a coarsened value `*` is a class of its own), and kept + left out = the rows given.
 */
export function suppressRows(
  rows: readonly ResearchRow[],
  k: number,
): { rows: ResearchRow[]; suppression: Suppression } {
  const [kept, small] = split(rows, k);
  const [byAmount, smaller] = split(
    small.map((r) => ({ ...r, amountBand: '*' })),
    k,
  );
  const [bySectors, left] = split(
    smaller.map((r) => ({ ...r, sectors: '*' })),
    k,
  );
  return {
    rows: [...kept, ...byAmount, ...bySectors],
    suppression: {
      k,
      source: K_SOURCE,
      coarsenedAmount: byAmount.length,
      coarsenedSectors: bySectors.length,
      leftOut: left.length,
    },
  };
}

/** Counts below `k` as `null` (suppressed); how many were. Zero counts do not occur (only values seen are counted). */
export function suppressCounts(
  counts: Record<string, number>,
  k: number,
): { counts: Record<string, number | null>; suppressed: number } {
  let suppressed = 0;
  const out: Record<string, number | null> = {};
  for (const [key, n] of Object.entries(counts)) {
    if (n < k) suppressed += 1;
    out[key] = n < k ? null : n;
  }
  return { counts: out, suppressed };
}
