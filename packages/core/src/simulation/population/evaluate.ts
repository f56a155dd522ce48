// From ledgers to signals (issue 16): each sector's ledger rows evaluated with the criteria table
// given for that sector (compileCriteria once per month, then the compiled table's decision per
// row, as evaluateLedger does), and a valid core Signal for every row that is delivered.
import { deliveryDay } from '../../calendar/delivery';
import { type CompiledCriteria, compileCriteria } from '../../criteria/evaluate';
import { type CriteriaOutcome, loadCriteriaTable } from '../../criteria/facts';
import type { LedgerRow } from '../../criteria/ledger-row';
import type { Sector } from '../../model/enums';
import type { IsoDate, IsoMonth } from '../../model/iso-date';
import { type Issue, issue, prefixIssues } from '../../model/issue';
import type { Partner } from '../../model/partner';
import type { Signal } from '../../model/signal';
import type { RuleTable } from '../../rules/table-types';
import type { DayCache } from './day-cache';
import { factsInto, newFacts } from './facts';
import { householdOf } from './household';
import { POPULATION_MESSAGES as M } from './messages';
import { POPULATION_SECTORS, type PopulationSector } from './parameters';
import type { ArrearCounts, PopulationLedgers } from './population';

/**
 * The criteria per sector: the rule table each partner of that sector applies (tables may carry
 * dated parameters, so a criteria change with a date takes effect in its month). A sector without
 * a table gives no signals (and an issue `sector_without_criteria`).
 *
 * @example
 * ```ts
 * import type { CriteriaSelection } from '@signaalreis/core/simulation';
 * import { CRITERIA_PRESETS } from '@signaalreis/rules-presets';
 * const base: CriteriaSelection = { health: CRITERIA_PRESETS['criteria-health-b'], rent: CRITERIA_PRESETS['criteria-rent'] };
 * ```
 */
export type CriteriaSelection = Partial<Record<Sector, RuleTable<CriteriaOutcome>>>;

/**
 * One partner's ledger on the ledger day: its rows (valid `LedgerRow`s) and, row by row, the
 * index of the simulated household.
 *
 * @example
 * ```ts
 * import type { PartnerLedger } from '@signaalreis/core/simulation';
 * const overThreeTerms = (l: PartnerLedger) => l.rows.filter((r) => r.unpaidTerms > 3).length;
 * ```
 */
export interface PartnerLedger {
  partner: Partner;
  rows: LedgerRow[];
  households: number[];
}

/**
 * A simulated month: the signals the criteria made, the ledgers they came from, the counts per
 * sector, and warnings (a sector without criteria, a table not in effect, rows that could not be
 * evaluated — each counted, none silent).
 *
 * @example
 * ```ts
 * import type { PopulationMonth } from '@signaalreis/core/simulation';
 * const perThousand = (m: PopulationMonth, inhabitants: number) => (1000 * m.signals.length) / inhabitants;
 * ```
 */
export interface PopulationMonth {
  month: IsoMonth;
  ledgerDate: IsoDate;
  signals: Signal[];
  ledgers: PartnerLedger[];
  arrears: Record<PopulationSector, ArrearCounts>;
  issues: Issue[];
}

/** What a signal needs of the population besides the ledger. */
export interface SignalContext {
  base: string;
  code: string;
  place: { firstArea: number; city: string };
  shares: { eenmanszaak: number; bv: number; phone: number; email: number };
  days: DayCache;
}

const SECTOR_LETTER: Record<PopulationSector, string> = { health: 'Z', energy: 'E', rent: 'H', water: 'W' };

