import { describe, expect, it } from 'vitest';
import { testTable } from '../lifecycle/fixtures.test-support';
import { asIsoDate, asIsoMonth } from '../model/iso-date';
import { attempt, kase, month, record, sig, value } from './fixtures.test-support';
import type { MonthlyReportInput, ReportMonth } from './monthly-input';
import { monthlyReport } from './monthly-report';

const on = asIsoDate('2026-11-30');
const report = (cases: ReportMonth[], over: Partial<MonthlyReportInput> = {}) =>
  value(monthlyReport({ month: asIsoMonth('2026-10'), months: 1, cases, on, ...over }));
const count = <V extends string>(rows: { value: V; count: number }[], v: V) =>
  rows.find((r) => r.value === v)?.count;

describe('monthlyReport: signals, households, matches', () => {
  const zv = (over = {}) =>
    sig('ZV-ZLD', { partnerName: 'Zorgverzekeraar Zilverlinde', amountCents: 15_000, ...over });
  const en = (over = {}) => sig('EN-WKR', { partnerName: 'Windkracht Energie', amountCents: 8_000, ...over });
  const october = month('2026-10', [
    // a match of two partners, both creditors also last month
    kase('7411AB 1', [zv(), en()], { consecutiveCreditors: ['EN-WKR', 'ZV-ZLD'] }),
    // a single health signal that repeats September's, of a household with signals before (recidive)
    kase('7411AB 2', [zv({ repeatOf: 'ZV-ZLD-old', partnerName: 'Zilverlinde' })], {
      recidiveMonths: ['2026-09'],
    }),
    // an end-of-supply signal, not picked up
    kase('7412CD 5', [en({ kind: 'end-of-supply' })], {
      signalStatus: 'Inwoner al bekend bij schuldhulpverlening',
      intakeOutcome: 'not-picked-up',
    }),
  ]);

  it('counts the totals of the month', () => {
    const r = report([october]);
    expect(r.totals).toEqual({
      signals: 4, // 2 + 1 + 1
      cases: 3,
      households: 3, // three household keys
      amountCents: 2 * 15_000 + 2 * 8_000,
      matches: 1, // only the first case has two partners
      consecutiveCreditors: 1,
      repeatSignals: 1,
      recidive: 1,
      pickedUp: 2, // the third is 'Inwoner al bekend bij schuldhulpverlening'
    });
    expect(count(r.bySector, 'health')).toBe(2);
    expect(count(r.bySector, 'energy')).toBe(2);
    expect(count(r.bySector, 'rent')).toBe(0);
    expect(count(r.byKind, 'end-of-supply')).toBe(1);
    expect(count(r.byKind, 'early')).toBe(3);
    expect(count(r.byIntakeOutcome, 'not-picked-up')).toBe(1);
  });

  it('lists partners by signals, with the name they used most and their households', () => {
    expect(report([october]).byPartner).toEqual([
      // two signals each: ties by id; ZV's names: 'Zorgverzekeraar Zilverlinde' once, 'Zilverlinde' once → first in code-unit order
      {
        partnerId: 'EN-WKR',
        partnerName: 'Windkracht Energie',
        sector: 'energy',
        signals: 2,
        households: 2,
        amountCents: 16_000,
      },
      {
        partnerId: 'ZV-ZLD',
        partnerName: 'Zilverlinde',
        sector: 'health',
        signals: 2,
        households: 2,
        amountCents: 30_000,
      },
    ]);
  });

  it('leaves the partner name out when no signal gave one (case files of older runs)', () => {
    const r = report([month('2026-10', [kase('7411AB 1', [sig('WA-OST')])])]);
    expect(r.byPartner).toEqual([
      { partnerId: 'WA-OST', sector: 'water', signals: 1, households: 1, amountCents: 10_000 },
    ]);
  });
});

