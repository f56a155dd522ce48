// The synthetic population of one municipality (issue 16): households, arrears arising and running
// their course month by month, the partners' ledgers, and the signals that given criteria make of
// them. Seeded and reproducible; memory bounded by the open arrears.

import { isoFromEpochDay } from '../../calendar/epoch-day';
import { HOLIDAY_YEARS } from '../../calendar/holidays';
import { addMonths } from '../../calendar/months';
import type { MunicipalityType } from '../../model/enums';
import type { IsoDate, IsoMonth } from '../../model/iso-date';
import type { Result } from '../../model/issue';
import { type Arrear, dayOf, newArrear, pickWeighted, stepArrear } from './arrears';
import { DayCache } from './day-cache';
import { type CriteriaSelection, evaluateLedgers, type PartnerLedger } from './evaluate';
import { householdBasics } from './household';
import { buildLedgers } from './ledgers';
import { checkOptions } from './options';
import { POPULATION_SECTORS, type PopulationParameters, type PopulationSector } from './parameters';
import { poisson, streamOf } from './sampling';

export type { CriteriaSelection, PartnerLedger } from './evaluate';

/**
 * A municipality to simulate: its CBS code, and its size as a type (the inhabitants of
 * `inhabitantsByType`) or its own number of inhabitants (which wins when both are given).
 *
 * @example
 * ```ts
 * import type { SimulatedMunicipality } from '@signaalreis/core/simulation';
 * const utrecht: SimulatedMunicipality = { code: '0344', name: 'Utrecht', inhabitants: 374_000 };
 * const typical: SimulatedMunicipality = { code: '9999', type: 'medium' }; // 125,000 inhabitants by default
 * ```
 */
export interface SimulatedMunicipality {
  code: string;
  name?: string;
  type?: MunicipalityType;
  inhabitants?: number;
}

/**
 * What {@link createPopulation} reads.
 *
 * @example
 * ```ts
 * import { asIsoMonth } from '@signaalreis/core';
 * import type { PopulationOptions } from '@signaalreis/core/simulation';
 * const o: PopulationOptions = { seed: 'study-2027', replication: 0, municipality: { code: '0363', type: 'large' }, start: asIsoMonth('2027-01') };
 * ```
 */
export interface PopulationOptions {
  /** Any text; with the replication and the municipality code it keys every random stream. */
  seed: string;
  /** 0-based replication number. */
  replication: number;
  municipality: SimulatedMunicipality;
  /** The first simulated month. */
  start: IsoMonth;
  /** Defaults to `DEFAULT_POPULATION_PARAMETERS`; a researcher's override via `applyPopulationPatch`. */
  parameters?: PopulationParameters;
}

/**
 * Counts of one sector's arrears in a month: `open` = the arrears on the ledgers on the ledger
 * day (carried over + `arising`), `signalled` = those the criteria made a signal of.
 *
 * @example
 * ```ts
 * import type { ArrearCounts } from '@signaalreis/core/simulation';
 * const share = (c: ArrearCounts) => c.signalled / c.open; // the part of open arrears that is signalled
 * ```
 */
export interface ArrearCounts {
  arising: number;
  resolved: number;
  closed: number;
  open: number;
  signalled: number;
}

/**
 * One month of the arrears process: the partners' ledgers on the ledger day. Independent of any
 * criteria; turn it into signals with `SimulatedPopulation.signals`.
 *
 * @example
 * ```ts
 * import type { PopulationLedgers } from '@signaalreis/core/simulation';
 * const rows = (l: PopulationLedgers) => l.ledgers.reduce((n, p) => n + p.rows.length, 0);
 * ```
 */
export interface PopulationLedgers {
  month: IsoMonth;
  /** The day partners take their ledger and apply their criteria. */
  ledgerDate: IsoDate;
  /** One ledger per partner with open arrears, in the order of the parameters. */
  ledgers: PartnerLedger[];
  /** Counts per sector (`signalled` is 0 here). */
  arrears: Record<PopulationSector, ArrearCounts>;
}

/**
 * The population after its (fixed) identity: what was simulated and how large it is.
 */
export interface PopulationInfo {
  code: string;
  name: string;
  inhabitants: number;
  households: number;
}

/**
 * A simulated municipality, month by month (see {@link createPopulation}).
 */
export interface SimulatedPopulation {
  /** The municipality with its size. */
  readonly info: PopulationInfo;
  /** The month the next call simulates. */
  readonly month: IsoMonth;
  /** Runs the arrears process one month on; the month, when given, must be the next one (`this.month`; else a RangeError). */
  advance(month?: IsoMonth): PopulationLedgers;
  /** The signals that criteria make of a month's ledgers (any number of selections, same ledgers). */
  signals(ledgers: PopulationLedgers, criteria: CriteriaSelection): PopulationMonth;
  /** `signals(advance(month), criteria)`. */
  next(criteria: CriteriaSelection, month?: IsoMonth): PopulationMonth;
}

export type { PopulationMonth } from './evaluate';

import type { PopulationMonth } from './evaluate';

const zeroCounts = (): Record<PopulationSector, ArrearCounts> =>
  Object.fromEntries(
    POPULATION_SECTORS.map((s) => [s, { arising: 0, resolved: 0, closed: 0, open: 0, signalled: 0 }]),
  ) as Record<PopulationSector, ArrearCounts>;

