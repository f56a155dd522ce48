// simulation.html (issue 16): self-contained (nothing loaded from elsewhere), every scenario and
// measure on the page, figures written as each language writes them, accessible (lang, table
// headers, SVG titles), hostile labels escaped, and the same result gives the same page.
import {
  BASE_SCENARIO,
  citeSource,
  SIMULATION_MEASURES,
  type SimulationResult,
  SimulationResultSchema,
} from '@signaalreis/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleSimulationResult } from '../../../core/src/simulation/result.test-support';
import { CITATIONS_NL } from '../../../core/src/sources/citations-nl';
import { SIMULATION_MEASURE_TEXTS, SIMULATION_REPORT_TEXTS as T } from './messages';
import { renderSimulationHtml } from './render';

const result = exampleSimulationResult({ replications: 60, months: 6 });
let nl = '';
let en = '';
beforeAll(async () => {
  nl = await renderSimulationHtml(result, 'nl');
  en = await renderSimulationHtml(result, 'en');
}, 120_000);

/** Euros the Dutch way, written here by hand: € 1.234,56 (a non-breaking space after €). */
function dutchEuros(cents: number): string {
  const c = Math.round(cents);
  const [whole, frac] = (Math.abs(c) / 100).toFixed(2).split('.') as [string, string];
  return `${c < 0 ? '\u2212' : ''}€\u00a0${whole.replace(/\B(?=(\d{3})+$)/g, '.')},${frac}`;
}
const total = (r: SimulationResult, scenario: string, measure: string) =>
  r.rows.find((x) => x.scenario === scenario && x.month === 'total' && x.measure === measure);
const cellsOf = (html: string, table: string) =>
  [
    ...(new RegExp(`<table data-table="${table}">([\\s\\S]*?)</table>`).exec(html)?.[1] ?? '').matchAll(
      /<td class="num">([^<]*)<\/td>/g,
    ),
  ].map((m) => m[1] ?? '');