describe('monthlyReport: statuses and results in DDAS terms', () => {
  it('takes the record status through the lifecycle table, else intake’s, and warns about an unknown one', () => {
    const table = testTable(); // 'open', 'helped', 'closed' are all DDAS 'Opgepakt'
    const cases = [
      kase('7411AB 1', [sig('ZV-A')], { signalStatus: 'Nog niet opgepakt', record: record('open') }),
      kase('7411AB 2', [sig('ZV-A')], { signalStatus: 'Nog niet opgepakt' }),
      kase('7411AB 3', [sig('ZV-A')], {
        signalStatus: 'Nog niet opgepakt',
        record: record('no-such-status'),
      }),
    ];
    const r = report([month('2026-10', cases, { lifecycle: table })]);
    expect(count(r.byStatus, 'Opgepakt')).toBe(1); // the first, through the table
    expect(count(r.byStatus, 'Nog niet opgepakt')).toBe(2); // no record; unknown status → intake's
    expect(r.issues.map((i) => i.code)).toEqual(['report_unknown_status']);
    expect(r.issues[0]?.message.nl).toContain('no-such-status');
  });

  it('counts the record’s result, else intake’s status when that is a DDAS result', () => {
    const cases = [
      kase('7411AB 1', [sig('ZV-A')], {
        record: record('closed', [], 'Vervolghulp en/of verwijzing financieel'),
      }),
      kase('7411AB 2', [sig('ZV-A')], {
        signalStatus: 'Niet opgepakt: onterecht signaal',
        intakeOutcome: 'not-picked-up',
      }),
      kase('7411AB 3', [sig('ZV-A')], { record: record('open') }),
      kase('7411AB 4', [sig('ZV-A')]),
    ];
    const r = report([month('2026-10', cases, { lifecycle: testTable() })]);
    expect(count(r.byResult, 'Vervolghulp en/of verwijzing financieel')).toBe(1);
    expect(count(r.byResult, 'Niet opgepakt: onterecht signaal')).toBe(1);
    expect(r.withoutResult).toBe(2); // an open record, and a picked-up case without record
    expect(r.byResult.reduce((n, x) => n + x.count, 0) + r.withoutResult).toBe(cases.length);
  });
});

describe('monthlyReport: contact and crisis', () => {
  it('counts attempts and reach per DDAS contact kind, and the planned primary channel', () => {
    const cases = [
      kase('7411AB 1', [sig('ZV-A')], {
        plan: [
          { channel: 'letter', team: 'municipality' },
          { channel: 'home-visit', team: 'neighbourhood-team' },
        ],
        record: record('open', [
          attempt('Huisbezoek', '2026-10-28'),
          attempt('Huisbezoek', '2026-10-30', true),
        ]),
      }),
      kase('7411AB 2', [sig('ZV-A')], {
        plan: [{ channel: 'letter', team: 'municipality' }],
        record: record('open', [attempt('Brief', '2026-10-27')]),
      }),
      kase('7411AB 3', [sig('ZV-A')], { record: record('open') }),
      kase('7411AB 4', [sig('ZV-A')]),
    ];
    const { contact } = report([month('2026-10', cases)]);
    const kind = (k: string) => contact.byKind.find((x) => x.kind === k);
    expect(kind('Huisbezoek')).toEqual({
      kind: 'Huisbezoek',
      attempts: 2,
      attemptsReached: 1,
      casesAttempted: 1,
      casesReached: 1,
    });
    expect(kind('Brief')).toEqual({
      kind: 'Brief',
      attempts: 1,
      attemptsReached: 0,
      casesAttempted: 1,
      casesReached: 0,
    });
    expect(contact).toMatchObject({
      attempts: 3,
      casesAttempted: 2,
      casesReached: 1,
      casesWithRecord: 3,
      withoutPlan: 2,
    });
    // the first case's most intensive channel is the home visit
    expect(count(contact.plannedPrimary, 'home-visit')).toBe(1);
    expect(count(contact.plannedPrimary, 'letter')).toBe(1);
  });

  it('sorts crisis deadlines into met, missed, open and unknown on the report’s day', () => {
    const crisis = (deadline: string, r?: ReturnType<typeof record>) =>
      kase('7411AB 9', [sig('WO-A', { kind: 'eviction' })], {
        intakeOutcome: 'crisis',
        crisisDeadline: asIsoDate(deadline),
        record: r,
      });
    const cases = [
      crisis('2026-10-29', record('open', [attempt('Telefoon', '2026-10-28', true)])), // met, reached
      crisis('2026-10-29', record('open', [attempt('Telefoon', '2026-10-29')])), // met on the day, not reached
      crisis('2026-10-29', record('open', [attempt('Telefoon', '2026-10-30', true)])), // too late: missed
      crisis('2026-12-02', record('open')), // deadline after 30 November: open
      crisis('2026-10-29'), // no record: unknown
      kase('7411AB 1', [sig('ZV-A')]), // no crisis
    ];
    expect(report([month('2026-10', cases)]).crisis).toEqual({
      cases: 5,
      met: 2,
      reachedByDeadline: 1,
      missed: 1,
      open: 1,
      unknown: 1,
    });
  });
});