/** Compiles each sector's table at the ledger date; issues for missing or unusable tables. */
function compileAll(
  criteria: CriteriaSelection,
  on: IsoDate,
  issues: Issue[],
): Map<PopulationSector, CompiledCriteria> {
  const out = new Map<PopulationSector, CompiledCriteria>();
  for (const key of Object.keys(criteria))
    if (!(POPULATION_SECTORS as readonly string[]).includes(key))
      issues.push(issue('sector_not_simulated', ['criteria', key], M.notASector(key)));
  for (const sector of POPULATION_SECTORS) {
    const table = criteria[sector];
    if (table === undefined) {
      issues.push(issue('sector_without_criteria', ['criteria', sector], M.noCriteria(sector)));
      continue;
    }
    // Checked as a criteria table once (its facts are those of CRITERIA_FACTS, with their types),
    // so each row's facts need no check of their own.
    const loaded = loadCriteriaTable(table);
    const compiled = loaded.ok ? compileCriteria(loaded.value, on) : loaded;
    if (compiled.ok) out.set(sector, compiled.value);
    else issues.push(...prefixIssues(compiled.issues, ['criteria', sector]));
  }
  return out;
}

/** The signals that `criteria` make of a month's ledgers. */
export function evaluateLedgers(
  l: PopulationLedgers,
  criteria: CriteriaSelection,
  context: SignalContext,
): PopulationMonth {
  const issues: Issue[] = [];
  const arrears = Object.fromEntries(
    POPULATION_SECTORS.map((s) => [s, { ...l.arrears[s], signalled: 0 }]),
  ) as Record<PopulationSector, ArrearCounts>;
  const compiled = compileAll(criteria, l.ledgerDate, issues);
  const delivery = deliveryDay(l.month);
  const failed = new Map<PopulationSector, number>();
  const signals: Signal[] = [];
  const facts = newFacts();
  for (const ledger of l.ledgers) {
    const sector = ledger.partner.sector as PopulationSector;
    const c = compiled.get(sector);
    if (c === undefined) continue;
    ledger.rows.forEach((row, i) => {
      const outcome = decide(c, row, facts, context.days);
      if (outcome === undefined) {
        failed.set(sector, (failed.get(sector) ?? 0) + 1);
        return;
      }
      if (!outcome.deliver) return;
      const kind = outcome.kind ?? 'early';
      // As evaluateCriteria: early signals on the month's delivery day, urgent kinds on the ledger date.
      const signalDate = kind === 'early' ? delivery : l.ledgerDate;
      signals.push(
        signalOf(row, ledger.partner, ledger.households[i] as number, kind, signalDate, l.month, context),
      );
      arrears[sector].signalled++;
    });
  }
  for (const [sector, count] of failed)
    issues.push(issue('rows_not_evaluated', ['criteria', sector], M.criteriaFailed(sector, count)));
  return { month: l.month, ledgerDate: l.ledgerDate, signals, ledgers: l.ledgers, arrears, issues };
}

/** The compiled table's first outcome for a row, or undefined when the row cannot be evaluated. */
function decide(
  c: CompiledCriteria,
  row: LedgerRow,
  facts: Record<string, unknown>,
  days: DayCache,
): CriteriaOutcome | { deliver: false } | undefined {
  if (!factsInto(facts, row, c.onDate, days)) return undefined;
  const decided = c.compiled.decide(facts);
  if (!decided.ok) return undefined;
  return decided.value[0] ?? { deliver: false };
}

function signalOf(
  row: LedgerRow,
  partner: Partner,
  household: number,
  kind: Signal['kind'],
  signalDate: IsoDate,
  month: IsoMonth,
  c: SignalContext,
): Signal {
  const h = householdOf(c.base, household, c.place, c.shares, c.days);
  const sector = partner.sector as PopulationSector;
  const input = {
    signalId: `SIM-${c.code}-${month}-${SECTOR_LETTER[sector]}${household}`,
    partner: { id: partner.id, name: partner.name, sector: partner.sector },
    kind,
    signalDate,
    arrearSince: row.oldestDueDate,
    amountCents: row.amountOpenCents,
    termsOverdue: row.unpaidTerms,
    remindersSent: row.remindersSent,
    person: h.person,
    address: h.address,
    contact: h.contact,
    neighbourhood: h.neighbourhood,
  };
  // Built from valid parts (population.test.ts validates every signal of many months with
  // validateSignal); validating each one here would cost more than making it.
  return input as Signal;
}