describe('renderSimulationHtml', () => {
  it('loads nothing from elsewhere: no script, no link, no src or href but a fragment, no url()', () => {
    for (const html of [nl, en]) {
      expect(html).not.toMatch(/<script|<link|<iframe|<img|@import|url\(/i);
      expect(html).not.toMatch(/\s(?:src|href|xlink:href)\s*=\s*["']?(?!#)/i);
      // the only http(s) texts are the SVG and XLink namespaces, which load nothing
      expect(new Set([...html.matchAll(/https?:\/\/[^\s"'<>]+/g)].map((m) => m[0]))).toEqual(
        new Set(['http://www.w3.org/2000/svg', 'http://www.w3.org/1999/xlink']),
      );
      expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    }
  });

  it('shows every scenario and every measure, with a totals table each', () => {
    for (const s of result.scenarios) {
      expect(nl).toContain(s.label.nl);
      expect(en).toContain(s.label.en);
    }
    const measures = [...nl.matchAll(/data-measure="([^"]+)"/g)].map((m) => m[1]);
    expect(measures).toEqual([...SIMULATION_MEASURES]);
    for (const m of SIMULATION_MEASURES) {
      expect(nl).toContain(`<h3>${SIMULATION_MEASURE_TEXTS[m]?.nl.replace(/'/g, '&#x27;')}</h3>`);
      expect(nl).toContain(`<table data-table="totals-${m}">`);
    }
  });

  it('draws two charts per measure that moves (levels, difference to base), none for a measure that is 0 throughout', () => {
    const charts = [...nl.matchAll(/data-chart="([^"]+)"/g)].map((m) => m[1]);
    const zero = ['attempts_card', 'attempts_appointment', 'capacity_used_letter', 'capacity_used_card'];
    for (const m of zero) {
      expect(charts).not.toContain(`level-${m}`);
      expect(
        new RegExp(`data-measure="${m}">\\s*<h3>[^<]*</h3>\\s*<p class="note">${T.allZero.nl}`).test(nl),
      ).toBe(true);
    }
    for (const m of ['signals', 'help_accepted', 'attempts_home-visit', 'net_cents']) {
      expect(charts).toContain(`level-${m}`);
      expect(charts).toContain(`delta-${m}`);
    }
  });

  it('writes money as € 1.234,56 in Dutch and €1,234.56 in English, counts with a decimal comma in Dutch', () => {
    const costs = total(result, BASE_SCENARIO, 'costs_cents');
    expect(costs && costs.mean > 100_000).toBe(true);
    expect(cellsOf(nl, 'totals-costs_cents')).toContain(dutchEuros(costs?.mean ?? 0));
    for (const cell of cellsOf(nl, 'totals-net_cents'))
      expect(cell).toMatch(
        /^(–|[+\u2212]?€\u00a0\d{1,3}(\.\d{3})*,\d\d( tot [+\u2212]?€\u00a0\d{1,3}(\.\d{3})*,\d\d)?)$/,
      );
    for (const cell of cellsOf(en, 'totals-net_cents'))
      expect(cell).toMatch(/^(–|[+\u2212]?€\d{1,3}(,\d{3})*\.\d\d( to [+\u2212]?€\d{1,3}(,\d{3})*\.\d\d)?)$/);
    const help = total(result, BASE_SCENARIO, 'help_accepted')?.mean ?? 0;
    const oneDecimal = Math.round(help * 10) / 10;
    expect(cellsOf(nl, 'totals-help_accepted')[0]).toBe(String(oneDecimal).replace('.', ','));
    expect(cellsOf(en, 'totals-help_accepted')[0]).toBe(String(oneDecimal));
    // the charts' axes too: thousands with a point in Dutch, a comma in English
    expect(nl).toMatch(/>€ \d{1,3}\.000</);
    expect(en).toMatch(/>€\d{1,3},000</);
  });

  it('says whether each difference is clear: an interval that holds 0 is no clear difference', () => {
    for (const [scenario, measure] of [
      ['visit-all', 'help_accepted'],
      ['floor-75', 'picked_up'],
      ['floor-75', 'net_cents'],
    ]) {
      const t = total(result, scenario as string, measure as string);
      const low = t?.deltaP05 ?? 0;
      const high = t?.deltaP95 ?? 0;
      const word = low > 0 ? T.clearlyMore.nl : high < 0 ? T.clearlyLess.nl : T.noClearDifference.nl;
      expect(nl.split(`data-table="totals-${measure}"`)[1]?.split('</table>')[0]).toContain(
        `<td>${word}</td>`,
      );
    }
  });

  it('is accessible: lang, column and row headers, a caption per table, a title per chart', () => {
    expect(nl).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(en).toMatch(/^<!doctype html>\n<html lang="en">/);
    const tables = nl.match(/<table /g)?.length ?? 0;
    expect(nl.match(/<caption>[^<]+<\/caption>/g)?.length).toBe(tables);
    expect(nl).toContain('<th scope="col"');
    expect(nl).toContain('<th scope="row">');
    const svgs = nl.match(/<svg\b[^>]*>/g) ?? [];
    expect(svgs.length).toBeGreaterThan(20);
    expect(nl.match(/<svg\b[^>]*role="img"[^>]*><title>[^<]+<\/title>/g)?.length).toBe(svgs.length);
  });

  it('explains the intervals, lists the parameters with their sources, the run and the limits', () => {
    expect(nl).toContain(T.readPaired.nl.replace(/'/g, '&#x27;').slice(0, 60));
    expect(en).toContain(T.readZero.en.replace(/"/g, '&quot;').slice(0, 60));
    expect(nl).toContain('60 herhalingen · 6 maanden (2027-01 tot en met 2027-06)');
    expect(nl).toContain(
      'Divosa, Monitor Vroegsignalering Schulden (2023: 35 % van wie bereikt is, aanvaardt hulp)',
    );
    expect(en).toContain(
      'Divosa, Monitor Vroegsignalering Schulden (2023: 35 % of those reached accept help)',
    );
    expect(nl).toContain('<table data-table="parameters-business-case">');
    expect(nl).toContain('signalsPerThousand');
    expect(nl).toContain(`id="limits"`);
  });

  // the Dutch page printed the parameters' citations as written: keys and English notes
  it("cites the parameters' sources as explanations do: Dutch notes and titles in Dutch, English in English", () => {
    // Handlebars' escaping of a {{value}}
    const ESCAPES: Record<string, string> = {
      '&': '&amp;',
      '<': '&lt;',
      '>': '&gt;',
      '"': '&quot;',
      "'": '&#x27;',
      '`': '&#x60;',
      '=': '&#x3D;',
    };
    const esc = (text: string) => text.replace(/[&<>"'`=]/g, (c) => ESCAPES[c] as string);
    const cell = (html: string, text: string) => html.includes(`<td>${esc(text)}</td>`);
    const sources: string[] = [];
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (node !== null && typeof node === 'object')
        for (const [key, value] of Object.entries(node))
          if (key === 'source' && typeof value === 'string') sources.push(value);
          else collect(value);
    };
    collect(result.parameters);
    expect(sources.length).toBeGreaterThan(20);
    const parameters = (html: string) => html.split('id="parameters"')[1]?.split('id="limits"')[0] ?? '';
    const [pnl, pen] = [parameters(nl), parameters(en)];
    for (const source of sources) {
      expect(cell(pnl, citeSource(source, 'nl')), source).toBe(true);
      expect(cell(pen, citeSource(source, 'en')), source).toBe(true);
    }
    // no English note of the project's citations in Dutch, no source key
    for (const [english, dutch] of CITATIONS_NL)
      if (english !== dutch) expect(cell(pnl, citeSource(english, 'en')), english).toBe(false);
    expect(pnl).not.toMatch(
      /<td>(divosa-monitor|signaalreis-2023|schuldenlab-almelo-2020|project default)\b/,
    );
    // a scenario's source is the preset or file it comes from, shown as written in both languages
    for (const s of result.scenarios)
      for (const html of [nl, en]) expect(html).toContain(`<td>${esc(s.source)}</td>`);
  });

  it('escapes every text of the result: hostile labels, sources and measure ids stay text', async () => {
    const hostile = structuredClone(result);
    const [base, reform] = hostile.scenarios;
    Object.assign(base ?? {}, { label: { nl: '<script>alert(1)</script>', en: '<b>x</b>' } });
    Object.assign(reform ?? {}, { source: '"><img src=x onerror=alert(1)>' });
    for (const row of hostile.rows) if (row.measure === 'cut_offs') row.measure = 'x_onload';
    expect(SimulationResultSchema.safeParse(hostile).success).toBe(true);
    const html = await renderSimulationHtml(hostile, 'nl');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(html).toContain('<h3>Maat x_onload</h3>');
  }, 60_000);

  it('without reforms: no summary and no difference charts', async () => {
    const alone = exampleSimulationResult({ replications: 20, months: 3, scenarios: ['base'] });
    const html = await renderSimulationHtml(alone, 'en');
    expect(html).not.toContain('id="summary"');
    expect(html).not.toContain('data-chart="delta-');
    expect(html).toContain('data-chart="level-signals"');
  }, 60_000);

  it('gives the same page for the same result (byte for byte)', async () => {
    expect(await renderSimulationHtml(result, 'nl')).toBe(nl);
  }, 60_000);

  it('keeps each page in its own language when Dutch and English are drawn at the same time', async () => {
    // vega holds one number locale per process: pages drawn at once must not take each other's
    const [a, b] = await Promise.all([
      renderSimulationHtml(result, 'en'),
      renderSimulationHtml(result, 'nl'),
    ]);
    expect(a).toBe(en);
    expect(b).toBe(nl);
  }, 60_000);
});
