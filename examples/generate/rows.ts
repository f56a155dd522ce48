// Turns planned signals into rows of the canonical signal CSV (docs/formats/signals-csv.md).
import { SIGNAL_CSV_FIELDS } from '@signaalreis/adapters';
import { addDays, deliveryDay, workingDays } from './dates';
import type { World } from './households';
import type { Person } from './people';
import { CITY, spellAddress, spellPhone } from './places';
import type { Kind, SignalSpec } from './plan';
import type { Rand } from './rng';

/** The canonical columns, in file order (the signal CSV format's own list). */
export const COLUMNS = SIGNAL_CSV_FIELDS;

/** A canonical column name. */
export type Column = (typeof COLUMNS)[number];
/** A row as strings, exactly as written. */
export type Row = Record<Column, string>;

/** Amount range in cents per sector (domain: health €75–€900, energy €50–€2,500, …). */
const AMOUNT: Record<string, readonly [number, number]> = {
  health: [7_500, 90_000],
  energy: [5_000, 250_000],
  rent: [30_000, 300_000],
  water: [4_000, 40_000],
};

/** Days since the oldest unpaid claim, per sector and kind. */
function arrearAge(rand: Rand, sector: string, kind: Kind): number {
  if (kind === 'end-of-supply') return rand.int(60, 240);
  if (kind === 'eviction') return rand.int(100, 220);
  if (kind === 'warm-referral') return rand.int(20, 120);
  const late = sector === 'energy' || sector === 'water' ? 18 : 0; // > 100 days since the 2022 covenant
  const band = rand.weighted([
    ['young', 6],
    ['window', 76],
    ['old', late],
  ] as const);
  if (band === 'young') return rand.int(sector === 'energy' ? 15 : 20, 29);
  if (band === 'old') return rand.int(101, 210);
  return rand.int(30, 100);
}

function terms(rand: Rand, sector: string, cents: number, age: number): number {
  if (sector === 'rent') return Math.max(1, Math.round(cents / rand.int(55_000, 90_000)));
  if (sector === 'health') return Math.min(6, Math.max(1, Math.round(cents / 15_000)));
  if (sector === 'energy') return Math.max(2, Math.min(8, Math.round(age / 30)));
  return Math.max(1, Math.min(4, Math.round(age / 45)));
}

function reminders(rand: Rand, sector: string, kind: Kind): number {
  if (kind === 'end-of-supply') return rand.int(3, 5);
  if (kind === 'eviction') return rand.int(3, 6);
  if (sector === 'energy') return rand.int(2, 3);
  return rand.int(1, 3);
}

const cents = (n: number): string => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`;

/** The surname as the partner writes it. */
const surnameAs = (p: Person, prefixInSurname: boolean): [string, string] =>
  prefixInSurname && p.prefix ? ['', `${p.prefix} ${p.surname}`] : [p.prefix, p.surname];

/** A canonical row for a planned signal in `month` (`YYYY-MM`); `signal_id` is filled in later. */
export function toRow(world: World, spec: SignalSpec, month: string): Row {
  const { rand } = world;
  const { partner, household: h, kind } = spec;
  const person = h.residents[spec.resident] as Person;
  const signalDate = kind === 'early' ? deliveryDay(month) : rand.pick(workingDays(month));
  const age = arrearAge(rand, partner.sector, kind);
  const [lo, hi] = AMOUNT[partner.sector] ?? [5_000, 50_000];
  const amount =
    kind === 'eviction'
      ? rand.int(150_000, hi)
      : kind === 'end-of-supply'
        ? rand.logUniform(20_000, hi)
        : rand.logUniform(lo, hi);
  const [postcode, houseNumber, suffix] = spellAddress(h.address, partner.address);
  const [prefix, surname] = surnameAs(person, partner.prefixInSurname);
  const email = person.emailLocal
    ? `${person.emailLocal}@${rand.pick(['example.com', 'example.org', 'example.net'])}`
    : '';
  return {
    signal_id: '',
    partner_id: partner.id,
    partner_name: partner.name,
    sector: partner.sector,
    kind,
    signal_date: signalDate,
    arrear_since: addDays(signalDate, -age),
    amount: cents(amount),
    terms_overdue: partner.deliversTerms ? String(terms(rand, partner.sector, amount, age)) : '',
    reminders_sent: partner.deliversReminders ? String(reminders(rand, partner.sector, kind)) : '',
    initials: person.initials,
    prefix,
    surname,
    birth_date: partner.deliversBirthDate ? person.birthDate : '',
    legal_form: person.legalForm,
    bsn: partner.deliversBsn ? person.bsn : '',
    postcode,
    house_number: houseNumber,
    house_number_suffix: suffix,
    city: partner.upperCaseCity ? CITY.toUpperCase() : CITY,
    phone: spellPhone(person.mobile, partner.phone),
    email,
    neighbourhood: h.address.neighbourhood,
  };
}

/**
 * Sorts rows (signal date, partner, random tiebreak) and numbers them per partner: `ZV-ZLD-202610-0001`.
 * `ids` (optional) receives the id given to each input row.
 */
export function numberRows(rand: Rand, rows: Row[], month: string, ids?: Map<Row, string>): Row[] {
  const keyed = rows.map((row) => ({ row, tie: rand.int(0, 1_000_000) }));
  keyed.sort(
    (a, b) =>
      a.row.signal_date.localeCompare(b.row.signal_date) ||
      a.row.partner_id.localeCompare(b.row.partner_id) ||
      a.tie - b.tie,
  );
  const seq = new Map<string, number>();
  const yyyymm = month.replace('-', '');
  return keyed.map(({ row }) => {
    const n = (seq.get(row.partner_id) ?? 0) + 1;
    seq.set(row.partner_id, n);
    const signalId = `${row.partner_id}-${yyyymm}-${String(n).padStart(4, '0')}`;
    ids?.set(row, signalId);
    return { ...row, signal_id: signalId };
  });
}
