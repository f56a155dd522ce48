// biome-ignore-all lint/suspicious/noThenProperty: rule tables name their outcome `then` (json-rules-engine style)
// Property (issue 13, teams a preset declares): any valid team id with any label round-trips —
// the preset declaring it loads, the month routes a case to it, and its worklist (key, rows, CSV
// read back) names the team by its label in the language asked for.
import { fc, test } from '@fast-check/vitest';
import { deliveryDay, isBuiltInTeam, monthOf } from '@signaalreis/core';
import {
  loadMunicipalityPreset,
  MUNICIPALITY_PRESETS,
  municipalityPreset,
  runPresetMonth,
} from '@signaalreis/rules-presets';
import { parse } from 'csv-parse/sync';
import { describe, expect } from 'vitest';
import { csvTable } from '../output/csv-writer';
import { worklistTables } from './run-output';

const small = municipalityPreset('type-small');
if (!small.ok) throw new Error('type-small does not load');
/** type-small's own test signal of € 500,01: a home visit (rule `visit`). */
const signal = small.value.preset.tests?.[0]?.signals[3];
if (!signal) throw new Error('type-small has no test signal');

const teamId = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,40}$/).filter((id) => !isBuiltInTeam(id));
/** A team name as a municipality writes it: starting with a letter, commas and quotes allowed. */
const label = fc.stringMatching(/^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9 ,.'"()-]{0,40}$/);

describe('a declared team round-trips to its worklist', () => {
  test.prop([teamId, label, label, fc.constantFrom('nl' as const, 'en' as const)], { numRuns: 25 })(
    'load → route → worklist label',
    async (id, nl, en, lang) => {
      const loaded = loadMunicipalityPreset(
        {
          id: 'my-town',
          extends: 'type-small',
          teams: [{ id, label: { nl, en }, source: 'project default (property test)' }],
          routing: {
            table: {
              rulePatches: { visit: { then: { steps: [{ channel: 'home-visit', team: id, attempts: 2 }] } } },
            },
          },
        },
        MUNICIPALITY_PRESETS,
      );
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
      const month = monthOf(signal.signalDate);
      const run = await runPresetMonth(loaded.value, { month, signals: [signal], on: deliveryDay(month) });
      if (!run.ok) throw new Error(JSON.stringify(run.issues));
      expect(run.value.journeys[0]?.allocation?.team).toBe(id);
      const table = worklistTables(run.value, lang).get(`${id}/home-visit`);
      expect(table?.rows.map((r) => r.team)).toEqual([lang === 'nl' ? nl : en]);
      const [row] = parse(csvTable(table?.rows ?? [], { columns: table?.columns ?? [] }), { columns: true });
      expect((row as Record<string, string>).team).toBe(lang === 'nl' ? nl : en);
    },
  );
});
