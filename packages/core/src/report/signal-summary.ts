import { SECTORS, type Sector, SIGNAL_KINDS, type SignalKind } from '../model/enums';
import type { HouseholdKey, PartnerId } from '../model/ids';
import { householdKey, type Signal } from '../model/index';

/**
 * How many signals one partner delivered, with the partner's name and sector.
 *
 * @example
 * ```ts
 * import { asPartnerId, type PartnerSignalCount } from '@signaalreis/core';
 * const row: PartnerSignalCount = {
 *   partnerId: asPartnerId('ZV-ZLD'), partnerName: 'Zorgverzekeraar Zilverlinde', sector: 'health', signals: 67,
 * };
 * ```
 */
export interface PartnerSignalCount {
  /** The partner's id. */
  partnerId: PartnerId;
  /** The name the partner used most often in its signals (ties: the first in code-unit order). */
  partnerName: string;
  /** The sector the partner used most often (ties: the first in code-unit order). */
  sector: Sector;
  /** How many signals the partner delivered. */
  signals: number;
}

/**
 * Counts over a set of signals: per sector, kind and partner, the number of households and of
 * households with signals from two or more distinct partners (a match as the project reads it: a
 * project default, see `MatchingConfig.match`), and the total amount.
 *
 * @example
 * ```ts
 * import { summariseSignals, type SignalSummary } from '@signaalreis/core';
 * const summary: SignalSummary = summariseSignals([]);
 * summary.signals; // 0
 * summary.bySector.health; // 0
 * ```
 */
export interface SignalSummary {
  /** Number of signals added. */
  signals: number;
  /** Signals per sector; every sector is present, zero when none. */
  bySector: Record<Sector, number>;
  /** Signals per kind; every kind is present, zero when none. */
  byKind: Record<SignalKind, number>;
  /** One entry per partner id, sorted by number of signals (descending), then by partner id. */
  byPartner: PartnerSignalCount[];
  /** Distinct households, by `householdKey(signal.address)`. */
  households: number;
  /** Households with signals from at least two distinct partner ids (candidate matches). */
  multiPartnerHouseholds: number;
  /** Sum of `amountCents` over all signals (a plain number: a sum of cents may exceed one amount's range). */
  totalAmountCents: number;
}

/**
 * An incremental {@link SignalSummary}: add signals one at a time (e.g. while streaming a large
 * file) and ask for the result whenever needed. It keeps counts and household keys, not signals.
 *
 * @example
 * ```ts
 * import { createSignalSummary, type SignalSummaryAccumulator } from '@signaalreis/core';
 * const acc: SignalSummaryAccumulator = createSignalSummary();
 * acc.result().signals; // 0
 * ```
 */
export interface SignalSummaryAccumulator {
  /** Counts one signal. */
  add(signal: Signal): void;
  /** The summary of everything added so far (a fresh object on every call). */
  result(): SignalSummary;
}

const MULTI = Symbol('multi');

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** The most frequent key of a tally; ties go to the first key in code-unit order. */
function mostFrequent<K extends string>(tally: Map<K, number>): K {
  let best: K | undefined;
  let bestCount = -1;
  for (const [key, count] of tally) {
    if (count > bestCount || (count === bestCount && best !== undefined && key < best)) {
      best = key;
      bestCount = count;
    }
  }
  return best as K;
}

interface PartnerTally {
  signals: number;
  names: Map<string, number>;
  sectors: Map<Sector, number>;
}

const bump = <K>(map: Map<K, number>, key: K): void => {
  map.set(key, (map.get(key) ?? 0) + 1);
};

/**
 * Starts an empty signal summary. The result does not depend on the order in which signals are added.
 *
 * @example
 * ```ts
 * import { createSignalSummary, type Signal } from '@signaalreis/core';
 * declare const signals: AsyncIterable<Signal>; // e.g. a large file read row by row
 * const summary = createSignalSummary();
 * for await (const signal of signals) summary.add(signal);
 * const { signals: n, multiPartnerHouseholds } = summary.result();
 * ```
 */
export function createSignalSummary(): SignalSummaryAccumulator {
  let signals = 0;
  let totalAmountCents = 0;
  const bySector = zeros(SECTORS);
  const byKind = zeros(SIGNAL_KINDS);
  const partners = new Map<PartnerId, PartnerTally>();
  // Per household: the one partner id seen so far, or MULTI once a second distinct partner appears.
  // One string per household keeps memory small on large files.
  const households = new Map<HouseholdKey, PartnerId | typeof MULTI>();
  return {
    add(signal) {
      signals += 1;
      totalAmountCents += signal.amountCents;
      bySector[signal.partner.sector] += 1;
      byKind[signal.kind] += 1;
      let tally = partners.get(signal.partner.id);
      if (!tally) {
        tally = { signals: 0, names: new Map(), sectors: new Map() };
        partners.set(signal.partner.id, tally);
      }
      tally.signals += 1;
      bump(tally.names, signal.partner.name);
      bump(tally.sectors, signal.partner.sector);
      const key = householdKey(signal.address);
      const seen = households.get(key);
      if (seen === undefined) households.set(key, signal.partner.id);
      else if (seen !== MULTI && seen !== signal.partner.id) households.set(key, MULTI);
    },
    result() {
      const byPartner = [...partners].map(([partnerId, t]) => ({
        partnerId,
        partnerName: mostFrequent(t.names),
        sector: mostFrequent(t.sectors),
        signals: t.signals,
      }));
      byPartner.sort((a, b) => b.signals - a.signals || (a.partnerId < b.partnerId ? -1 : 1));
      let multi = 0;
      for (const seen of households.values()) if (seen === MULTI) multi += 1;
      return {
        signals,
        bySector: { ...bySector },
        byKind: { ...byKind },
        byPartner,
        households: households.size,
        multiPartnerHouseholds: multi,
        totalAmountCents,
      };
    },
  };
}

/**
 * Summarises signals in one call: counts per sector, kind and partner, households, households with
 * signals from two or more partners (the project default reading of a match), and the total amount in cents.
 *
 * @example
 * ```ts
 * import { type Signal, summariseSignals } from '@signaalreis/core';
 * declare const signals: Signal[];
 * const summary = summariseSignals(signals);
 * summary.bySector.health / summary.signals; // share of health-insurer signals
 * summary.byPartner[0]?.partnerName; // the partner with the most signals
 * ```
 */
export function summariseSignals(signals: Iterable<Signal>): SignalSummary {
  const summary = createSignalSummary();
  for (const signal of signals) summary.add(signal);
  return summary.result();
}
