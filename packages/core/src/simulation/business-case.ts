// A business case from counts and prices (issue 16): every line is quantity × price = amount with
// its source, in whole cents (no floating-point drift), and the totals with the net return.

import { fail, type Issue, issue, ok, type Result } from '../model/issue';
import { formatEuro } from '../model/money';
import type { Bilingual, Lang } from '../model/text';
import { issuesFromZod } from '../model/zod-issues';
import { citeSource } from '../sources/cite';
import {
  type BusinessCaseParameters,
  BusinessCaseParametersSchema,
  type BusinessCasePrice,
} from './business-case-schema';
import { SIMULATION_MESSAGES as M } from './messages';

/**
 * What a business case counts: a quantity per price id (a team-specific id such as
 * `attempt:home-visit/neighbourhood-team` takes the channel's price `attempt:home-visit` when the
 * parameters have no price for that team), and optionally the number of cases it covers.
 *
 * @example
 * ```ts
 * import type { BusinessCaseCounts } from '@signaalreis/core';
 * const counts: BusinessCaseCounts = { cases: 105, quantities: { 'eviction-prevented': 13, 'cutoff-prevented': 4 } };
 * ```
 */
export interface BusinessCaseCounts {
  quantities: Readonly<Record<string, number>>;
  cases?: number;
}

/**
 * One explained line: quantity × price = amount, with the price's source. `priceCents` and
 * `amountCents` are `null` for what the source calls not quantifiable.
 *
 * @example
 * ```ts
 * import type { BusinessCaseLine } from '@signaalreis/core';
 * const euros = (l: BusinessCaseLine) => (l.amountCents ?? 0) / 100;
 * ```
 */
export interface BusinessCaseLine {
  /** The quantity's id (a team-specific id keeps its team). */
  id: string;
  /** The id of the price used. */
  priceId: string;
  kind: 'cost' | 'benefit';
  label: Bilingual;
  unit: Bilingual;
  quantity: number;
  priceCents: number | null;
  amountCents: number | null;
  derivation?: Bilingual;
  source: string;
  asOf: string;
}

/**
 * A computed business case: its lines in the parameters' order, the totals in cents, the net
 * return as a whole percentage of the costs (half away from zero; `null` without costs) and, when
 * the number of cases was given, the net per case.
 *
 * @example
 * ```ts
 * import type { BusinessCaseResult } from '@signaalreis/core';
 * const worthIt = (r: BusinessCaseResult) => r.netCents > 0;
 * ```
 */
export interface BusinessCaseResult {
  parametersId: string;
  lines: BusinessCaseLine[];
  benefitsCents: number;
  costsCents: number;
  netCents: number;
  netReturnPercent: number | null;
  cases?: number;
  netPerCaseCents?: number;
}

/** a / b rounded half away from zero, for integers (b > 0). */
function divRound(a: number, b: number): number {
  const q = Math.floor(Math.abs(a) / b);
  const r = Math.abs(a) - q * b;
  const out = 2 * r >= b ? q + 1 : q;
  return a < 0 ? -out : out;
}

function priceFor(id: string, byId: ReadonlyMap<string, BusinessCasePrice>): BusinessCasePrice | undefined {
  return byId.get(id) ?? (id.includes('/') ? byId.get(id.slice(0, id.indexOf('/'))) : undefined);
}

function line(id: string, quantity: number, p: BusinessCasePrice): Result<BusinessCaseLine> {
  const milli = Math.round(quantity * 1000);
  if (!Number.isFinite(quantity) || quantity < 0 || Math.abs(quantity * 1000 - milli) > 1e-6)
    return fail([issue('bad_quantity', ['quantities', id], M.badQuantity(id))]);
  let amountCents: number | null = null;
  if (p.priceCents !== null) {
    if (!Number.isSafeInteger(milli * p.priceCents))
      return fail([issue('amount_too_large', ['quantities', id], M.tooLarge(id))]);
    amountCents = divRound(milli * p.priceCents, 1000);
  }
  return ok({
    id,
    priceId: p.id,
    kind: p.kind,
    label: p.label,
    unit: p.unit,
    quantity,
    priceCents: p.priceCents,
    amountCents,
    ...(p.derivation ? { derivation: p.derivation } : {}),
    source: p.source,
    asOf: p.asOf,
  });
}

