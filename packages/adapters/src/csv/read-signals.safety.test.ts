// Issue 9, reading: nothing lost, nothing injected. Each finding reproduced on the reader.
import { readFileSync } from 'node:fs';
import { importSignalsCsv, type SignalImportEvent, streamSignalsCsv } from '@signaalreis/adapters';
import { describe, expect, it } from 'vitest';
import { csv, fatalOf, goodRow, okValue, placeOf, TODAY } from './fixtures.test-support';

const readResult = (input: string | Uint8Array) => importSignalsCsv(input, { today: TODAY });
const read = async (input: string | Uint8Array) => okValue(await readResult(input));
async function events(input: string | Uint8Array | AsyncIterable<Uint8Array>): Promise<SignalImportEvent[]> {
  const out: SignalImportEvent[] = [];
  for await (const e of streamSignalsCsv(input, { today: TODAY })) out.push(e);
  return out;
}
const rowEvents = (es: SignalImportEvent[]) =>
  es.flatMap((e) => (e.type === 'accepted' || e.type === 'rejected' ? [e] : []));
// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for raw control characters is the point
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

const EXAMPLE = readFileSync(
  new URL('../../../../examples/data/signals-2026-10.csv', import.meta.url),
  'utf8',
);

describe('a quote that is not closed on its line', () => {
  // The finding: one `"` added on line 6 of the example file merged lines 6–28 into one record.
  const strayed = EXAMPLE.split('\n')
    .map((l, i) => (i === 5 ? l.replace(',G.,,Meijer,', ',"G.,,Meijer,') : l))
    .join('\n');

  it('swallows no rows of the example file: the one line is rejected, with its real line', async () => {
    expect(strayed).not.toBe(EXAMPLE);
    const before = await read(EXAMPLE);
    expect(fatalOf(await readResult(strayed))).toEqual([]);
    const after = await read(strayed);
    expect(after.rows).toBe(250);
    const quoteProblems = after.rejected.filter((p) => p.code === 'unbalanced_quote');
    expect(quoteProblems.map(placeOf)).toEqual([
      { row: 5, line: 6, column: 'initials', code: 'unbalanced_quote' },
    ]);
    expect(quoteProblems[0]?.path).toEqual(['rows', 5, 'initials']);
    // Every other row reads as before: the same signals, the evictions included.
    const ids = (r: typeof before) => r.accepted.map((s) => s.signalId);
    expect(ids(after)).toEqual(ids(before).filter((id) => id !== 'EN-ZND-202610-0001'));
    const evictions = (r: typeof before) => r.accepted.filter((s) => s.kind === 'eviction').length;
    expect(evictions(after)).toBe(evictions(before));
    expect(after.rejected.length).toBe(before.rejected.length + 1);
  });

  it('when no quote follows, rejects just that line and reads the rest', async () => {
    const lines = csv(Array.from({ length: 30 }, (_, i) => goodRow(i + 1))).split('\n');
    lines[10] = (lines[10] ?? '').replace(',Jansen,', ',"Jansen,');
    const r = await read(lines.join('\n'));
    expect(r.rows).toBe(30);
    expect(r.accepted).toHaveLength(29);
    expect(r.rejected.map(placeOf)).toEqual([
      { row: 10, line: 11, column: 'surname', code: 'unbalanced_quote' },
    ]);
    expect(r.rejected[0]?.message.en).toMatch(/line 11/);
    expect(r.rejected[0]?.message.nl).toMatch(/regel 11/);
  });

  it('at the very end of the file, without a line break', async () => {
    const r = await read(`${csv([goodRow(1), goodRow(2)])}S3,"broken`);
    expect(r.rows).toBe(3);
    expect(r.rejected.map((p) => [placeOf(p).row, p.line, p.code])).toEqual([[3, 4, 'unbalanced_quote']]);
  });

  it('two stray quotes that pair up across lines do not join the rows between them', async () => {
    const lines = csv(Array.from({ length: 8 }, (_, i) => goodRow(i + 1))).split('\n');
    lines[2] = (lines[2] ?? '').replace(',Jansen,', ',"Jansen,');
    lines[5] = (lines[5] ?? '').replace(',Jansen,', ',Jansen",');
    const es = rowEvents(await events(lines.join('\n')));
    expect(es.map((e) => [e.row, e.line, e.lastLine])).toEqual(
      Array.from({ length: 8 }, (_, i) => [i + 1, i + 2, i + 2]),
    );
    expect(es[1]).toMatchObject({ type: 'rejected', issues: [{ code: 'unbalanced_quote', line: 3 }] });
  });

  it('a well-formed quoted field with line breaks (also CRLF) is still one record, with its line span', async () => {
    const text = csv([goodRow(1), goodRow(2, { city: 'Voorbeeld\r\nstad\r\nnoord' }), goodRow(3)]).replace(
      /\n/g,
      '\r\n',
    );
    const es = rowEvents(await events(text.replace(/\r\r\n/g, '\r\n')));
    expect(es.map((e) => [e.type, e.row, e.line, e.lastLine])).toEqual([
      ['accepted', 1, 2, 2],
      ['accepted', 2, 3, 5],
      ['accepted', 3, 6, 6],
    ]);
  });
});

