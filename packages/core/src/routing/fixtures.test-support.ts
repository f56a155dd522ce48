// biome-ignore-all lint/suspicious/noThenProperty: rule tables name their outcome `then` (json-rules-engine style)
// Shared fixtures of the routing tests: a routing configuration in the style of municipality 3
// and 4 (signaalreis-2023, annex), makers of routing inputs (literals checked and branded) and of
// intaken journeys. Not part of the public API.
import {
  addMonths,
  asCaseId,
  asCents,
  asHouseholdKey,
  asIsoDate,
  asIsoMonth,
  asPartnerId,
  asSignalId,
  type CaseSignal,
  compileRouting,
  type IntakenJourney,
  type LoadedRoutingConfig,
  loadRoutingConfig,
  type RoutingCaseInput,
  type RoutingSignalInput,
  type Signal,
} from '../index';
import { totalsOf } from '../matching/case-facts';
import type { Loose } from '../matching/test-support/signals';

const M3 = 'signaalreis-2023, annex, municipality 3';
const M4 = 'signaalreis-2023, annex, municipality 4';

export const routingJson = {
  table: {
    id: 'routing-test',
    label: { nl: 'Routering (test)', en: 'Routing (test)' },
    hitPolicy: 'first',
    parameters: {
      visitFrom: [{ from: '2021-01-01', value: 50000, source: M3 }],
    },
    rules: [
      {
        id: 'crisis',
        label: { nl: 'Ontruiming: crisis', en: 'Eviction: crisis' },
        source: M4,
        priority: 10,
        when: { all: [{ fact: 'hasEviction', operator: 'equal', value: true }] },
        then: {
          bucket: 'crisis',
          label: { nl: 'Crisis', en: 'Crisis' },
          priority: 1,
          deadlineWorkingDays: 3,
          steps: [
            { channel: 'phone', team: 'crisis', attempts: 3 },
            { channel: 'home-visit', team: 'crisis', attempts: 3 },
          ],
        },
      },
      {
        id: 'visit',
        label: { nl: 'Match of boven € 500: huisbezoek', en: 'Match or above €500: home visit' },
        source: M3,
        when: {
          any: [
            { fact: 'isMatch', operator: 'equal', value: true },
            { fact: 'totalAmountCents', operator: 'greaterThan', value: { param: 'visitFrom' } },
          ],
        },
        then: {
          bucket: 'visit',
          label: { nl: 'Huisbezoek', en: 'Home visit' },
          priority: 2,
          steps: [{ channel: 'home-visit', team: 'municipality', attempts: 2 }],
        },
      },
      {
        id: 'phone',
        label: { nl: '€ 250 tot € 500: telefoon', en: '€250 to €500: phone' },
        source: M3,
        when: { all: [{ fact: 'totalAmountCents', operator: 'greaterThanInclusive', value: 25000 }] },
        then: {
          bucket: 'phone',
          label: { nl: 'Telefoon', en: 'Phone' },
          priority: 3,
          steps: [{ channel: 'phone', team: 'municipality', attempts: 2 }],
        },
      },
      {
        id: 'email',
        label: { nl: 'Onder € 250: e-mail', en: 'Below €250: e-mail' },
        source: M3,
        when: { all: [{ fact: 'signalCount', operator: 'greaterThanInclusive', value: 1 }] },
        then: {
          bucket: 'email',
          label: { nl: 'E-mail', en: 'E-mail' },
          priority: 4,
          steps: [{ channel: 'email', team: 'municipality', attempts: 1 }],
        },
      },
    ],
  },
  capacity: [
    { channel: 'home-visit', perMonth: 2, source: M3 },
    { channel: 'phone', perMonth: 3, source: M3 },
  ],
  overflow: [{ from: { channel: 'home-visit' }, to: { channel: 'email' }, source: M4 }],
  fallbacks: [
    { missing: 'phone', channel: 'phone', to: 'email', source: M4 },
    { missing: 'email', channel: 'email', to: 'card', source: M3 },
  ],
};

/** The date of the routing tests: the October 2026 delivery day. */
export const ON = asIsoDate('2026-10-26');

/** The fixture loaded (or another configuration JSON); throws on issues (a test bug). */
export function loaded(json: unknown = routingJson): LoadedRoutingConfig {
  const config = loadRoutingConfig(json);
  if (!config.ok) throw new Error(JSON.stringify(config.issues));
  return config.value;
}

