// The report's three files from a hand-made month with hostile names: every text escaped in the
// HTML (no script, no element from the data), no formula in the workbook, nothing about one
// household (no household key, no postcode with house number) in any file, Dutch by default.
import {
  asIsoDate,
  asIsoMonth,
  type MonthlyReport,
  monthlyReport,
  type ReportCase,
  type ReportMonth,
} from '@signaalreis/core';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { okValue } from '../csv/fixtures.test-support';
import { opensAsFormula } from '../output/formula-payloads.test-support';
import { reportHtml } from './report-html';
import { reportJson } from './report-json';
import { reportWorkbook } from './report-xlsx';

const SCRIPT_NAME = '<script>alert("partner")</script>';
const IMG_AREA = '"><img src=x onerror=alert(1)>';
const FORMULA_AREA = '=HYPERLINK("http://evil.example","klik")';

const kase = (n: number, neighbourhood: string, partnerName: string): ReportCase => ({
  caseId: `2026-10-${String(n).padStart(4, '0')}`,
  householdKey: `7411AB ${n}`,
  signalStatus: 'Opgepakt',
  intakeOutcome: 'picked-up',
  isMatch: false,
  recidiveMonths: [],
  consecutiveCreditors: [],
  signals: [
    {
      signalId: `S${n}`,
      partnerId: 'ZV-X',
      partnerName,
      sector: 'health',
      kind: 'early',
      amountCents: 12_345,
      neighbourhood,
    },
  ],
  plan: [{ channel: 'letter', team: 'municipality' }],
});

// six cases in the first neighbourhood (shown), two in the second (suppressed), one in the third
const cases = [
  ...[1, 2, 3, 4, 5, 6].map((n) => kase(n, IMG_AREA, SCRIPT_NAME)),
  ...[7, 8].map((n) => kase(n, FORMULA_AREA, SCRIPT_NAME)),
  kase(9, 'Zuid', 'Zilverlinde'),
];
const month: ReportMonth = { month: asIsoMonth('2026-10'), decidedOn: asIsoDate('2026-10-26'), cases };
const figures: MonthlyReport = okValue(
  monthlyReport({ month: month.month, months: 1, cases: [month], on: asIsoDate('2026-11-02') }),
);
const source = { municipality: '0363', preset: '<b>my-town</b>' };

describe('report.html', async () => {
  const html = await reportHtml(figures, source);

  it('is Dutch by default, English when asked', async () => {
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<h1>Maandrapport vroegsignalering</h1>');
    const en = await reportHtml(figures, source, 'en');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<h1>Monthly report on early detection of arrears</h1>');
  });

  it('escapes every text from the data: no script and no element made of a name', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<b>my-town/);
    expect(html).toContain('&lt;script&gt;alert(&quot;partner&quot;)&lt;/script&gt;'); // the table cell
    expect(html).toContain('&quot;&gt;&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;'); // the neighbourhood row
  });

  it('loads nothing: no src, href, url() or @import, and a policy that forbids it', () => {
    expect(html).not.toMatch(/\s(?:src|href)\s*=/i);
    expect(html).not.toMatch(/url\(|@import/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });

  it("cites the source of the small counts in the reader's language", async () => {
    expect(html).toContain('Bron: projectkeuze (naar de CBS-praktijk van minimale celgroottes');
    expect(await reportHtml(figures, source, 'en')).toContain(
      'Source: project default (after CBS practice of minimum cell sizes',
    );
  });

  it('shows small counts per neighbourhood as < 5, and no household key or postcode', () => {
    expect(html).toContain('<td class="num">&lt; 5</td>');
    expect(html).not.toContain('7411AB');
    expect(html).toContain('A4');
  });
});

describe('report.xlsx', () => {
  it('holds the same tables with every text neutralised, small counts as < 5', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await reportWorkbook(figures, source)) as unknown as ArrayBuffer);
    const texts: string[] = [];
    book.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'string') texts.push(cell.value);
        }),
      ),
    );
    expect(book.worksheets.map((w) => w.name)).toContain('Per wijk');
    for (const t of texts) expect(opensAsFormula(t), t).toBe(false);
    expect(texts.some((t) => t.includes('HYPERLINK'))).toBe(true); // there, as text
    expect(texts).toContain('< 5');
    expect(texts.join('\n')).not.toContain('7411AB');
  });
});

describe('report.json', () => {
  it('is the figures with their format, municipality and preset; suppressed counts as { below: 5 }', () => {
    const json = JSON.parse(reportJson(figures, source));
    expect(json.format).toBe('signaalreis-report/1');
    expect(json).toMatchObject({ month: '2026-10', municipality: '0363', preset: '<b>my-town</b>' });
    const rows = json.neighbourhoods.rows as { name: string; counts: Record<string, unknown> }[];
    // six signals in the first neighbourhood are shown; the two of the second are below 5
    expect(rows.find((r) => r.name === IMG_AREA)?.counts.signals).toBe(6);
    expect(rows.find((r) => r.name === FORMULA_AREA)?.counts.signals).toEqual({ below: 5 });
    expect(JSON.stringify(json)).not.toContain('7411AB');
  });
});
