// A synthetic ledger of an energy supplier (Windkracht Energie, EN-WKR) on 20 October 2026, in the
// ledger CSV format of @signaalreis/adapters, for `signaalreis criteria`. Its own seeded
// generator, so the signal files do not change with it. No people: customer numbers only.
import { LEDGER_CSV_COLUMNS } from '@signaalreis/adapters';
import { addWorkingDays, asIsoDate } from '@signaalreis/core';
import { toCsv } from './csv';
import { addDays } from './dates';
import { Rand, SEED } from './rng';

const ON = '2026-10-20';
/**
 * KL-0052's contract ends exactly 20 working days after the ledger date, so that the 2023
 * regulation gives one end-of-supply signal on it ("Eindeleveringssignaal: 20 werkdagen voor het
 * einde van het contract", signaalreis-2023; issue 13: on that day only).
 */
const END_OF_SUPPLY_ROW = 52;
const eur = (cents: number) => `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;

/** A contract end `days` after the ledger date, or for {@link END_OF_SUPPLY_ROW} 20 working days after it. */
const endOf = (row: number, days: number) =>
  row === END_OF_SUPPLY_ROW ? addWorkingDays(asIsoDate(ON), 20) : addDays(ON, days);

/** 80 customer accounts with the states the criteria look at, plus two rows that are wrong on purpose. */
export function ledgerCsv(): string {
  const rand = new Rand(SEED + 11);
  const rows: string[][] = [];
  for (let i = 1; i <= 80; i++) {
    const terms = rand.weighted([
      [0, 10],
      [1, 20],
      [2, 30],
      [3, 25],
      [5, 15],
    ] as const);
    const oldestAge = terms === 0 ? 0 : rand.int(5, 190);
    const amount = terms === 0 ? 0 : terms * rand.int(4_000, 30_000);
    const newestAge = terms <= 1 ? oldestAge : Math.max(0, oldestAge - (terms - 1) * 30);
    const ending = terms > 0 && rand.chance(0.1); // contract ends soon: the 2023 regulation's end-of-supply case
    const row: Record<string, string> = {
      customer_id: `KL-${String(i).padStart(4, '0')}`,
      partner_id: 'EN-WKR',
      sector: 'energie',
      amount_open: eur(amount),
      premium: '',
      own_risk: '',
      unpaid_terms: String(terms),
      oldest_due_date: addDays(ON, -oldestAge),
      newest_due_date: addDays(ON, -newestAge),
      reminders_sent: String(terms === 0 ? 0 : ending ? 3 : rand.int(0, 3)),
      personal_contact_tried: ending || rand.chance(0.7) ? 'ja' : 'nee',
      pointed_to_debt_help: rand.chance(0.7) ? 'ja' : 'nee',
      objects_to_sharing: rand.chance(0.05) ? 'ja' : 'nee',
      payment_arrangement: rand.weighted([
        ['geen', 80],
        ['loopt-nagekomen', 12],
        ['loopt-niet-nagekomen', 8],
      ] as const),
      in_debt_arrangement: rand.chance(0.04) ? 'ja' : 'nee',
      at_bailiff: rand.chance(0.03) ? 'ja' : 'nee',
      contract_end_date: ending ? endOf(i, rand.int(5, 34)) : '',
      current_customer: 'ja',
      legal_form: rand.chance(0.05) ? 'bv' : '',
    };
    rows.push(LEDGER_CSV_COLUMNS.map((c) => row[c] ?? ''));
  }
  // Wrong on purpose: an amount with four decimals, and the newest due date before the oldest.
  const bad = (id: string, amount: string, oldest: string, newest: string) =>
    LEDGER_CSV_COLUMNS.map(
      (c) =>
        ({
          customer_id: id,
          partner_id: 'EN-WKR',
          sector: 'energie',
          amount_open: amount,
          unpaid_terms: '2',
          oldest_due_date: oldest,
          newest_due_date: newest,
          reminders_sent: '2',
          payment_arrangement: 'geen',
        })[c as string] ?? '',
    );
  rows.push(bad('KL-0081', '12,3456', '2026-08-01', '2026-09-01'));
  rows.push(bad('KL-0082', '240,00', '2026-09-01', '2026-08-01'));
  return toCsv(LEDGER_CSV_COLUMNS, rows, ',', '\n');
}
