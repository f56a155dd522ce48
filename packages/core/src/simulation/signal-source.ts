// Where a simulation's signals come from (issue 16): the runner asks a source for the next month's
// signals under a scenario's partner criteria. The synthetic population (part A of issue 16) is
// one such source; `createSimpleSignalSource` is an interim one for tests and the first runs.
import type { CriteriaOutcome } from '../criteria/facts';
import type { Sector } from '../model/enums';
import type { IsoMonth } from '../model/iso-date';
import type { Result } from '../model/issue';
import type { Signal } from '../model/signal';
import type { RuleTable } from '../rules/table-types';
import type { SimulatedMunicipality } from './population/population';

export type { SimulatedMunicipality };

/**
 * The partner criteria a scenario uses, per sector: which arrears become signals. A sector
 * without a table keeps the source's default.
 *
 * @example
 * ```ts
 * import type { SourceCriteria } from '@signaalreis/core';
 * const none: SourceCriteria = {}; // every sector as the source's default
 * ```
 */
export type SourceCriteria = Partial<Record<Sector, RuleTable<CriteriaOutcome>>>;

/**
 * One month of a source: the month and its signals (checked `Signal`s).
 *
 * @example
 * ```ts
 * import type { SourceMonth } from '@signaalreis/core';
 * const count = (m: SourceMonth) => m.signals.length;
 * ```
 */
export interface SourceMonth {
  month: IsoMonth;
  signals: Signal[];
}

/**
 * A signal source for one unit of work: `next(criteria)` gives the next month, once per month in
 * order. Under common random numbers the arrears behind the signals do not depend on the
 * criteria, so two scenarios with the same criteria get the same signals.
 *
 * A source may also offer `nextMany(criteria[])`: the next month once, with the signals that each
 * of several criteria make of it — what lets the scenarios of one replication and municipality
 * share the month's arrears instead of each making them anew (`runSimulationUnits` of
 * rules-presets). `nextMany([c])[0]` must equal `next(c)`, and `nextMany` moves one month on, as
 * `next` does; the signals it gives are read, never changed, by the engine, so scenarios may share
 * one array.
 *
 * @example
 * ```ts
 * import type { SimulationSignalSource } from '@signaalreis/core';
 * declare const source: SimulationSignalSource;
 * const first = source.next({}); // the first month's signals
 * const second = source.nextMany?.([{}, {}]); // the second month, once per criteria: [m, m]
 * ```
 */
export interface SimulationSignalSource {
  next(criteria: SourceCriteria): SourceMonth;
  /** The next month once, with the signals each of these criteria make of it (in their order). */
  nextMany?(criteria: readonly SourceCriteria[]): SourceMonth[];
}

/**
 * What a source is made for: the run's seed (any text), the replication (0-based), the
 * municipality and the first month. The same unit gives the same signals.
 *
 * @example
 * ```ts
 * import { asIsoMonth, type SimulationUnit } from '@signaalreis/core';
 * const unit: SimulationUnit = { seed: 'q1', replication: 0, municipality: { code: 'small', type: 'small' }, start: asIsoMonth('2027-01') };
 * ```
 */
export interface SimulationUnit {
  seed: string;
  replication: number;
  municipality: SimulatedMunicipality;
  start: IsoMonth;
}

/**
 * Makes a unit's signal source (bad options, e.g. a municipality without type or inhabitants,
 * come back as issues).
 *
 * @example
 * ```ts
 * import { createSimpleSignalSource, type SignalSourceFactory } from '@signaalreis/core';
 * const factory: SignalSourceFactory = createSimpleSignalSource;
 * ```
 */
export type SignalSourceFactory = (unit: SimulationUnit) => Result<SimulationSignalSource>;
