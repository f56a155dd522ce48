import { fc, test } from '@fast-check/vitest';
import { type SignalImportEvent, streamSignalsCsv } from '@signaalreis/adapters';
import { expect } from 'vitest';
import { csv, goodRow, type Row, TODAY } from './fixtures.test-support';
import { todayInAmsterdam } from './read-signals';

const BREAKAGES: Row[] = [
  {},
  { amount: '0' },
  { amount: 'veel' },
  { bsn: '123456789' },
  { postcode: '12AB' },
  { signal_date: '2027-01-01' },
  { arrear_since: '2026-12-01' },
  { sector: 'telecom' },
  { city: 'Voorbeeld, "stad"\nnoord' },
  { legal_form: 'bv' },
  { phone: 'onbekend' },
];

const rowsArb = fc.array(fc.tuple(fc.nat(BREAKAGES.length - 1), fc.nat(30)), { minLength: 0, maxLength: 40 });

async function collect(input: AsyncIterable<Uint8Array> | string): Promise<SignalImportEvent[]> {
  const out: SignalImportEvent[] = [];
  for await (const e of streamSignalsCsv(input, { today: TODAY })) out.push(e);
  return out;
}

test.prop([rowsArb, fc.constantFrom(',' as const, ';' as const)], { numRuns: 60 })(
  'every data row ends up accepted or rejected exactly once, whatever is wrong with it',
  async (spec, delimiter) => {
    // Ids repeat on purpose (nat(30)), so duplicates occur.
    const rows = spec.map(([b, id], i) => goodRow(i, { signal_id: `S${id}`, ...BREAKAGES[b] }));
    const events = await collect(csv(rows, { delimiter }));
    const perRow = events.filter((e) => e.type === 'accepted' || e.type === 'rejected');
    if (perRow.length !== rows.length) return false;
    if (!perRow.every((e, i) => 'row' in e && e.row === i + 1)) return false;
    const acceptedIds = perRow.flatMap((e) => (e.type === 'accepted' ? [e.signal.signalId] : []));
    return new Set(acceptedIds).size === acceptedIds.length && events[0]?.type === 'header';
  },
);

test.prop([rowsArb, fc.array(fc.nat(), { maxLength: 12 }), fc.boolean()], { numRuns: 60 })(
  'splitting the same bytes into chunks anywhere gives the same events',
  async (spec, cuts, latin) => {
    const rows = spec.map(([b, id], i) =>
      goodRow(i, { signal_id: `S${id}`, surname: 'Çelik-Öztürk', ...BREAKAGES[b] }),
    );
    const text = csv(rows, { delimiter: ';' });
    const bytes = latin
      ? Uint8Array.from([...text].map((ch) => ({ Ç: 0xc7, Ö: 0xd6, ü: 0xfc })[ch] ?? ch.charCodeAt(0)))
      : new TextEncoder().encode(text);
    const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
    async function* chunks() {
      let prev = 0;
      for (const p of [...points, bytes.length]) {
        yield bytes.subarray(prev, p);
        prev = p;
      }
    }
    async function* whole() {
      yield bytes;
    }
    const a = await collect(chunks());
    const b = await collect(whole());
    return JSON.stringify(a) === JSON.stringify(b);
  },
);

/** The last Sunday of `month` (0-based) of `year`, at 01:00 UTC: when EU summer time starts or ends (since 1996). */
const lastSundayAt1Utc = (year: number, month: number) => {
  const last = new Date(Date.UTC(year, month + 1, 0, 1));
  return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
};

test.prop([
  fc.date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  }),
])(
  'todayInAmsterdam is the day in Amsterdam: UTC+1, UTC+2 in EU summer time (the formatter made once)',
  (now) => {
    const y = now.getUTCFullYear();
    const summer = now.getTime() >= lastSundayAt1Utc(y, 2) && now.getTime() < lastSundayAt1Utc(y, 9);
    const local = new Date(now.getTime() + (summer ? 2 : 1) * 3_600_000);
    expect(todayInAmsterdam(now)).toBe(local.toISOString().slice(0, 10));
  },
);
