import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { householdKey, parseAddress } from '@signaalreis/core';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { generateDataset } from './dataset';
import { SEED } from './rng';
import { signalsWorkbook } from './xlsx';

const dataDir = fileURLToPath(new URL('../data/', import.meta.url));
const committed = (name: string) => new Uint8Array(readFileSync(`${dataDir}${name}`));
const dataset = generateDataset();

/** A deliberately independent RFC 4180 parser (quotes, doubled quotes, line breaks in quotes). */
function parseCsv(text: string, delimiter: string): Record<string, string>[] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  const endField = () => {
    record.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (quoted) {
      field += ch;
    } else if (ch === delimiter) {
      endField();
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endField();
      records.push(record);
      record = [];
    } else {
      field += ch;
    }
  }
  const [header = [], ...rows] = records;
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/** Independent elfproef: 9a+8b+7c+6d+5e+4f+3g+2h−1i ≡ 0 (mod 11). */
const elfproef = (bsn: string) =>
  /^\d{9}$/.test(bsn) &&
  [9, 8, 7, 6, 5, 4, 3, 2, -1].reduce((sum, weight, i) => sum + weight * Number(bsn[i]), 0) % 11 === 0;

/** Independent address normalisation: postcode without spaces, upper case; number; the rest without separators. */
const household = (r: Record<string, string>) => {
  const [, number, rest] = /^(\d+)(.*)$/.exec(r.house_number ?? '') ?? [];
  const suffix = `${rest ?? ''}${r.house_number_suffix ?? ''}`.toLowerCase().replace(/[\s-]/g, '');
  return `${r.postcode?.replace(/\s/g, '').toUpperCase()}|${number}|${suffix}`;
};

const csv = (name: string) => parseCsv(new TextDecoder().decode(committed(name)), ',');
const october = csv('signals-2026-10.csv');
const badRows = new Set(dataset.deliberate.filter((d) => !d.valid).map((d) => d.row));
const good = october.filter((_, i) => !badRows.has(i + 1));

describe('examples/data is what the generator makes', () => {
  for (const name of Object.keys(dataset.files)) {
    it(`${name} is byte-identical to a fresh in-memory generation (seed ${SEED})`, () => {
      expect(Buffer.from(committed(name)).equals(Buffer.from(dataset.files[name] as Uint8Array))).toBe(true);
    });
  }
  it('a different seed gives different data (the seed matters)', () => {
    const other = generateDataset(SEED + 1).files['signals-2026-10.csv'] as Uint8Array;
    expect(Buffer.from(other).equals(Buffer.from(committed('signals-2026-10.csv')))).toBe(false);
  });
});

describe('October 2026 looks like a medium municipality', () => {
  it('has about 250 rows with the deliberate ones spread through the file', () => {
    expect(october.length).toBeGreaterThanOrEqual(240);
    expect(october.length).toBeLessThanOrEqual(260);
    expect(badRows.size).toBeGreaterThanOrEqual(7);
  });

  it('follows the 2023 sector mix within ±5 points', () => {
    const share = (s: string) => (100 * october.filter((r) => r.sector === s).length) / october.length;
    expect(Math.abs(share('health') - 45)).toBeLessThanOrEqual(5);
    expect(Math.abs(share('energy') - 25)).toBeLessThanOrEqual(5);
    expect(Math.abs(share('rent') - 19)).toBeLessThanOrEqual(5);
    expect(Math.abs(share('water') - 11)).toBeLessThanOrEqual(5);
  });

  it('has at least 15 households with signals from two or more partners, some with three or more', () => {
    const partners = new Map<string, Set<string>>();
    for (const r of good)
      partners.set(household(r), (partners.get(household(r)) ?? new Set()).add(r.partner_id ?? ''));
    const sizes = [...partners.values()].map((s) => s.size);
    expect(sizes.filter((n) => n >= 2).length).toBeGreaterThanOrEqual(15);
    expect(sizes.filter((n) => n >= 3).length).toBeGreaterThanOrEqual(3);
  });

  it('spells one address differently at different partners (normalisation matters)', () => {
    const spellings = new Map<string, Set<string>>();
    for (const r of good) {
      const raw = `${r.postcode}|${r.house_number}|${r.house_number_suffix}`;
      spellings.set(household(r), (spellings.get(household(r)) ?? new Set()).add(raw));
    }
    expect([...spellings.values()].filter((s) => s.size >= 2).length).toBeGreaterThanOrEqual(10);
    const letterSpellings = [...spellings.values()].map((s) => [...s].map((x) => x.split('|')[1]));
    expect(
      letterSpellings.some(
        (s) => s.some((x) => /^\d+[A-Z]$/.test(x ?? '')) && s.some((x) => /^\d+-[a-z]$/.test(x ?? '')),
      ),
    ).toBe(true);
  });

  it("groups households the same way as core's householdKey", () => {
    const coreKey = (r: Record<string, string>) => {
      const parsed = parseAddress({
        postcode: r.postcode ?? '',
        houseNumber: r.house_number ?? '',
        addition: r.house_number_suffix ?? '',
      });
      if (!parsed.ok) throw new Error(`${r.signal_id}: ${parsed.issues[0]?.message.en}`);
      return householdKey(parsed.value);
    };
    const pairs = new Set(good.map((r) => `${household(r)} => ${coreKey(r)}`));
    expect(new Set(good.map(household)).size).toBe(pairs.size);
    expect(new Set(good.map(coreKey)).size).toBe(pairs.size);
  });

  it('uses only reserved example e-mail domains', () => {
    const emails = october.map((r) => r.email ?? '').filter(Boolean);
    expect(emails.length).toBeGreaterThan(100);
    for (const e of emails) expect(e).toMatch(/^[a-z0-9.]+@example\.(com|net|org)$/); // RFC 2606; example.nl is not reserved
  });

  it('gives every good row a BSN that passes the elfproef, or none', () => {
    const withBsn = good.filter((r) => r.bsn);
    expect(withBsn.length).toBeGreaterThan(80);
    for (const r of withBsn) expect(elfproef(r.bsn as string), `${r.signal_id} ${r.bsn}`).toBe(true);
  });

  it('keeps good-row postcodes inside Voorbeeldstad (7411–7439, never SA/SD/SS)', () => {
    for (const r of good.filter((x) => !/^\d{4} ?[A-Za-z]$/.test(x.postcode ?? ''))) {
      const m = /^(\d{4}) ?([A-Z]{2})$/i.exec(r.postcode ?? '');
      expect(m, r.postcode).not.toBeNull();
      expect(Number(m?.[1])).toBeGreaterThanOrEqual(7411);
      expect(Number(m?.[1])).toBeLessThanOrEqual(7439);
      expect(['SA', 'SD', 'SS']).not.toContain(m?.[2]?.toUpperCase());
    }
  });

  it('has rows without phone and e-mail, businesses, and every urgent kind', () => {
    expect(good.filter((r) => !r.phone && !r.email).length).toBeGreaterThanOrEqual(1);
    expect(good.some((r) => r.legal_form === 'bv')).toBe(true);
    expect(good.some((r) => r.legal_form === 'eenmanszaak')).toBe(true);
    for (const kind of ['end-of-supply', 'eviction', 'warm-referral'])
      expect(good.some((r) => r.kind === kind)).toBe(true);
  });
});