/**
 * Computes a business case: for every quantity, quantity × price = amount (quantities may have up
 * to three decimals, e.g. 2.6 FTE × 5 months = 13 FTE-months; amounts are rounded to whole cents,
 * half away from zero), then benefits, costs, net and the net return. Pure.
 *
 * Bad input gives issues, never a throw: parameters that do not validate (`['parameters', …]`), a
 * quantity without a price (`unknown_quantity`), a negative, non-finite or too precise quantity
 * (`bad_quantity`), an amount beyond safe integers (`amount_too_large`), a number of cases that is
 * not a whole number ≥ 0 (`bad_cases`).
 *
 * @example
 * ```ts
 * import { businessCase, SCHULDENLAB_ALMELO_2020, SCHULDENLAB_ALMELO_2020_COUNTS } from '@signaalreis/core';
 * const r = businessCase(SCHULDENLAB_ALMELO_2020_COUNTS, SCHULDENLAB_ALMELO_2020);
 * if (r.ok) {
 *   r.value.benefitsCents; // 9_520_000: € 95.200
 *   r.value.netCents; // 1_608_500: € 16.085
 *   r.value.netReturnPercent; // 20
 *   r.value.lines[1]?.amountCents; // 1_404_000: 13 evictions × € 1.080 crisis shelter (18 % × 6 months × € 1.000)
 * }
 * ```
 */
export function businessCase(counts: BusinessCaseCounts, parameters: unknown): Result<BusinessCaseResult> {
  const parsed = BusinessCaseParametersSchema.safeParse(parameters);
  if (!parsed.success) return fail(issuesFromZod(parsed.error, ['parameters']));
  const params: BusinessCaseParameters = parsed.data;
  const byId = new Map(params.prices.map((p) => [p.id, p]));
  const issues: Issue[] = [];
  const cases = counts.cases;
  if (cases !== undefined && !(Number.isSafeInteger(cases) && cases >= 0))
    issues.push(issue('bad_cases', ['cases'], M.badCases));
  const order = new Map(params.prices.map((p, i) => [p.id, i]));
  const lines: BusinessCaseLine[] = [];
  for (const [id, quantity] of Object.entries(counts.quantities)) {
    const p = priceFor(id, byId);
    if (!p) {
      issues.push(issue('unknown_quantity', ['quantities', id], M.unknownQuantity(id)));
      continue;
    }
    const r = line(id, quantity, p);
    if (r.ok) lines.push(r.value);
    else issues.push(...r.issues);
  }
  if (issues.length > 0) return fail(issues);
  lines.sort((x, y) => (order.get(x.priceId) ?? 0) - (order.get(y.priceId) ?? 0) || (x.id < y.id ? -1 : 1));
  const sum = (kind: 'cost' | 'benefit') =>
    lines.filter((l) => l.kind === kind).reduce((n, l) => n + (l.amountCents ?? 0), 0);
  const benefitsCents = sum('benefit');
  const costsCents = sum('cost');
  const netCents = benefitsCents - costsCents;
  return ok({
    parametersId: params.id,
    lines,
    benefitsCents,
    costsCents,
    netCents,
    netReturnPercent: costsCents > 0 ? divRound(netCents * 100, costsCents) : null,
    ...(cases === undefined
      ? {}
      : { cases, ...(cases > 0 ? { netPerCaseCents: divRound(netCents, cases) } : {}) }),
  });
}

const quantityText = (q: number, lang: Lang) => (lang === 'nl' ? String(q).replace('.', ',') : String(q));

/**
 * The business case as readable lines, Dutch or English: one per line (quantity × price = amount,
 * with the source's title), then the totals, the net return and the net per case.
 *
 * @example
 * ```ts
 * import { businessCase, explainBusinessCase, SCHULDENLAB_ALMELO_2020, SCHULDENLAB_ALMELO_2020_COUNTS } from '@signaalreis/core';
 * const r = businessCase(SCHULDENLAB_ALMELO_2020_COUNTS, SCHULDENLAB_ALMELO_2020);
 * if (r.ok) explainBusinessCase(r.value, 'nl')[0];
 * // 'Huisuitzetting voorkomen, directe besparing: 13 huisuitzetting × € 6.000,00 = € 78.000,00 (bron: Schuldenlab NL, …)'
 * ```
 */
export function explainBusinessCase(r: BusinessCaseResult, lang: Lang = 'nl'): string[] {
  const out = r.lines.map((l) => {
    const q = quantityText(l.quantity, lang);
    const source = citeSource(l.source, lang);
    return l.priceCents === null || l.amountCents === null
      ? M.notPriced(q, l.unit[lang], l.label[lang], source)[lang]
      : M.line(q, l.unit[lang], formatEuro(l.priceCents), formatEuro(l.amountCents), l.label[lang], source)[
          lang
        ];
  });
  out.push(M.totals(formatEuro(r.benefitsCents), formatEuro(r.costsCents), formatEuro(r.netCents))[lang]);
  if (r.netReturnPercent !== null) out.push(M.netReturn(r.netReturnPercent)[lang]);
  if (r.cases !== undefined && r.netPerCaseCents !== undefined)
    out.push(M.perCase(r.cases, formatEuro(r.netPerCaseCents))[lang]);
  return out;
}
