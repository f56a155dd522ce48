// Issue 13 (domain): a floor is read as its source words it — "boven"/"> € 100" leaves the floor
// amount itself out, "vanaf"/"< € 100 niet" lets it through (core intake's `floor.compare`).
import type { Signal } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { MUNICIPALITY_PRESETS, municipalityPreset } from '../index';
import { caseAt, plan, sig } from '../municipality/practices/builders-b.test-support';

const statusOf = async (id: string, signals: readonly Signal[], house: number) =>
  caseAt(await plan(id, signals), house).intake.signalStatus;

describe('floors follow the words of their source', () => {
  it('type-regional — signaalreis-2023, annex, municipality 1: ">€ 100 opgepakt, tenzij hetzelfde signaal vorige maand ook." — € 100,00 itself is not picked up', async () => {
    const signals = [sig('A', 'rent', 10_000, { house: 1 }), sig('B', 'rent', 10_001, { house: 2 })];
    expect(await statusOf('type-regional', signals, 1)).toBe('Niet opgepakt: onterecht signaal');
    expect(await statusOf('type-regional', signals, 2)).toBe('Opgepakt');
  });

  it('practice-1 says the same with a floor of € 100 read "above", not with a made-up € 100,01', () => {
    const p = municipalityPreset('practice-1');
    expect(p.ok && p.value.preset.intake.floor).toMatchObject({ defaultCents: 10_000, compare: 'above' });
  });

  it('practice-4 — signaalreis-2023, annex, municipality 4: "< € 100 (met uitzondering van WML - water): NIET doorgezet" — € 100,00 itself is forwarded', async () => {
    const signals = [sig('A', 'rent', 9_999, { house: 1 }), sig('B', 'rent', 10_000, { house: 2 })];
    const m = await plan('practice-4', signals, {
      lookups: { debtAssistance: { isKnown: async () => false } },
    });
    expect(caseAt(m, 1).intake.signalStatus).toBe('Niet opgepakt: onterecht signaal');
    expect(caseAt(m, 2).intake.signalStatus).not.toBe('Niet opgepakt: onterecht signaal');
  });

  it('every bundled floor above € 0 says how it reads its source (compare), and the source words agree', () => {
    for (const id of Object.keys(MUNICIPALITY_PRESETS)) {
      const p = municipalityPreset(id);
      if (!p.ok) throw new Error(id);
      const { floor } = p.value.preset.intake;
      const amounts = [floor.defaultCents, ...Object.values(floor.bySector ?? {})];
      if (amounts.every((a) => a === 0)) continue;
      expect(floor.compare, id).toBeDefined();
      // "> € 100" or "boven" in the source means above; "< € 100 … NIET" or "vanaf"/"minimaal" means from
      const says = /"?> ?€|boven/i.test(floor.source) ? 'above' : 'from';
      expect(floor.compare, `${id}: ${floor.source}`).toBe(says);
    }
  });
});
