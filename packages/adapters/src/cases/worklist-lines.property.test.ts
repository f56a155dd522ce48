// The worklist lines of `signaalreis run` (worklist-lines.ts, made straight from the journeys) must
// be the bytes of the old way — worklistRow of a WorklistCase, written by csv-stringify (csvTable) —
// for any planned month: every preset, both languages, both dialects, Dutch headers or none,
// declared team labels, and names, cities and contact data that need quoting or neutralising.
import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { asIsoDate, asIsoMonth, type PlannedMonth, type Signal } from '@signaalreis/core';
import { MUNICIPALITY_PRESETS, municipalityPreset, runPresetMonth } from '@signaalreis/rules-presets';
import { describe, expect, it } from 'vitest';
import { okValue } from '../csv/fixtures.test-support';
import { importSignalsCsv } from '../csv/import-signals';
import { type CsvDialect, csvTable } from '../output/csv-writer';
import { FORMULA_PAYLOADS } from '../output/formula-payloads.test-support';
import { historyArb, signalsArb } from './months.test-support';
import { worklistPieces, worklistTables } from './worklist';

const month = asIsoMonth('2026-10');
const PRESETS = Object.keys(MUNICIPALITY_PRESETS);
const DIALECTS: CsvDialect[] = ['rfc4180', 'excel-nl'];
const HEADERS = { case_id: 'Casus', explanation: '=Toelichting; "x"' };

/** Text that needs quoting or neutralising in either dialect, or nothing. */
const text = fc.oneof(
  fc.string({
    unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ' ', '"', "'", ',', ';', '€', 'a', 'Ç'),
    maxLength: 8,
  }),
  fc.constantFrom(...FORMULA_PAYLOADS, '', 'J.', 'van der', "'s-Hertogenbosch"),
);
const person = fc.record({
  initials: text,
  prefix: fc.option(text, { nil: undefined }),
  surname: text,
  city: fc.option(text, { nil: undefined }),
  phone: fc.option(text, { nil: undefined }),
  email: fc.option(text, { nil: undefined }),
});

type People = typeof person extends fc.Arbitrary<infer P> ? P[] : never;

/** The signals with the people and contact data of `people` (by index, round robin). */
function withPeople(signals: Signal[], people: People): Signal[] {
  if (people.length === 0) return signals;
  return signals.map((s, i) => {
    const p = people[i % people.length] as (typeof people)[number];
    return {
      ...s,
      person: {
        ...s.person,
        initials: p.initials,
        surname: p.surname,
        ...(p.prefix ? { prefix: p.prefix } : {}),
      },
      address: { ...s.address, ...(p.city === undefined ? {} : { city: p.city }) },
      contact: {
        ...(p.phone === undefined ? {} : { phone: p.phone }),
        ...(p.email === undefined ? {} : { email: p.email }),
      },
    } as Signal;
  });
}

/** The old way: worklistTables' rows (worklistRow of worklistCaseOf) as csv-stringify writes them. */
function oldWorklists(m: PlannedMonth, lang: 'nl' | 'en', dialect: CsvDialect, headed: boolean) {
  return new Map(
    [...worklistTables(m, lang)].map(([key, t]) => [
      key,
      csvTable(t.rows, { ...t, dialect, ...(headed ? { headers: HEADERS } : {}) }),
    ]),
  );
}

function expectSameBytes(m: PlannedMonth, lang: 'nl' | 'en', dialect: CsvDialect, headed: boolean) {
  const pieces = worklistPieces(m, { lang, dialect, ...(headed ? { headers: HEADERS } : {}) });
  const now = new Map([...pieces].map(([key, data]) => [key, [...data()].join('')]));
  expect(now).toEqual(oldWorklists(m, lang, dialect, headed));
}

describe('worklist lines straight from the journeys', () => {
  test.prop(
    [
      signalsArb,
      historyArb,
      fc.array(person, { maxLength: 4 }),
      fc.constantFrom(...PRESETS),
      fc.constantFrom('nl' as const, 'en' as const),
      fc.constantFrom(...DIALECTS),
      fc.boolean(),
      fc.option(fc.tuple(text, text), { nil: undefined }),
    ],
    { numRuns: 60 },
  )(
    'are the bytes of worklistRow written by csv-stringify',
    async (signals, history, people, presetId, lang, dialect, headed, teamLabel) => {
      const preset = okValue(municipalityPreset(presetId));
      const planned = okValue(
        await runPresetMonth(preset, { month, signals: withPeople(signals, people), history }),
      );
      // declared labels for the teams the plans use (a label that needs quoting, too)
      const used = new Set(planned.journeys.flatMap((j) => j.allocation?.steps.map((s) => s.team) ?? []));
      const m: PlannedMonth = teamLabel
        ? {
            ...planned,
            teams: [...used].map((id) => ({
              id,
              label: { nl: teamLabel[0], en: teamLabel[1] },
              source: 'project default (property test)',
            })),
          }
        : planned;
      expectSameBytes(m, lang, dialect, headed);
    },
  );

  const example = readFileSync(new URL('../../../../examples/data/signals-2026-10.csv', import.meta.url));
  it('are the bytes of worklistRow on the example month, under every preset, language and dialect', async () => {
    const { accepted } = okValue(await importSignalsCsv(example, { today: asIsoDate('2026-11-01') }));
    for (const presetId of PRESETS) {
      const m = okValue(
        await runPresetMonth(okValue(municipalityPreset(presetId)), { month, signals: accepted }),
      );
      expect(m.journeys.some((j) => (j.allocation?.steps.length ?? 0) > 1)).toBe(true);
      for (const lang of ['nl', 'en'] as const)
        for (const dialect of DIALECTS) expectSameBytes(m, lang, dialect, lang === 'nl');
    }
  });
});
