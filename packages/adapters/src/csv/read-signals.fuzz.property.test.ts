// Fuzzing the signal CSV reader (issue 9): files of hundreds and thousands of rows with random
// corruptions. Over all runs more than 100,000 rows are read. Invariants: nothing thrown, every
// line accounted for, every problem located, no raw control character in a message or a signal.
import { fc, test } from '@fast-check/vitest';
import { type SignalImportEvent, streamSignalsCsv } from '@signaalreis/adapters';
import { csv, goodRow, placeOf, type Row, TODAY } from './fixtures.test-support';

// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for raw control characters is the point
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;
const VARIETY: Row[] = [
  {},
  { partner_name: 'Wonen, Zorg & Co' },
  { city: 'Voorbeeld "stad"' },
  { surname: "O'Brien", prefix: 'van der' },
  { amount: '€ 1.527,96' },
  { amount: '0' },
  { bsn: '123456789' },
  { phone: '06-123', email: 'geen' },
  { house_number: '12-a' },
];
function baseFile(rows: number): string {
  return csv(Array.from({ length: rows }, (_, i) => goodRow(i, VARIETY[i % VARIETY.length])));
}

async function collect(input: string | AsyncIterable<string>): Promise<SignalImportEvent[]> {
  const out: SignalImportEvent[] = [];
  for await (const e of streamSignalsCsv(input, { today: TODAY })) out.push(e);
  return out;
}
type RowEvent = Extract<SignalImportEvent, { type: 'accepted' | 'rejected' }>;
const rowEvents = (es: SignalImportEvent[]) =>
  es.filter((e): e is RowEvent => e.type === 'accepted' || e.type === 'rejected');

/** Every issue sits in its row's span, has a code, and messages without raw control characters. */
function wellLocated(e: RowEvent): boolean {
  const issues = e.type === 'rejected' ? e.issues : e.flags;
  if (e.type === 'rejected' && issues.length === 0) return false;
  return issues.every(
    (p) =>
      p.path[0] === 'rows' &&
      placeOf(p).row === e.row &&
      p.line === e.line &&
      p.code !== '' &&
      [p.message.nl, p.message.en].every((m) => m !== '' && !RAW_CONTROL.test(m)),
  );
}
const cleanSignal = (e: RowEvent) => e.type === 'rejected' || !RAW_CONTROL.test(JSON.stringify(e.signal));

// --- Corruptions that cannot make a well-formed multi-line record: accepted + rejected = lines. ---

const INSERTS = ['"', '"', '"', '\u0000', '\u001b[31m', '\u0085', '\u2028', '\uFFFD', 'x'.repeat(12_000)];
const corruption = fc.record({ at: fc.nat(), what: fc.nat(INSERTS.length - 1) });

/** Inserts at data positions, each just before a letter or digit; returns the text and the touched lines. */
function corrupt(text: string, cs: { at: number; what: number }[]): { text: string; touched: Set<number> } {
  const start = text.indexOf('\n') + 1;
  const spots = cs
    .map(({ at, what }) => {
      let p = start + (at % (text.length - start));
      while (p < text.length && !/[A-Za-z0-9]/.test(text.charAt(p))) p++;
      return { p, insert: INSERTS[what] ?? '"' };
    })
    .sort((a, b) => b.p - a.p);
  let out = text;
  const touched = new Set<number>();
  for (const { p, insert } of spots) {
    touched.add(text.slice(0, p).split('\n').length);
    out = out.slice(0, p) + insert + out.slice(p);
  }
  return { text: out, touched };
}

const BIG = baseFile(2000);
const baseline = collect(BIG).then(rowEvents);

test.prop([fc.array(corruption, { minLength: 1, maxLength: 25 })], { numRuns: 50 })(
  '2,000-row files with stray quotes, control characters and overlong values: every line is one row; untouched rows read as before',
  async (cs) => {
    const { text, touched } = corrupt(BIG, cs);
    const es = await collect(text);
    if (es[0]?.type !== 'header') return false;
    const rows = rowEvents(es);
    const before = await baseline;
    if (rows.length !== 2000) return false;
    return rows.every((e, i) => {
      if (e.row !== i + 1 || e.line !== i + 2 || e.lastLine !== e.line) return false;
      if (!wellLocated(e) || !cleanSignal(e)) return false;
      if (touched.has(e.line)) return true;
      return JSON.stringify(e) === JSON.stringify(before[i]);
    });
  },
);

// --- Anything goes: quotes, delimiters and line breaks anywhere, characters deleted. ---

const WILD = ['"', '"', ',', '\n', '\r\n', '\r', '\u0000', 'x'.repeat(12_000), '"\n"'];
const wild = fc.record({
  at: fc.nat(),
  what: fc.nat(WILD.length),
  cut: fc.array(fc.nat(), { maxLength: 6 }),
});
const SMALL = baseFile(400);

test.prop([fc.array(wild, { minLength: 1, maxLength: 20 })], { numRuns: 40 })(
  '400-row files with anything inserted or deleted: rows cover every non-blank line once, in order, and do not depend on chunking',
  async (cs) => {
    const start = SMALL.indexOf('\n') + 1;
    let text = SMALL;
    for (const { at, what } of cs) {
      const p = start + (at % (text.length - start));
      const insert = WILD[what];
      text =
        insert === undefined
          ? text.slice(0, p) + text.slice(p + 1)
          : text.slice(0, p) + insert + text.slice(p);
    }
    const es = await collect(text);
    const rows = rowEvents(es);
    const lines = text.split(/\r\n|\r|\n/);
    const covered = new Set<number>();
    let previous = 1;
    for (const [i, e] of rows.entries()) {
      if (e.row !== i + 1 || e.line <= previous || e.lastLine < e.line || !wellLocated(e) || !cleanSignal(e))
        return false;
      for (let l = e.line; l <= e.lastLine; l++) covered.add(l);
      previous = e.lastLine;
    }
    // A blank line (also `""`: one empty field) is not a row.
    const blank = (l: string) => /^\s*(?:"\s*")?\s*$/.test(l);
    for (let l = 2; l <= lines.length; l++) if (!covered.has(l) && !blank(lines[l - 1] ?? '')) return false;
    // The same text in random chunks reads the same.
    const cuts = [...new Set(cs.flatMap((c) => c.cut).map((c) => c % (text.length + 1)))].sort(
      (a, b) => a - b,
    );
    async function* chunks() {
      let from = 0;
      for (const p of [...cuts, text.length]) {
        yield text.slice(from, p);
        from = p;
      }
    }
    return JSON.stringify(await collect(chunks())) === JSON.stringify(es);
  },
);
