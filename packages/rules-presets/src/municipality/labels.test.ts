// Labels that state a parameter's value are written with `{parameter}` placeholders (issue 13): a
// copy that changes the value shows the new amount, never the parent's. Checked over every
// bundled preset.
import { asIsoDate } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import {
  listMunicipalityPresets,
  loadMunicipalityPreset,
  MUNICIPALITY_PRESETS,
  municipalityPreset,
  type PresetIssue,
  renderPresetText,
  renderRoutingLabels,
} from '../index';

const AMOUNT = /€\s?\d/;

describe('labels with placeholders', () => {
  it('no label of a bundled routing table states an amount without a placeholder', () => {
    for (const { id } of listMunicipalityPresets()) {
      const r = municipalityPreset(id);
      if (!r.ok) throw new Error(id);
      const t = r.value.preset.routing.table;
      const labels = [t.label, ...t.rules.flatMap((x) => [x.label, ...(x.then.label ? [x.then.label] : [])])];
      for (const l of labels)
        for (const text of [l.nl, l.en]) expect(text, `${id}: ${text}`).not.toMatch(AMOUNT);
    }
  });

  it('renders the bundled labels as they read before (euros Dutch style in nl)', () => {
    const r = municipalityPreset('type-small');
    if (!r.ok) throw new Error('type-small');
    const rules = renderRoutingLabels(r.value.routing, '2026-10-26').table.rules;
    expect(rules.map((x) => x.label.nl).filter((l) => l.includes('€'))).toEqual([
      'Match of boven € 500: huisbezoek',
      '€ 250 tot en met € 500: telefoon',
      'Onder € 250: e-mail',
    ]);
    expect(rules.find((x) => x.id === 'phone')?.label.en).toBe('€ 250 to € 500: phone');
  });

  it('a copy with visitAbove €600 from 2026-04-01 says € 600 from then, € 500 never', () => {
    const copy = loadMunicipalityPreset(
      {
        id: 'my-town',
        extends: 'type-small',
        routing: {
          table: { parameters: { visitAbove: [{ from: '2026-04-01', value: 60000, source: 'x' }] } },
        },
      },
      MUNICIPALITY_PRESETS,
    );
    if (!copy.ok) throw new Error(JSON.stringify(copy.issues));
    const visit = renderRoutingLabels(copy.value.routing, '2026-10-26').table.rules.find(
      (x) => x.id === 'visit',
    );
    expect(visit?.label.nl).toBe('Match of boven € 600: huisbezoek');
    const before = renderPresetText(
      { nl: 'boven {visitAbove}', en: 'above {visitAbove}' },
      copy.value.preset.routing.table,
      '2026-01-01',
    );
    expect(before).toEqual({ nl: 'boven {visitAbove}', en: 'above {visitAbove}' });
    const big = renderPresetText(
      { nl: '{visitAbove}', en: '{visitAbove}' },
      {
        ...copy.value.preset.routing.table,
        parameters: { visitAbove: [{ from: asIsoDate('2021-01-01'), value: 123450, source: 'x' }] },
      },
      '2026-01-01',
    );
    expect(big).toEqual({ nl: '€ 1.234,50', en: '€ 1.234,50' });
  });

  it('a placeholder that names no parameter is an error with did-you-mean', () => {
    const r = loadMunicipalityPreset(
      {
        id: 'my-town',
        extends: 'type-small',
        routing: {
          table: {
            rulePatches: { visit: { label: { nl: 'Boven {visitAboev}', en: 'Above {visitAbove}' } } },
          },
        },
      },
      MUNICIPALITY_PRESETS,
    );
    expect(r.ok ? [] : r.issues.map((i) => [i.code, (i as PresetIssue).at, i.message.nl])).toEqual([
      [
        'unknown_placeholder',
        'routing.table.rules[visit].label.nl',
        '{visitAboev} noemt geen parameter van de routeringstabel — bedoelt u visitAbove?',
      ],
    ]);
  });
});
