// A small lifecycle table for the tests of core (core cannot import the presets package), and
// helpers to read Results in tests.
import { asPartnerId, asSignalId } from '../model/ids';
import type { Issue, Result } from '../model/issue';
import type { LifecycleTable } from './schema';

const HELP = ['(Budget)advies en/of quick fix', 'Vervolghulp en/of verwijzing financieel'] as const;
const L = (nl: string, en: string) => ({ nl, en });

/** Returns a fresh copy of the test table, so tests may change it. */
export function testTable(): LifecycleTable {
  return {
    id: 'test',
    label: L('Test', 'Test'),
    source: 'tests',
    initial: 'open',
    statuses: [
      {
        id: 'open',
        label: L('Open', 'Open'),
        final: false,
        reopenable: false,
        ddas: { signalStatus: 'Opgepakt' },
        intake: ['Opgepakt'],
      },
      {
        id: 'helped',
        label: L('Hulp', 'Helped'),
        final: false,
        reopenable: false,
        ddas: { signalStatus: 'Opgepakt' },
      },
      {
        id: 'closed',
        label: L('Dicht', 'Closed'),
        final: true,
        reopenable: true,
        ddas: { signalStatus: 'Opgepakt' },
      },
      {
        id: 'other',
        label: L('Niet opgepakt: andere reden', 'Other reason'),
        final: true,
        reopenable: false,
        ddas: { signalStatus: 'Niet opgepakt: andere reden', caseResult: 'Niet opgepakt: andere reden' },
        intake: ['Niet opgepakt: andere reden'],
      },
    ],
    events: [
      { id: 'accept-help', label: L('Hulp', 'Help') },
      { id: 'close', label: L('Sluit', 'Close') },
      { id: 'reject', label: L('Afwijzen', 'Reject') },
      { id: 'reopen', label: L('Heropen', 'Reopen') },
      { id: 'auto-close', label: L('Auto', 'Auto'), timer: 'autoClose' },
      { id: 'pause-end', label: L('Einde rust', 'Pause end'), timer: 'collectionPauseUntil' },
      { id: 'attempt-due', label: L('Poging', 'Attempt'), timer: 'nextAttempt' },
      { id: 'crisis', label: L('Crisis', 'Crisis'), timer: 'crisisDeadline' },
      { id: 'first', label: L('Eerste gesprek', 'First'), timer: 'firstConversation' },
    ],
    transitions: [
      {
        from: 'open',
        event: 'accept-help',
        to: 'helped',
        result: { fromEvent: [...HELP] },
        followUp: 'required',
        effects: [{ type: 'notify-partner' }, { type: 'collection-pause' }],
      },
      {
        from: ['open', 'helped'],
        event: 'close',
        to: 'closed',
        result: { fromEvent: [...HELP, 'Definitief geen contact kunnen krijgen'] },
        followUp: 'optional',
        effects: [{ type: 'notify-partner' }],
      },
      {
        from: 'open',
        event: 'reject',
        to: 'other',
        result: { set: 'Niet opgepakt: andere reden' },
        effects: [{ type: 'notify-partner' }],
      },
      { from: 'closed', event: 'reopen', to: 'open' },
      {
        from: 'open',
        event: 'auto-close',
        to: 'closed',
        result: {
          byContact: {
            reached: 'Inwoner regelt het zelf/hoeft geen hulp vanuit vroegsignalering',
            notReached: 'Definitief geen contact kunnen krijgen',
          },
        },
        effects: [{ type: 'notify-partner' }],
      },
      { from: '*', event: 'pause-end', effects: [{ type: 'collection-pause-ended' }] },
      { from: 'open', event: 'attempt-due', effects: [{ type: 'contact-due' }] },
      { from: '*', event: 'crisis', effects: [{ type: 'deadline-passed' }] },
      { from: '*', event: 'first', effects: [{ type: 'deadline-passed' }] },
    ],
    contact: { minimumAttempts: { 'home-visit': 3 }, source: 'tests' },
    feedback: {
      codes: [
        { code: 'not-picked-up', results: ['Niet opgepakt: andere reden'], source: 'tests' },
        { code: 'wants-help', results: [...HELP], source: 'tests' },
        {
          code: 'not-reached-or-no-help',
          results: [
            'Definitief geen contact kunnen krijgen',
            'Inwoner regelt het zelf/hoeft geen hulp vanuit vroegsignalering',
          ],
          source: 'tests',
        },
        { code: 'deceased', results: ['Inwoner is overleden'], source: 'tests' },
      ],
      helpAccepted: { followUps: ['payment-arrangement', 'quick-fix', 'referral'], source: 'tests' },
    },
  };
}

/** Two signals of two partners, and one more of the first partner. */
export const SIGNALS = [
  { signalId: asSignalId('S1'), partnerId: asPartnerId('P1'), sector: 'energy' as const },
  { signalId: asSignalId('S2'), partnerId: asPartnerId('P2'), sector: 'rent' as const },
  { signalId: asSignalId('S3'), partnerId: asPartnerId('P1'), sector: 'energy' as const },
];

/** The value of a Result that must succeed; a failure throws with its issues (a broken test). */
export function must<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected success: ${JSON.stringify(r.issues)}`);
  return r.value;
}

/** The issues of a Result: none when it succeeded. */
export const issuesOf = (r: Result<unknown>): Issue[] => (r.ok ? [] : r.issues);

/** The issue codes of a Result. */
export const codesOf = (r: Result<unknown>): string[] => issuesOf(r).map((i) => i.code);