/** The fixture compiled on `on`. */
export function compiled(json: unknown = routingJson, on = ON) {
  const c = compileRouting(loaded(json), on);
  if (!c.ok) throw new Error(JSON.stringify(c.issues));
  return c.value;
}

/** One signal as routing reads it: a € 100 health signal with every kind of contact data. */
export function signal(over: Partial<Loose<RoutingSignalInput>> = {}): RoutingSignalInput {
  const s = {
    signalId: 'S1',
    partnerId: 'ZV-1',
    sector: 'health' as const,
    kind: 'early' as const,
    amountCents: 10_000,
    arrearSince: '2026-08-20',
    signalDate: '2026-10-26',
    hasPhone: true,
    hasEmail: true,
    hasAddress: true,
    ...over,
  };
  const { birthDate, ...rest } = s;
  return {
    ...rest,
    signalId: asSignalId(s.signalId),
    partnerId: asPartnerId(s.partnerId),
    amountCents: asCents(s.amountCents),
    arrearSince: asIsoDate(s.arrearSince),
    signalDate: asIsoDate(s.signalDate),
    ...(birthDate === undefined ? {} : { birthDate: asIsoDate(birthDate) }),
  };
}

/** A case as routing reads it. */
export function caseInput(
  signals: RoutingSignalInput[],
  over: Partial<RoutingCaseInput> = {},
): RoutingCaseInput {
  return { isMatch: false, signals, ...over };
}

/**
 * An intaken journey (October 2026, household `7411AB <n>`) whose signals carry the routing input
 * `input`: every signal picked up unless listed in `dropped`. A signal without an address cannot
 * be a valid Signal, so `hasAddress` must be true here.
 */
export function journeyOf(
  caseId: string,
  input: RoutingCaseInput,
  over: { rank?: number; house?: number; dropped?: readonly string[] } = {},
): IntakenJourney {
  const house = over.house ?? 12;
  const signals: CaseSignal[] = input.signals.map((r) => {
    if (!r.hasAddress) throw new TypeError('journeyOf: a signal always has an address');
    const s: Signal = {
      signalId: r.signalId,
      partner: { id: r.partnerId, name: r.partnerId, sector: r.sector },
      kind: r.kind,
      signalDate: r.signalDate,
      arrearSince: r.arrearSince,
      amountCents: r.amountCents,
      person: {
        surname: 'Jansen',
        legalForm: 'individual',
        ...(r.birthDate ? { birthDate: r.birthDate } : {}),
      },
      address: { postcode: '7411AB', houseNumber: house },
      contact: {
        ...(r.hasPhone ? { phone: '+31612345678' } : {}),
        ...(r.hasEmail ? { email: 'bewoner@example.nl' } : {}),
      },
    };
    return {
      signal: s,
      ageDays: 60,
      window: 'inside',
      windowRule: { minAgeDays: 0, maxAgeDays: 100, source: 'project default' },
      countsForMatch: true,
    };
  });
  const month = asIsoMonth('2026-10');
  const previous = input.recidiveMonthsAgo;
  const dropped = new Set(over.dropped ?? []);
  return {
    caseId: asCaseId(caseId),
    match: {
      month,
      householdKey: asHouseholdKey(`7411AB ${house}`),
      address: { postcode: '7411AB', houseNumber: house },
      signals,
      isMatch: input.isMatch,
      matchPartners: [],
      matchPartnersFromPreviousMonth: [],
      matchSource: 'test',
      forwarded: true,
      rank: over.rank ?? 1,
      totals: totalsOf(signals),
      ...(previous === undefined
        ? {}
        : { recidive: { months: 6, previousMonths: [addMonths(month, -previous)], source: 'test' } }),
      ...(input.reachedBefore === undefined ? {} : { reachedBefore: input.reachedBefore }),
      issues: [],
      manualReview: false,
    },
    intake: {
      decidedOn: ON,
      signalStatus: 'Opgepakt',
      outcome: 'picked-up',
      signals: input.signals.map((r) => ({
        signalId: r.signalId,
        signalStatus: dropped.has(r.signalId) ? 'Niet opgepakt: onterecht signaal' : 'Opgepakt',
        manualReview: false,
        partnerMayLearnReason: true,
        reasons: [],
      })),
      reasons: [],
      urgent: false,
      partnerMayLearnReason: true,
      explanation: { nl: 'Opgepakt.', en: 'Picked up.' },
    },
  };
}
