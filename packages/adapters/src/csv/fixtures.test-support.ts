// Test-only helpers: build signal CSV text from row objects.
import { asIsoDate, type Bilingual, type Issue, type Result } from '@signaalreis/core';
import { expect } from 'vitest';
import { SIGNAL_CSV_FIELDS, type SignalCsvField } from './headers';
import { csvIssuePlace } from './issues';

export type Row = Partial<Record<SignalCsvField, string>>;

export const goodRow = (i: number, over: Row = {}): Row => ({
  signal_id: `S${i}`,
  partner_id: 'ZV-A',
  partner_name: 'Zorgverzekeraar A',
  sector: 'health',
  kind: 'early',
  signal_date: '2026-10-26',
  arrear_since: '2026-08-01',
  amount: '312.50',
  terms_overdue: '2',
  reminders_sent: '1',
  initials: 'J.',
  prefix: '',
  surname: 'Jansen',
  birth_date: '1980-05-17',
  legal_form: 'individual',
  bsn: '111222333',
  postcode: '7411 AB',
  house_number: String(1 + (i % 90)),
  house_number_suffix: '',
  city: 'Voorbeeldstad',
  phone: '06-12345678',
  email: 'bewoner@example.nl',
  neighbourhood: 'Centrum',
  ...over,
});

const quote = (v: string, d: string) =>
  /["\n\r]/.test(v) || v.includes(d) ? `"${v.replace(/"/g, '""')}"` : v;

export function csv(rows: Row[], opts: { delimiter?: ',' | ';'; fields?: readonly string[] } = {}): string {
  const d = opts.delimiter ?? ',';
  const fields = opts.fields ?? SIGNAL_CSV_FIELDS;
  const lines = [
    fields.join(d),
    ...rows.map((r) => fields.map((f) => quote(r[f as SignalCsvField] ?? '', d)).join(d)),
  ];
  return `${lines.join('\n')}\n`;
}

/** The reading date of the reader tests. */
export const TODAY = asIsoDate('2026-11-22');

/** The value of a read that must not have stopped; throws (failing the test) with its issues otherwise. */
export function okValue<T>(r: Result<T>): T {
  if (!r.ok)
    throw new Error(`reading stopped: ${r.issues.map((i) => `${i.code} ${i.message.en}`).join('; ')}`);
  return r.value;
}

/** The issues that stopped a read ([] when it did not stop). */
export const fatalOf = (r: Result<unknown>): Issue[] => (r.ok ? [] : r.issues);

/** Where an issue of a CSV reader is: its row and column (from its path), line and code. */
export function placeOf(i: Issue): {
  row: number;
  column: string | null;
  line: number | undefined;
  code: string;
} {
  const { row, column } = csvIssuePlace(i);
  return { row, column, line: i.line, code: i.code };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for raw control characters is the point
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * Checks every message of a catalogue, each made with sample arguments: Dutch and English are both
 * there, not blank, without raw control characters, and the Dutch is not the English.
 */
export function checkCatalogue(samples: Readonly<Record<string, () => Bilingual>>): void {
  for (const [name, make] of Object.entries(samples)) {
    const m = make();
    expect(m.nl.trim(), `${name} (nl)`).not.toBe('');
    expect(m.en.trim(), `${name} (en)`).not.toBe('');
    expect(m.nl, `${name}: Dutch differs from English`).not.toBe(m.en);
    expect(m.nl, `${name} (nl)`).not.toMatch(RAW_CONTROL);
    expect(m.en, `${name} (en)`).not.toMatch(RAW_CONTROL);
  }
}

/** A cell value that no message may repeat whole or raw: long, with control characters. */
export const NASTY = `Jan\u0000sen\u001b[2J${'x'.repeat(5000)}`;
