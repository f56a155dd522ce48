// biome-ignore-all lint/suspicious/noThenProperty: rule tables name their outcome `then` (json-rules-engine style)
// Shared fixtures of the routing tests: a routing configuration in the style of municipality 3
// and 4 (signaalreis-2023, annex), and a maker of case inputs. Not part of the public API.
import type { RoutingCaseInput, RoutingSignalInput } from './facts';

const M3 = 'signaalreis-2023, annex, municipality 3';
const M4 = 'signaalreis-2023, annex, municipality 4';

export const routingJson = {
  table: {
    id: 'routing-test',
    label: 'Routing (test)',
    hitPolicy: 'first',
    parameters: {
      visitFrom: [{ from: '2021-01-01', value: 50000, source: M3 }],
    },
    rules: [
      {
        id: 'crisis',
        label: 'Eviction: crisis',
        source: M4,
        priority: 10,
        when: { all: [{ fact: 'hasEviction', operator: 'equal', value: true }] },
        then: {
          bucket: 'crisis',
          bucketNl: 'Crisis',
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
        label: 'Match or above €500: home visit',
        source: M3,
        when: {
          any: [
            { fact: 'isMatch', operator: 'equal', value: true },
            { fact: 'totalAmountCents', operator: 'greaterThan', value: { param: 'visitFrom' } },
          ],
        },
        then: {
          bucket: 'visit',
          bucketNl: 'Huisbezoek',
          priority: 2,
          steps: [{ channel: 'home-visit', team: 'municipality', attempts: 2 }],
        },
      },
      {
        id: 'phone',
        label: '€250 to €500: phone',
        source: M3,
        when: { all: [{ fact: 'totalAmountCents', operator: 'greaterThanInclusive', value: 25000 }] },
        then: {
          bucket: 'phone',
          bucketNl: 'Telefoon',
          priority: 3,
          steps: [{ channel: 'phone', team: 'municipality', attempts: 2 }],
        },
      },
      {
        id: 'email',
        label: 'Below €250: e-mail',
        source: M3,
        when: { all: [{ fact: 'signalCount', operator: 'greaterThanInclusive', value: 1 }] },
        then: {
          bucket: 'email',
          bucketNl: 'E-mail',
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

export function signal(over: Partial<RoutingSignalInput> = {}): RoutingSignalInput {
  return {
    signalId: 'S1',
    partnerId: 'ZV-1',
    sector: 'health',
    kind: 'early',
    amountCents: 10_000,
    arrearSince: '2026-08-20',
    signalDate: '2026-10-26',
    hasPhone: true,
    hasEmail: true,
    hasAddress: true,
    ...over,
  };
}

export function caseInput(
  caseId: string,
  signals: RoutingSignalInput[],
  over: Partial<RoutingCaseInput> = {},
): RoutingCaseInput {
  return { caseId, onDate: '2026-10-26', isMatch: false, rank: 1, signals, ...over };
}
