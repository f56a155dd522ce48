// What an officer reads in a worklist is Dutch by default: each signal's kind by its label, and the
// sources' notes of the bundled presets in Dutch (core's citations-nl); English on request.
import { readFileSync } from 'node:fs';
import { asIsoDate, asIsoMonth, citeSource, SIGNAL_KINDS } from '@signaalreis/core';
import { MUNICIPALITY_PRESETS, municipalityPreset, runPresetMonth } from '@signaalreis/rules-presets';
import { describe, expect, it } from 'vitest';
import { CITATIONS_NL } from '../../../core/src/sources/citations-nl';
import { okValue } from '../csv/fixtures.test-support';
import { importSignalsCsv } from '../csv/import-signals';
import { KIND_TEXTS } from '../report/messages';
import { worklistTables } from './worklist';
import { worklistSheetName, worklistSignalText } from './worklist-table';

describe('worklistSignalText', () => {
  it('names each kind by its label in the language', () => {
    expect(worklistSignalText('EN-WKR', 'end-of-supply', 83652, 'nl')).toBe('EN-WKR eindelevering € 836,52');
    expect(worklistSignalText('EN-WKR', 'end-of-supply', 83652, 'en')).toBe('EN-WKR end of supply € 836,52');
    for (const kind of SIGNAL_KINDS)
      for (const lang of ['nl', 'en'] as const)
        expect(worklistSignalText('P', kind, 100, lang)).toBe(`P ${KIND_TEXTS[kind][lang]} € 1,00`);
  });

  it('keeps a kind it does not know as it came (a stored month of another version)', () => {
    for (const kind of ['rent-arrears', '__proto__', 'constructor', 'toString', ''])
      expect(worklistSignalText('P', kind, 100, 'nl')).toBe(`P ${kind} € 1,00`);
  });
});

describe('the worklists of the example month under every bundled preset', () => {
  const example = readFileSync(new URL('../../../../examples/data/signals-2026-10.csv', import.meta.url));
  // the English notes that have a Dutch form, as an English explanation shows them
  const english = [...CITATIONS_NL]
    .filter(([en, nl]) => en !== nl)
    .map(([en]) => citeSource(en, 'en'))
    .filter((cited) => cited.includes('('));

  it('show no English note and no kind id in Dutch, and the English ones in English', async () => {
    const { accepted } = okValue(await importSignalsCsv(example, { today: asIsoDate('2026-11-01') }));
    let cited = 0;
    for (const presetId of Object.keys(MUNICIPALITY_PRESETS)) {
      const m = okValue(
        await runPresetMonth(okValue(municipalityPreset(presetId)), {
          month: asIsoMonth('2026-10'),
          signals: accepted,
        }),
      );
      const cells = (lang: 'nl' | 'en') =>
        [...worklistTables(m, lang).values()].flatMap((t) =>
          t.rows.map((r) => `${r.signals} ${r.explanation}`),
        );
      const nl = cells('nl').join('\n');
      const en = cells('en').join('\n');
      expect(nl, presetId).toContain('bron: ');
      for (const note of english) {
        expect(nl.includes(note), `${presetId}: ${note}`).toBe(false);
        if (en.includes(note)) cited++;
      }
      for (const kind of SIGNAL_KINDS.filter((k) => k.includes('-') || k === 'early'))
        expect(nl, presetId).not.toMatch(new RegExp(`\\b[A-Z]+-[A-Z]+ ${kind} €`));
    }
    expect(cited).toBeGreaterThan(5); // the English worklists do show these notes
  });
});

describe('worklistSheetName', () => {
  it("names a workbook's sheet by the labels of its team and channel (seen: `neighbourhood-team home-visit` in a Dutch workbook)", () => {
    expect(worklistSheetName('neighbourhood-team/home-visit', 'nl')).toBe('wijkteam huisbezoek');
    expect(worklistSheetName('municipality/letter', 'nl')).toBe('gemeente brief');
    expect(worklistSheetName('crisis/phone', 'en')).toBe('crisis team phone');
    const noord = { id: 'schuldhulp-noord', label: { nl: 'Schuldhulp Noord', en: 'Debt help North' } };
    expect(worklistSheetName('schuldhulp-noord/appointment', 'nl', [noord])).toBe(
      'Schuldhulp Noord afspraak op locatie',
    );
    // an id of a newer version, or an object key, as it came
    expect(worklistSheetName('elsewhere/pigeon', 'nl')).toBe('elsewhere pigeon');
    expect(worklistSheetName('municipality/__proto__', 'nl')).toBe('gemeente __proto__');
  });
});
