import { asCents, asIsoDate, compileCriteria, loadCriteriaTable, splitCitation } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { decide, ON, row } from './fixtures.test-support';
import { CRITERIA_PRESET_IDS, CRITERIA_PRESETS, criteriaPreset } from './index';

describe('criteria presets', () => {
  it('loads every preset under its own id', () => {
    expect(Object.keys(CRITERIA_PRESETS).sort()).toEqual([...CRITERIA_PRESET_IDS].sort());
    for (const id of CRITERIA_PRESET_IDS) {
      expect(CRITERIA_PRESETS[id].id).toBe(id);
      expect(loadCriteriaTable(CRITERIA_PRESETS[id]).ok).toBe(true);
      expect(CRITERIA_PRESETS[id].hitPolicy).toBe('first');
    }
    const water = criteriaPreset('criteria-water');
    expect(water.ok && water.value).toBe(CRITERIA_PRESETS['criteria-water']);
    for (const unknown of ['criteria-gas', '__proto__'])
      expect(criteriaPreset(unknown)).toMatchObject({
        ok: false,
        issues: [{ code: 'unknown_preset', path: ['preset'] }],
      });
  });

  it('names the known presets when an id is unknown, in Dutch and English, with a short excerpt of the id', () => {
    const r = criteriaPreset('criteria-gas');
    if (r.ok) throw new Error('criteria-gas is not a preset');
    expect(r.issues[0]?.message).toEqual({
      nl: `Onbekende criteria-preset "criteria-gas". Wel bekend: ${CRITERIA_PRESET_IDS.join(', ')}`,
      en: `Unknown criteria preset "criteria-gas"; known: ${CRITERIA_PRESET_IDS.join(', ')}`,
    });
    const huge = criteriaPreset(`x${'\u001b'.repeat(5_000)}`);
    expect(huge.ok || huge.issues[0]?.message.en.length).toBeLessThan(500);
    expect(huge.ok || huge.issues[0]?.message.en).not.toContain('\u001b'); // control characters escaped
  });

  it('is a frozen record that loads each preset once and then returns the same table', () => {
    expect(Object.isFrozen(CRITERIA_PRESETS)).toBe(true);
    expect(Reflect.set(CRITERIA_PRESETS, 'criteria-water', null)).toBe(false);
    expect(CRITERIA_PRESETS['criteria-water']).not.toBeNull();
    expect(CRITERIA_PRESETS['criteria-rent']).toBe(CRITERIA_PRESETS['criteria-rent']);
    expect(Object.values(CRITERIA_PRESETS).map((t) => t.id)).toEqual([...CRITERIA_PRESET_IDS]);
  });

  it('names a source key, a law or "project default" as the source of every rule and parameter value', () => {
    // Every citation of a source (joined by ";") starts with a key of docs/sources.md.
    const unkeyed = (source: string) => splitCitation(source).filter((c) => c.key === undefined);
    for (const table of Object.values(CRITERIA_PRESETS)) {
      for (const rule of table.rules) expect(unkeyed(rule.source), `${table.id}/${rule.id}`).toEqual([]);
      for (const [name, values] of Object.entries(table.parameters))
        for (const v of values) expect(unkeyed(v.source), `${table.id}/${name}`).toEqual([]);
    }
  });

  it('resolves every preset from 2021 on, except the 2023 energy regulation', () => {
    for (const id of CRITERIA_PRESET_IDS) {
      const early = compileCriteria(CRITERIA_PRESETS[id], asIsoDate('2021-01-01')).ok;
      expect(early, id).toBe(id !== 'criteria-energy-regulation-2023');
      expect(compileCriteria(CRITERIA_PRESETS[id], ON).ok, id).toBe(true);
    }
  });

  it('never signals a row of another sector, a former customer, or a legal person', () => {
    const own = {
      'criteria-health-a': row({ sector: 'health', premiumCents: asCents(20000), remindersSent: 1 }),
      'criteria-health-b': row({ sector: 'health', premiumCents: asCents(20000) }),
      'criteria-energy-a': row(),
      'criteria-energy-b': row(),
      'criteria-energy-regulation-2023': row(),
      'criteria-water': row({ sector: 'water' }),
      'criteria-rent': row({ sector: 'rent' }),
    } as const;
    for (const id of CRITERIA_PRESET_IDS) {
      const good = own[id];
      expect(decide(id, good).deliver, id).toBe(true);
      expect(decide(id, { ...good, currentCustomer: false }).deliver, id).toBe(false);
      expect(decide(id, { ...good, legalForm: 'bv' }), id).toMatchObject({
        deliver: false,
        reason: 'not a natural person',
      });
      expect(decide(id, { ...good, legalForm: 'vof' }).deliver, id).toBe(true); // a vof is a natural person (signaalreis-2023)
      const other = {
        ...good,
        sector: good.sector === 'rent' ? 'water' : 'rent',
        premiumCents: undefined,
      } as const;
      expect(decide(id, other), id).toMatchObject({ deliver: false, reason: 'table is for another sector' });
    }
  });
});
