import {
  importSignalsCsv,
  SIGNAL_CSV_FIELDS,
  type SignalImport,
  streamSignalsCsv,
} from '@signaalreis/adapters';
import type { IsoDate } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { csv, fatalOf, goodRow, okValue, placeOf, TODAY } from './fixtures.test-support';

const readResult = (input: string | Uint8Array) => importSignalsCsv(input, { today: TODAY });
const read = async (input: string | Uint8Array) => okValue(await readResult(input));
const codes = (r: SignalImport) =>
  r.rejected.map((i) => {
    const p = placeOf(i);
    return `${p.row}:${p.column}:${p.code}`;
  });

describe('importSignalsCsv — good input', () => {
  it('reads canonical rows into signals', async () => {
    const r = await read(csv([goodRow(1), goodRow(2, { house_number: '12', house_number_suffix: 'a' })]));
    expect(r.rows).toBe(2);
    expect(r.accepted.map((s) => s.signalId)).toEqual(['S1', 'S2']);
    const s = r.accepted[1];
    expect(s?.amountCents).toBe(31250);
    expect(s?.address).toEqual({
      postcode: '7411AB',
      houseNumber: 12,
      houseLetter: 'A',
      city: 'Voorbeeldstad',
    });
    expect(s?.contact).toEqual({ phone: '+31612345678', email: 'bewoner@example.nl' });
    expect(s?.partner).toEqual({ id: 'ZV-A', name: 'Zorgverzekeraar A', sector: 'health' });
    expect(fatalOf(await readResult(csv([goodRow(1)])))).toEqual([]);
  });

  it('reads a Dutch Excel export: ; delimiter, Dutch headers and values, 1.527,96, DD-MM-YYYY, Windows-1252', async () => {
    const text = [
      'Signaal_ID;Partner;Partnernaam;Soort partner;Soort signaal;Signaaldatum;Achterstand sinds;Bedrag;Achternaam;Rechtsvorm;Postcode;Huisnummer;Toevoeging;Woonplaats',
      'A1;WC-1;Woningcorporatie Één;huur;vroegsignaal;26-10-2026;01-08-2026;€ 1.527,96;Çelik;particulier;7411ab;3;bis;Voorbeeldstad',
    ].join('\r\n');
    // Windows-1252 bytes: É = 0xC9, Ç = 0xC7, € = 0x80.
    const bytes = Uint8Array.from(
      [...text].map((ch) => ({ '€': 0x80, É: 0xc9, Ç: 0xc7 })[ch] ?? ch.charCodeAt(0)),
    );
    const events = [];
    for await (const e of streamSignalsCsv(bytes, { today: TODAY })) events.push(e);
    expect(events[0]).toMatchObject({
      type: 'header',
      delimiter: ';',
      encoding: 'windows-1252',
      warnings: [],
    });
    const accepted = events[1];
    expect(accepted?.type).toBe('accepted');
    if (accepted?.type !== 'accepted') return;
    expect(accepted.signal.amountCents).toBe(152796);
    expect(accepted.signal.partner.name).toBe('Woningcorporatie Één');
    expect(accepted.signal.person.surname).toBe('Çelik');
    expect(accepted.signal.signalDate).toBe('2026-10-26');
    expect(accepted.signal.address).toMatchObject({
      postcode: '7411AB',
      houseNumber: 3,
      houseNumberAddition: 'BIS',
    });
  });

  it('drops a UTF-8 byte-order mark and reports utf-8', async () => {
    const events = [];
    for await (const e of streamSignalsCsv(`\uFEFF${csv([goodRow(1, { surname: 'Özdemir' })])}`, {
      today: TODAY,
    }))
      events.push(e);
    expect(events[0]).toMatchObject({ type: 'header', encoding: 'utf-8' });
    expect(events[1]).toMatchObject({ type: 'accepted', signal: { person: { surname: 'Özdemir' } } });
  });

  it('keeps quoted fields with delimiters and newlines, and tells rows from lines', async () => {
    const r = await read(
      csv([
        goodRow(1, { partner_name: 'Wonen, Zorg & Co' }),
        goodRow(2, { city: 'Voorbeeld\nstad' }),
        goodRow(3),
      ]),
    );
    expect(r.accepted.map((s) => s.partner.name)[0]).toBe('Wonen, Zorg & Co');
    expect(r.accepted[1]?.address.city).toBe('Voorbeeld\nstad');
    const rowsAndLines = [];
    for await (const e of streamSignalsCsv(
      csv([goodRow(1), goodRow(2, { city: 'a\nb' }), goodRow(3, { amount: '0' })]),
      { today: TODAY },
    )) {
      if (e.type === 'accepted' || e.type === 'rejected') rowsAndLines.push([e.row, e.line]);
    }
    expect(rowsAndLines).toEqual([
      [1, 2],
      [2, 3],
      [3, 5],
    ]);
  });

  it('accepts a legal person but flags it, and drops bad contact data with a flag', async () => {
    const r = await read(
      csv([goodRow(1, { legal_form: 'B.V.' }), goodRow(2, { phone: '06-123', email: 'geen' })]),
    );
    expect(r.accepted).toHaveLength(2);
    expect(r.flags.map((f) => `${placeOf(f).row}:${f.code}`)).toEqual([
      '1:legal_person',
      '2:invalid_phone',
      '2:invalid_email',
    ]);
    expect(r.accepted[1]?.contact).toEqual({});
  });
});