describe('history months', () => {
  const keys = (name: string) => new Set(csv(name).map(household));
  const [aug, sep, oct] = ['signals-2026-08.csv', 'signals-2026-09.csv', 'signals-2026-10.csv'].map(
    keys,
  ) as Set<string>[];
  it('has households signalled three months running ("slepers") and in consecutive months', () => {
    const allThree = [...(oct as Set<string>)].filter((k) => aug?.has(k) && sep?.has(k));
    const sepOct = [...(oct as Set<string>)].filter((k) => sep?.has(k));
    expect(allThree.length).toBeGreaterThanOrEqual(5);
    expect(sepOct.length).toBeGreaterThanOrEqual(15);
  });
});

describe('the Dutch Excel variant', () => {
  const bytes = committed('signals-2026-10-excel.csv');
  const rows = parseCsv(new TextDecoder('windows-1252').decode(bytes), ';');
  it('is Windows-1252 (not valid UTF-8; Ö Ç ë as single bytes) with CRLF line ends', () => {
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(rows.some((r) => /[ÖÇëí]/.test(r.Achternaam ?? ''))).toBe(true);
    expect(new TextDecoder('windows-1252').decode(bytes)).toContain('\r\n');
  });
  it('holds the same rows in the same order, in Dutch notation', () => {
    expect(rows.map((r) => r['Signaal-ID'])).toEqual(october.map((r) => r.signal_id));
    rows.forEach((r, i) => {
      const c = october[i] as Record<string, string>;
      const amount = (r.Bedrag ?? '').replaceAll('.', '').replace(',', '.');
      if (/^\d+\.\d{2}$/.test(c.amount ?? '')) expect(amount).toBe(c.amount);
      if (/^\d{4}-\d{2}-\d{2}$/.test(c.signal_date ?? ''))
        expect(r.Signaaldatum).toBe(c.signal_date?.split('-').reverse().join('-'));
      expect(r.Achternaam).toBe(c.surname);
    });
    expect(new Set(rows.map((r) => r.Sector))).toEqual(
      new Set(['zorg', 'energie', 'huur', 'water', 'telecom']),
    );
  });
});

describe('examples/data/README.md', () => {
  it('names the seed and every deliberate row by its signal_id', () => {
    const readme = readFileSync(`${dataDir}README.md`, 'utf8');
    expect(readme).toContain(String(SEED));
    for (const d of dataset.deliberate) expect(readme).toContain(d.signalId);
  });
});

describe('the Excel workbook (issue 11)', () => {
  /** Every cell of every sheet: address, value and number format (a workbook's bytes record when it was written). */
  const cells = async (bytes: Uint8Array) => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    return book.worksheets.map((ws) => {
      const out: unknown[] = [ws.name];
      ws.eachRow((row) => row.eachCell((c) => out.push([c.address, c.value, c.numFmt])));
      return out;
    });
  };

  it('signals-2026-10.xlsx holds the same cells as a fresh generation', async () => {
    const fresh = await signalsWorkbook(dataset.october);
    expect(await cells(committed('signals-2026-10.xlsx'))).toEqual(await cells(fresh));
  });

  it('holds the October rows: numbers with a euro format, date cells, and text where a partner typed text', async () => {
    const [sheet] = await cells(committed('signals-2026-10.xlsx'));
    const values = new Map(
      ((sheet ?? []).slice(1) as [string, unknown, string][]).map(([a, v, f]) => [a, { v, f }]),
    );
    expect(values.get('A1')?.v).toBe('Signaal-ID');
    expect(values.size).toBeGreaterThan(250 * 15);
    const amounts = [...values].filter(([a]) => /^H\d+$/.test(a) && a !== 'H1').map(([, x]) => x);
    expect(amounts.some((x) => typeof x.v === 'number' && x.f === '#,##0.00 [$€-413]')).toBe(true);
    expect(amounts.some((x) => typeof x.v === 'string' && /,\d{2}$/.test(x.v))).toBe(true);
    const dates = [...values].filter(([a]) => /^F\d+$/.test(a) && a !== 'F1').map(([, x]) => x);
    expect(dates.some((x) => x.v instanceof Date && x.f === 'dd-mm-yyyy')).toBe(true);
  });
});