describe('a header line that cannot be read', () => {
  it.each([
    ['a quote left open', (h: string) => h.replace('surname', '"surname'), 'unbalanced_quote'],
    ['over 10,000 characters', (h: string) => `${h},${'z'.repeat(10_000)}`, 'record_too_long'],
  ])('%s stops reading with one fatal problem on line 1', async (_, breakHeader, code) => {
    const [header, ...rest] = csv([goodRow(1), goodRow(2)]).split('\n');
    const r = await readResult([breakHeader(header ?? ''), ...rest].join('\n'));
    expect(fatalOf(r)).toEqual([expect.objectContaining({ path: ['header'], line: 1, code })]);
    expect(fatalOf(r).map(placeOf)).toEqual([{ row: 0, column: null, line: 1, code }]);
    expect(fatalOf(r)[0]?.message.en).toMatch(/header \(line 1\)/);
    expect(fatalOf(r)[0]?.message.nl).toMatch(/kopregel \(regel 1\)/);
    expect(r.ok).toBe(false); // no rows are read
  });
});

describe('control characters', () => {
  it('a NUL past the first 4 KB rejects the row, naming the column and position, never echoing it', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => goodRow(i + 1));
    rows[35] = goodRow(36, { surname: 'Jan\u0000sen' });
    const text = csv(rows);
    expect(text.indexOf('\u0000')).toBeGreaterThan(4096);
    const r = await read(text);
    expect(r.rows).toBe(40);
    expect(r.rejected.map(placeOf)).toEqual([
      expect.objectContaining({ row: 36, column: 'surname', code: 'control_character' }),
    ]);
    const message = r.rejected[0]?.message ?? { nl: '', en: '' };
    expect(message.en).toMatch(/U\+0000 at position 4/);
    expect(message.nl).toMatch(/U\+0000 op positie 4/);
    for (const text of [message.nl, message.en]) {
      expect(text).not.toMatch(RAW_CONTROL);
      expect(text).not.toContain('Jan');
    }
  });

  it.each([
    ['escape', 'Jansen\u001b[2J'],
    ['C1 control', 'Jan\u0085sen'],
    ['DEL', 'Jansen\u007f'],
    ['line separator', 'Jan\u2028sen'],
    ['vertical tab', 'Jan\u000bsen'],
  ])('rejects a %s in any cell', async (_, surname) => {
    const r = await read(csv([goodRow(1), goodRow(2, { surname }), goodRow(3, { signal_id: 'S\u00013' })]));
    expect(r.rejected.map((p) => [placeOf(p).row, placeOf(p).column, p.code])).toEqual([
      [2, 'surname', 'control_character'],
      [3, 'signal_id', 'control_character'],
    ]);
    for (const p of r.rejected) {
      expect(p.message.en).not.toMatch(RAW_CONTROL);
      expect(p.message.nl).not.toMatch(RAW_CONTROL);
    }
  });

  it('a tab and a quoted line break are text, not control characters', async () => {
    const r = await read(csv([goodRow(1, { partner_name: 'Wonen\tZorg', city: 'Voorbeeld\nstad' })]));
    expect(r.accepted).toHaveLength(1);
  });
});