describe('importSignalsCsv — bad input', () => {
  it('an empty file is fatal', async () => {
    for (const empty of ['', '\n\n', '   ']) {
      const r = await readResult(empty);
      expect(fatalOf(r).map((p) => p.code)).toEqual(['empty_file']);
      expect(r.ok).toBe(false); // no rows are read
    }
  });
  it('a header-only file has zero rows and no problems', async () => {
    const r = await readResult(`${SIGNAL_CSV_FIELDS.join(',')}\n`);
    expect(r).toMatchObject({ ok: true, value: { rows: 0, accepted: [], rejected: [] } });
  });
  it('a missing required column is one clear fatal problem naming it', async () => {
    const fields = SIGNAL_CSV_FIELDS.filter((f) => f !== 'amount');
    const r = await readResult(csv([goodRow(1)], { fields }));
    const fatal = fatalOf(r);
    expect(fatal).toHaveLength(1);
    expect(fatal[0]).toMatchObject({ code: 'missing_column', path: ['header', 'amount'] });
    expect(fatal[0]?.message.en).toMatch(/"amount".*"bedrag"/);
    expect(fatal[0]?.message.nl).toMatch(/"amount".*"bedrag"/);
    expect(r.ok).toBe(false); // no rows are read
  });
  it('a column mapped twice is fatal', async () => {
    const r = await readResult(`${SIGNAL_CSV_FIELDS.join(',')},bedrag\n`);
    expect(fatalOf(r).map((p) => [p.code, placeOf(p).column])).toEqual([['duplicate_column', 'bedrag']]);
  });
  it('unknown extra columns are reported, not fatal', async () => {
    const r = await read(csv([goodRow(1)], { fields: [...SIGNAL_CSV_FIELDS, 'klantnummer'] }));
    expect(r.warnings.map((w) => [w.code, placeOf(w).column])).toEqual([['unknown_column', 'klantnummer']]);
    expect(r.accepted).toHaveLength(1);
  });
  it('rejects malformed values, each with its row, column and code', async () => {
    const r = await read(
      csv([
        goodRow(1, { signal_date: '2026-13-01' }),
        goodRow(2, { amount: '12,3456' }),
        goodRow(3, { postcode: '0123 AB' }),
        goodRow(4, { bsn: '123456789' }),
        goodRow(5, { amount: '0' }),
        goodRow(6, { amount: '-25,00' }),
        goodRow(7, { signal_date: '2026-12-01' }),
        goodRow(8, { arrear_since: '2026-10-27' }),
        goodRow(9, { house_number: 'abc' }),
        goodRow(10, { sector: 'telecom' }),
        goodRow(11, { kind: 'dringend' }),
        goodRow(12, { surname: '' }),
      ]),
    );
    expect(codes(r)).toEqual([
      '1:signal_date:invalid_date',
      '2:amount:invalid_amount',
      '3:postcode:invalid_postcode',
      '4:bsn:invalid_bsn',
      '5:amount:non_positive_amount',
      '6:amount:non_positive_amount',
      '7:signal_date:future_signal_date',
      '8:arrear_since:arrear_after_signal',
      '9:house_number:invalid_house_number',
      '10:sector:invalid_sector',
      '11:kind:invalid_kind',
      '12:surname:missing_value',
    ]);
    expect(r.rows).toBe(12);
    expect(r.accepted).toHaveLength(0);
  });
  it('rejects a birth date that is no date without showing it (personal data)', async () => {
    const r = await read(
      csv([goodRow(1, { birth_date: '1990-02-31' }), goodRow(2, { birth_date: '19800101' })]),
    );
    expect(codes(r)).toEqual(['1:birth_date:invalid_date', '2:birth_date:invalid_date']);
    const shown = JSON.stringify(r.rejected);
    expect(shown).not.toContain('1990-02-31');
    expect(shown).not.toContain('19800101');
  });
  it('reports every problem of a row, the first in `rejected`', async () => {
    const r = await read(csv([goodRow(1, { bsn: '1', postcode: 'x' })]));
    expect(r.rejectedRows[0]?.issues.map((p) => p.code)).toEqual(['invalid_bsn', 'invalid_postcode']);
    expect(r.rejected.map((p) => p.code)).toEqual(['invalid_bsn']);
  });
  it('rejects duplicate signal ids, naming the first row', async () => {
    const r = await read(csv([goodRow(1), goodRow(2), goodRow(1)]));
    expect(codes(r)).toEqual(['3:signal_id:duplicate_signal_id']);
    expect(r.rejected[0]?.message.en).toMatch(/row 1/);
    expect(r.rejected[0]?.message.nl).toMatch(/rij 1/);
  });
  it('rejects rows with the wrong number of fields instead of losing them', async () => {
    const text = `${csv([goodRow(1)])}S2,too,few\n`;
    const r = await read(text);
    expect(codes(r)).toEqual(['2:null:column_count']);
    expect(r.rows).toBe(2);
  });
  it('rejects a cell with bytes that are not valid UTF-8 after the sniffed part', async () => {
    const head = csv(Array.from({ length: 400 }, (_, i) => goodRow(i + 1)));
    const good = new TextEncoder().encode(head);
    const tail = new TextEncoder().encode(csv([goodRow(9999, { surname: 'X' })]).split('\n')[1]);
    const broken = Uint8Array.from([...tail].map((b) => (b === 0x58 ? 0xff : b))); // 'X' → invalid byte
    const bytes = new Uint8Array([...good, ...broken, 0x0a]);
    expect(good.length).toBeGreaterThan(64 * 1024);
    async function* chunks() {
      for (let i = 0; i < bytes.length; i += 16 * 1024) yield bytes.subarray(i, i + 16 * 1024);
    }
    const r = okValue(await importSignalsCsv(chunks(), { today: TODAY }));
    expect(codes(r)).toEqual(['401:surname:encoding']);
    expect(r.accepted).toHaveLength(400);
  });
  it('an unclosed quote rejects its line only (issue 9: it used to stop reading)', async () => {
    const text = `${csv([goodRow(1)])}S2,"broken\n${csv([goodRow(3)]).split('\n')[1]}\n`;
    expect(fatalOf(await readResult(text))).toEqual([]);
    const r = await read(text);
    expect(r.rows).toBe(3);
    expect(codes(r)).toEqual(['2:partner_id:unbalanced_quote']);
    expect(r.rejected[0]?.message.en).toMatch(/not closed on line 3/);
  });
  it('a "today" that is not a real date (only possible by a cast) is one fatal issue, not a throw', async () => {
    const events = [];
    for await (const e of streamSignalsCsv(csv([goodRow(1)]), { today: '2026-13-01' as IsoDate }))
      events.push(e);
    expect(events).toEqual([
      { type: 'fatal', issues: [expect.objectContaining({ code: 'invalid_date', path: ['today'] })] },
    ]);
  });
  it('a UTF-16 file is refused with a hint', async () => {
    const r = fatalOf(await readResult(Uint8Array.from([0xff, 0xfe, 0x61, 0x00])));
    expect(r[0]?.code).toBe('unsupported_encoding');
    expect(r[0]?.message.en).toMatch(/CSV UTF-8/);
    expect(r[0]?.message.nl).toMatch(/CSV UTF-8/);
  });
});
