// The worklists render each distinct explanation once (core's contactExplanations, issue 14): on the
// example month (every municipality preset) and on a generated national month of 10,000 signals,
// the memo gives every contacted case the text contactExplanationIn renders, in both languages.

import { readFileSync } from 'node:fs';
import {
  asIsoDate,
  asIsoMonth,
  contactExplanationIn,
  contactExplanations,
  type Lang,
} from '@signaalreis/core';
import { municipalityPreset, runPresetMonth } from '@signaalreis/rules-presets';
import { describe, expect, it } from 'vitest';
import { bigMonthsCsv } from '../../../../examples/generate/big-month';
import { okValue } from '../csv/fixtures.test-support';
import { importSignalsCsv } from '../csv/import-signals';
import { withSteps } from './case-extras';

const TODAY = asIsoDate('2026-11-01');
const example = readFileSync(new URL('../../../../examples/data/signals-2026-10.csv', import.meta.url));
const generated = [...bigMonthsCsv(10_000, ['2026-10'])][0]?.csv ?? '';

async function contacted(csv: Uint8Array, preset: string) {
  const signals = okValue(await importSignalsCsv(csv, { today: TODAY })).accepted;
  const planned = okValue(
    await runPresetMonth(okValue(municipalityPreset(preset)), { month: asIsoMonth('2026-10'), signals }),
  );
  return planned.journeys.filter(withSteps);
}

/** Every case, twice (as on two lists), through one memo per language: the fresh text each time. */
function expectFreshTexts(journeys: Awaited<ReturnType<typeof contacted>>): number {
  let rendered = 0;
  for (const lang of ['nl', 'en'] as Lang[]) {
    const explain = contactExplanations(lang);
    for (const j of [...journeys, ...journeys]) {
      const fresh = contactExplanationIn(j, lang);
      if (explain(j) !== fresh)
        expect({ caseId: j.caseId, lang, text: explain(j) }).toEqual({ caseId: j.caseId, lang, text: fresh });
    }
    rendered += explain.rendered;
  }
  return rendered;
}

describe('the explanations of the worklists, each rendered once', () => {
  for (const preset of ['type-small', 'type-medium', 'type-large'])
    it(`are the fresh texts on the example month (${preset})`, async () => {
      const journeys = await contacted(example, preset);
      expect(journeys.length).toBeGreaterThan(50);
      expectFreshTexts(journeys);
    });

  it('are the fresh texts on a generated month of 10,000 signals (type-large), rendered far fewer times', async () => {
    const journeys = await contacted(Buffer.from(generated, 'utf8'), 'type-large');
    expect(journeys.length).toBeGreaterThan(4000);
    const rendered = expectFreshTexts(journeys);
    // 2 languages × 2 rows a case × 2 texts a row, rendered fresh; the memo renders a fraction
    expect(rendered).toBeLessThan(journeys.length * 8 * 0.5);
  }, 120_000);
});