describe('lengths', () => {
  it('a value longer than its column allows is rejected without echoing it', async () => {
    const r = await read(
      csv([goodRow(1, { surname: 'Q'.repeat(201) }), goodRow(2, { signal_id: 'I'.repeat(101) })]),
    );
    expect(r.rejected.map((p) => [placeOf(p).row, placeOf(p).column, p.code])).toEqual([
      [1, 'surname', 'too_long'],
      [2, 'signal_id', 'too_long'],
    ]);
    expect(r.rejected[0]?.message.en).toBe(
      'surname is 201 characters long; at most 200 are allowed (project default)',
    );
    expect(JSON.stringify(r.rejectedRows[1]?.issues[0]?.message)).not.toContain('IIII');
  });

  it('a 5 MB surname (a line over 10,000 characters) is one rejected row; the rows after it are read', async () => {
    const r = await read(csv([goodRow(1), goodRow(2, { surname: 'X'.repeat(5_000_000) }), goodRow(3)]));
    expect(r.rows).toBe(3);
    expect(r.accepted.map((s) => s.signalId)).toEqual(['S1', 'S3']);
    expect(r.rejected.map(placeOf)).toEqual([
      expect.objectContaining({ row: 2, line: 3, code: 'record_too_long' }),
    ]);
    expect(r.rejected[0]?.message.en.length).toBeLessThan(200);
    expect(r.rejected[0]?.message.nl.length).toBeLessThan(200);
  });

  it('a 40 MB line streamed in chunks is never held in memory', { timeout: 60_000 }, async () => {
    const header = Buffer.from(csv([goodRow(1)]));
    const piece = Buffer.alloc(64 * 1024, 0x41); // 'A'
    const pieces = 640;
    let peak = 0;
    globalThis.gc?.();
    const base = process.memoryUsage().heapUsed;
    async function* chunks() {
      yield header;
      yield Buffer.from('S2,');
      for (let i = 0; i < pieces; i++) {
        if (i % 64 === 63) {
          globalThis.gc?.();
          peak = Math.max(peak, process.memoryUsage().heapUsed - base);
        }
        yield piece;
      }
      yield Buffer.from(`\n${csv([goodRow(3)]).split('\n')[1]}\n`);
    }
    const es = rowEvents(await events(chunks()));
    expect(es.map((e) => [e.type, e.line])).toEqual([
      ['accepted', 2],
      ['rejected', 3],
      ['accepted', 4],
    ]);
    expect(es[1]).toMatchObject({ issues: [{ code: 'record_too_long' }] });
    const tooLong = es[1]?.type === 'rejected' ? es[1].issues[0]?.message : undefined;
    expect(tooLong?.en).toContain(`${3 + pieces * 64 * 1024} characters`);
    expect(tooLong?.nl).toContain(`${3 + pieces * 64 * 1024} tekens`);
    if (globalThis.gc) expect(peak).toBeLessThan(16 * 1024 * 1024);
  });

  it('a record of quoted lines longer than the limit is read line by line', async () => {
    const long = Array.from({ length: 60 }, () => 'y'.repeat(199)).join('\n');
    const es = rowEvents(await events(csv([goodRow(1), goodRow(2, { city: long }), goodRow(3)])));
    expect(es[0]).toMatchObject({ type: 'accepted', line: 2 });
    expect(es[1]).toMatchObject({ type: 'rejected', line: 3, issues: [{ code: 'unbalanced_quote' }] });
    expect(es.at(-1)).toMatchObject({ type: 'accepted', line: 63 });
    expect(es).toHaveLength(62);
  });
});

describe('UTF-16', () => {
  const utf16 = (text: string, order: 'le' | 'be', bom: boolean) => {
    const units = [...(bom ? [0xfeff] : []), ...[...text].map((c) => c.charCodeAt(0))];
    return Uint8Array.from(units.flatMap((u) => (order === 'le' ? [u & 255, u >> 8] : [u >> 8, u & 255])));
  };
  it.each([
    ['LE with BOM', 'le', true],
    ['LE without BOM', 'le', false],
    ['BE without BOM', 'be', false],
  ] as const)('%s is refused with the hint to save as CSV UTF-8', async (_, order, bom) => {
    const r = fatalOf(await readResult(utf16(csv([goodRow(1)]), order, bom)));
    expect(r).toEqual([expect.objectContaining({ code: 'unsupported_encoding', path: [] })]);
    expect(r[0]?.message.en).toMatch(/UTF-16.*CSV UTF-8/);
    expect(r[0]?.message.nl).toMatch(/UTF-16.*CSV UTF-8/);
  });
});
