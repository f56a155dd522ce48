// The deliberate problems in the October file. Each is described in examples/data/README.md; the
// test checks that the README names every one of them by its signal_id.
import { addDays } from './dates';
import type { World } from './households';
import { newHousehold } from './households';
import type { Sector } from './partners';
import { type SignalSpec, specFor } from './plan';
import type { Row } from './rows';

/** What is wrong with a deliberately bad row, or odd about a deliberately odd (but valid) one. */
export interface Deliberate {
  signalId: string;
  /** Position in the file: data row number (1 = first row after the header). */
  row: number;
  valid: boolean;
  what: string;
}

type Corrupt = (row: Row) => Partial<Row>;

/** The bad rows: the sector of the signal to plan and how to spoil its row. */
const BAD: readonly (readonly [Sector, string, Corrupt])[] = [
  [
    'health',
    'BSN fails the elfproef (last digit changed)',
    (r) => ({ bsn: r.bsn.slice(0, 8) + String((Number(r.bsn[8]) + 1) % 10) }),
  ],
  [
    'rent',
    'malformed postcode (one letter missing)',
    (r) => ({ postcode: r.postcode.replace(/[A-Za-z]$/, '') }),
  ],
  ['water', 'amount is zero', () => ({ amount: '0.00' })],
  ['energy', 'arrear_since lies after signal_date', (r) => ({ arrear_since: addDays(r.signal_date, 14) })],
  [
    'health',
    'signal_date in the future (2027)',
    (r) => ({ signal_date: r.signal_date.replace('2026', '2027') }),
  ],
  ['rent', 'arrear_since is not a real date (30 February)', () => ({ arrear_since: '2026-02-30' })],
  [
    'energy',
    'unknown sector "telecom" (telecom companies are no signal partners)',
    (r) => ({
      sector: 'telecom',
      partner_id: 'TC-BLN',
      partner_name: 'Belnet Telecom',
      signal_id: `TC-BLN-${r.signal_id.slice(-11)}`,
    }),
  ],
];

/** One single-signal household per bad row, planned before numbering. */
export const badSpecs = (world: World): SignalSpec[] =>
  BAD.map(([sector]) => specFor(world, newHousehold(world, sector === 'rent'), sector));

/**
 * Spreads the bad rows (the last `BAD.length` of `rows` by construction) over the file, spoils them,
 * adds a re-delivered duplicate and two valid rows with a comma and a line break in a field.
 */
export function placeDeliberate(
  world: World,
  numbered: Row[],
  badIds: readonly string[],
): [Row[], Deliberate[]] {
  const { rand } = world;
  const good = numbered.filter((r) => !badIds.includes(r.signal_id));
  const bad = badIds.map((id) => numbered.find((r) => r.signal_id === id) as Row);
  const out = [...good];
  const notes: Omit<Deliberate, 'row'>[] = [];
  const step = Math.floor(good.length / (bad.length + 1));
  bad.forEach((row, i) => {
    const [, what, corrupt] = BAD[i] as (typeof BAD)[number];
    const spoiled = { ...row, ...corrupt(row) };
    const at = out.indexOf(good[step * (i + 1) - rand.int(0, 9)] as Row);
    out.splice(at, 0, spoiled);
    notes.push({ signalId: spoiled.signal_id, valid: false, what });
  });
  const original = good[rand.int(10, 40)] as Row;
  out.splice(out.indexOf(original) + rand.int(3, 8), 0, { ...original });
  notes.push({
    signalId: original.signal_id,
    valid: false,
    what: 'duplicate signal_id (the same row delivered twice)',
  });
  const oddRows = good.filter((r) => r.signal_id !== original.signal_id);
  const comma = oddRows[rand.int(5, 30)] as Row;
  const newline = oddRows[rand.int(150, 200)] as Row;
  out[out.indexOf(comma)] = { ...comma, neighbourhood: `${comma.neighbourhood}, Vogelbuurt` };
  out[out.indexOf(newline)] = { ...newline, neighbourhood: `${newline.neighbourhood}\n(Oosterhoeve)` };
  notes.push(
    { signalId: comma.signal_id, valid: true, what: 'valid: quoted field with a comma (neighbourhood)' },
    {
      signalId: newline.signal_id,
      valid: true,
      what: 'valid: quoted field with a line break (neighbourhood)',
    },
  );
  const placeholder = oddRows.find((r, i) => i > 100 && r.sector === 'health' && r.birth_date !== '') as Row;
  out[out.indexOf(placeholder)] = { ...placeholder, birth_date: '2000-01-01' };
  notes.push({
    signalId: placeholder.signal_id,
    valid: true,
    what: 'valid: placeholder birth date 2000-01-01',
  });
  const rowOf = (id: string, what: string) =>
    what.startsWith('duplicate')
      ? out.map((r, i) => [r, i] as const).filter(([r]) => r.signal_id === id)[1]?.[1]
      : out.findIndex((r) => r.signal_id === id);
  return [
    out,
    notes.map((n) => ({ ...n, row: (rowOf(n.signalId, n.what) ?? -1) + 1 })).sort((a, b) => a.row - b.row),
  ];
}
