// Test-only helpers: build signal CSV text from row objects.
import { SIGNAL_CSV_FIELDS, type SignalCsvField } from './headers';

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