/**
 * Creates the synthetic population of one municipality. Households = inhabitants / household
 * size; each month arrears arise per sector (a Poisson number, with the seasonal factor; with
 * `coOccurrence` on a household that already has an arrear elsewhere), run their course
 * (paid, another term unpaid, reminders, personal contact, arrangement, bailiff, end of supply)
 * and leave the ledger. Streams are keyed by seed, replication and municipality code: the monthly
 * arising by month, each arrear by household, sector and month of arising, each household's
 * identity by household — so an arrear's course never depends on another household. The process
 * never reads criteria: base and reform see the same arrears (common random numbers).
 *
 * Bad options give issues (seed, replication, municipality size or code, a start outside the
 * calendar, parameters that do not validate), never a throw. Calling `advance`/`next` with a
 * month out of order, or past the calendar's last year, is a programming error (RangeError).
 *
 * @example
 * ```ts
 * import { asIsoMonth } from '@signaalreis/core';
 * import { createPopulation, type CriteriaSelection } from '@signaalreis/core/simulation';
 * declare const criteria: CriteriaSelection; // e.g. CRITERIA_PRESETS of @signaalreis/rules-presets by sector
 * const p = createPopulation({ seed: 'study', replication: 0, municipality: { code: '0363', type: 'medium' }, start: asIsoMonth('2027-01') });
 * if (p.ok) {
 *   const jan = p.value.next(criteria); // January: signals, ledgers, counts per sector
 *   const feb = p.value.next(criteria, asIsoMonth('2027-02')); // the month checked: asIsoMonth('2027-03') would throw
 *   jan.signals.length; // about 4 per 1,000 inhabitants with the default criteria
 * }
 * ```
 */
export function createPopulation(options: PopulationOptions): Result<SimulatedPopulation> {
  const checked = checkOptions(options);
  if (!checked.ok) return checked;
  const { parameters: p, info, base, place } = checked.value;
  let month = options.start;
  let open: Arrear[] = [];
  const days = new DayCache();
  const bySector = new Map<PopulationSector, Set<number>>(POPULATION_SECTORS.map((s) => [s, new Set()]));
  const partnerWeights = Object.fromEntries(
    POPULATION_SECTORS.map((s) => [s, p.sectors[s].partners.list.map((x) => x.share)]),
  ) as Record<PopulationSector, number[]>;

  const advance = (expected?: IsoMonth): PopulationLedgers => {
    if (expected !== undefined && expected !== month)
      throw new RangeError(`Months go in order: the next month is ${month}, not ${String(expected)}`);
    if (Number(month.slice(0, 4)) > HOLIDAY_YEARS.to - 1)
      throw new RangeError(
        `Month ${month} is past the calendar (${HOLIDAY_YEARS.from}–${HOLIDAY_YEARS.to - 1})`,
      );
    const monthStart = dayOf(month, 1);
    const ledger = monthStart + p.ledgerDay.value - 1;
    const counts = zeroCounts();
    const kept: Arrear[] = [];
    for (const a of open) {
      const step = stepArrear(a, monthStart, ledger, p.sectors[a.sector]);
      if (step === 'open') kept.push(a);
      else {
        counts[a.sector][step]++;
        bySector.get(a.sector)?.delete(a.household);
      }
    }
    const carried = kept.length;
    const arise = streamOf(base, 'arise', month);
    const season = p.seasonality.factors[Number(month.slice(5, 7)) - 1] ?? 1;
    for (const [si, sector] of POPULATION_SECTORS.entries()) {
      const sp = p.sectors[sector];
      const n = poisson((info.households * sp.arising.perThousandHouseholds * season) / 1000, arise);
      const taken = bySector.get(sector) as Set<number>;
      for (let i = 0; i < n; i++) {
        const co = arise() < p.coOccurrence.probability && carried > 0;
        const u = arise();
        const household = co
          ? (kept[Math.floor(u * carried)] as Arrear).household
          : Math.floor(u * info.households);
        if (taken.has(household)) continue; // one arrear per household and sector at a time
        taken.add(household);
        const basics = householdBasics(base, household, p.legalForms, si);
        const partner = pickWeighted(partnerWeights[sector], basics.partnerDraw);
        const key = `${base}\u0000a\u0000${household}\u0000${sector}\u0000${month}`;
        kept.push(newArrear(key, household, sector, monthStart, ledger, sp, basics.legalForm, partner));
        counts[sector].arising++;
      }
    }
    open = kept;
    const ledgers = buildLedgers(open, p, ledger, counts, days);
    const result: PopulationLedgers = {
      month,
      ledgerDate: isoFromEpochDay(ledger),
      ledgers,
      arrears: counts,
    };
    month = addMonths(month, 1);
    return result;
  };

  const signals = (l: PopulationLedgers, criteria: CriteriaSelection): PopulationMonth =>
    evaluateLedgers(l, criteria, {
      base,
      code: info.code,
      place,
      shares: { ...p.legalForms, ...p.contact },
      days,
    });

  return {
    ok: true,
    value: {
      info,
      get month() {
        return month;
      },
      advance,
      signals,
      next: (criteria, expected) => signals(advance(expected), criteria),
    },
  };
}
