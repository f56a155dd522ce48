// What a researcher or officer reads of `signaalreis compare` is Dutch by default: channels, teams
// and buckets by their labels, as the run's summary names them ("huisbezoek / wijkteam"); English
// with --lang en; the ids stay in --format json and the --out file (compare.test.ts).
import { asIsoMonth, type CaseId, type Cents, CHANNELS, type MonthComparison } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { compareText } from './compare-text';

const oneSided = (caseId: string, bucket: string) => ({
  caseId: caseId as CaseId,
  reason: 'outside_municipality' as const,
  outcome: { signalStatus: 'Opgepakt' as const, bucket },
  signals: 1,
  partners: [],
  totalAmountCents: 12_345 as Cents,
});

const C: MonthComparison = {
  month: asIsoMonth('2026-10'),
  cases: { a: 12, b: 9 },
  inBoth: 9,
  bySignalStatus: { Opgepakt: { a: 12, b: 9 } },
  byPrimaryChannel: {
    'home-visit': { a: 4, b: 6 },
    phone: { a: 5, b: 1 },
    none: { a: 3, b: 2 },
    fax: { a: 0, b: 0 }, // a newer engine's channel
  },
  capacityUsed: {
    'card/call-centre': { a: 0, b: 2 },
    'home-visit/neighbourhood-team': { a: 4, b: 3 },
    'home-visit/schuldhulp-noord': { a: 0, b: 3 },
    'phone/night-shift': { a: 1, b: 0 }, // a team nobody declared
    phone: { a: 4, b: 1 },
  },
  unplaced: { a: 0, b: 0 },
  changed: [],
  onlyInA: [oneSided('2026-10-0001', 'visit'), oneSided('2026-10-0002', 'not-picked-up')],
  onlyInB: [oneSided('2026-10-0003', 'own-bucket')],
  oneSidedByReason: { outside_municipality: { a: 2, b: 1 } },
};
const NAMES = {
  teams: [{ id: 'schuldhulp-noord', label: { nl: 'Schuldhulp Noord', en: 'Debt help North' } }],
  buckets: { a: { visit: { nl: 'Huisbezoek', en: 'Home visit' } }, b: {} },
};

/** The rows of a table of the text: its first column, as printed. */
function column(text: string, title: string): string[] {
  const block = text.split(`\n${title}`)[1]?.split('\n\n')[0] ?? '';
  return block
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s{2,}/)[0] ?? '');
}

describe('compareText', () => {
  const nl = compareText(C, 'type-medium', 'mijnstad', 'nl', NAMES);
  const en = compareText(C, 'type-medium', 'mijnstad', 'en', NAMES);

  it('names the primary channels by their label in Dutch, none as "geen", in the order of their ids', () => {
    expect(column(nl, 'Eerste kanaal')).toEqual(['fax', 'huisbezoek', 'geen', 'telefoon']);
    expect(column(en, 'Primary channel')).toEqual(['fax', 'home visit', 'none', 'phone']);
  });

  it('names capacity by channel / team labels, declared teams by their own, unknown ids as they came', () => {
    expect(column(nl, 'Capaciteit gebruikt')).toEqual([
      'kaartje / callcenter',
      'huisbezoek / wijkteam',
      'huisbezoek / Schuldhulp Noord',
      'telefoon',
      'telefoon / night-shift',
    ]);
    expect(column(en, 'Capacity used')).toEqual([
      'card / call centre',
      'home visit / neighbourhood team',
      'home visit / Debt help North',
      'phone',
      'phone / night-shift',
    ]);
  });

  it("lists a one-sided case's bucket by its label: the rule's, else intake's outcome, else the id", () => {
    expect(nl).toMatch(/\n {2}2026-10-0001 {2}buiten het gebied \(postcodes\) {2}Huisbezoek {2}1 signaal/);
    expect(nl).toMatch(/\n {2}2026-10-0002 {2}buiten het gebied \(postcodes\) {2}niet opgepakt {2}1 signaal/);
    expect(nl).toMatch(/\n {2}2026-10-0003 {2}buiten het gebied \(postcodes\) {2}own-bucket {2}1 signaal/);
    expect(en).toMatch(/\n {2}2026-10-0001 {2}outside the area \(postcodes\) {2}Home visit {2}1 signal/);
    expect(en).toMatch(/\n {2}2026-10-0002 {2}outside the area \(postcodes\) {2}not picked up {2}1 signal/);
  });

  it('shows no channel or built-in team id in the Dutch text', () => {
    const ids = [
      ...CHANNELS,
      'none',
      'neighbourhood-team',
      'call-centre',
      'schuldhulp-noord',
      'not-picked-up',
    ];
    for (const id of ids) expect(nl, id).not.toMatch(new RegExp(`(?<![\\w-])${id}(?![\\w-])`));
    // "phone" and "card" are the English words too: the English text has no id with a hyphen
    expect(en).not.toMatch(/home-visit|neighbourhood-team|call-centre|not-picked-up/);
  });

  it('without names: built-in teams and channels still by label, a declared team and a bucket by id', () => {
    const plain = compareText(C, 'type-medium', 'mijnstad', 'nl');
    expect(column(plain, 'Capaciteit gebruikt')).toContain('huisbezoek / schuldhulp-noord');
    expect(plain).toMatch(/2026-10-0001 {2}buiten het gebied \(postcodes\) {2}visit {2}/);
  });
});