describe('monthlyReport: capacity', () => {
  const cases = [
    kase('7411AB 1', [sig('ZV-A')], { plan: [{ channel: 'home-visit', team: 'municipality' }] }),
    kase('7411AB 2', [sig('ZV-A')], { plan: [{ channel: 'home-visit', team: 'crisis' }] }),
    kase('7411AB 3', [sig('ZV-A')], {
      plan: [{ channel: 'email', team: 'municipality' }],
      allocation: {
        outcome: 'placed',
        overflowed: [
          {
            from: { channel: 'home-visit', team: 'municipality' },
            to: { channel: 'email', team: 'municipality' },
          },
        ],
        unplaced: [],
      },
    }),
    kase('7411AB 4', [sig('ZV-A')], {
      plan: [],
      allocation: {
        outcome: 'unplaced',
        overflowed: [],
        unplaced: [{ channel: 'phone', team: 'municipality' }],
      },
    }),
  ];

  it('reads use, overflow and what fit nowhere back from the cases, against the capacities given', () => {
    const r = report([month('2026-10', cases)], { capacity: [{ channel: 'home-visit', perMonth: 2 }] });
    // the capacity for all teams: the first two cases' visits use both places; the third overflowed
    expect(r.capacity.rows.find((x) => x.channel === 'home-visit' && x.team === undefined)).toEqual({
      channel: 'home-visit',
      perMonth: 2,
      used: 2,
      available: 0,
      overflowedIn: 0,
      overflowedOut: 1,
      unplaced: 0,
    });
    expect(r.capacity.rows.find((x) => x.channel === 'email')).toMatchObject({
      team: 'municipality',
      used: 1,
      overflowedIn: 1,
      perMonth: null,
    });
    expect(r.capacity.rows.find((x) => x.channel === 'phone')).toMatchObject({ used: 0, unplaced: 1 });
    expect(r.capacity).toMatchObject({ known: true, casesOverflowed: 1, casesUnplaced: 1 });
    // the first two cases have a plan but no allocation record (an older case file): overflow not known
    expect(r.capacity.overflowKnown).toBe(false);
  });

  it('knows the overflow when every case with a plan says what allocation did', () => {
    const none = { outcome: 'placed' as const, overflowed: [], unplaced: [] };
    const r = report([
      month(
        '2026-10',
        cases.map((c) => ({ ...c, allocation: c.allocation ?? none })),
      ),
    ]);
    expect(r.capacity.overflowKnown).toBe(true);
  });

  it('says the capacities are unknown when none are given', () => {
    const r = report([month('2026-10', cases)]);
    expect(r.capacity.known).toBe(false);
    expect(r.capacity.rows.every((x) => x.perMonth === null && x.available === null)).toBe(true);
  });
});
