import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  allocate,
  asCaseId,
  asCents,
  asIsoDate,
  asPartnerId,
  asSignalId,
  type CaseId,
  compileRouting,
  type RoutingCaseInput,
  type RoutingSignalInput,
  routeInput,
} from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import {
  listMunicipalityPresets,
  MUNICIPALITY_PRESETS,
  municipalityPreset,
  presetDescription,
} from '../index';

const DIR = fileURLToPath(new URL('../../presets/municipality/', import.meta.url));

function load(id: string) {
  const r = municipalityPreset(id);
  if (!r.ok) throw new Error(`${id}: ${JSON.stringify(r.issues)}`);
  return r.value;
}

const sig = (over: Partial<RoutingSignalInput> = {}): RoutingSignalInput => ({
  signalId: asSignalId('S1'),
  partnerId: asPartnerId('ZV-1'),
  sector: 'health',
  kind: 'early',
  amountCents: asCents(10_000),
  arrearSince: asIsoDate('2026-08-20'),
  signalDate: asIsoDate('2026-10-26'),
  birthDate: asIsoDate('1970-01-01'),
  hasPhone: true,
  hasEmail: true,
  hasAddress: true,
  ...over,
});
const ON = asIsoDate('2026-10-26');

/** A case as a vendor routes it: a label for the test, matching's rank and its routing input. */
interface Subject {
  label: string;
  rank: number;
  input: RoutingCaseInput;
}
const input = (
  label: string,
  signals: RoutingSignalInput[],
  over: Partial<RoutingCaseInput> & { rank?: number } = {},
): Subject => {
  const { rank = 1, ...rest } = over;
  return { label, rank, input: { isMatch: signals.length > 1, signals, ...rest } };
};

/** Case ids `2026-10-0001` … numbered in label order, so ties on rank break as the labels sort. */
const caseIds = (subjects: Subject[]): Map<string, CaseId> =>
  new Map(
    subjects
      .map((s) => s.label)
      .sort()
      .map((label, i) => [label, asCaseId(`2026-10-${String(i + 1).padStart(4, '0')}`)]),
  );

/** Routes each case with the preset's table (routeInput) and allocates its capacities on ON. */
function route(id: string, subjects: Subject[]) {
  const config = load(id).routing;
  const compiled = compileRouting(config, ON);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.issues));
  const ids = caseIds(subjects);
  const labels = new Map([...ids].map(([label, caseId]) => [caseId, label]));
  const routed = subjects.map((s) => {
    const plan = routeInput(s.input, compiled.value, ON);
    if (!plan.ok) throw new Error(JSON.stringify(plan.issues));
    return { caseId: ids.get(s.label) as CaseId, match: { rank: s.rank }, route: plan.value };
  });
  const r = allocate(routed, config, ON);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return Object.fromEntries(r.value.journeys.map((j) => [labels.get(j.caseId) ?? j.caseId, j]));
}

describe('bundled municipality presets', () => {
  it('registers every JSON file of presets/municipality, and each loads', () => {
    const files = readdirSync(DIR)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''));
    expect(Object.keys(MUNICIPALITY_PRESETS).sort()).toEqual(files.sort());
    for (const id of files) expect(load(id).preset.id).toBe(id);
  });

  it('points every file at the JSON Schema and names a source for every rule, capacity and parameter', () => {
    for (const id of Object.keys(MUNICIPALITY_PRESETS)) {
      const text = readFileSync(`${DIR}${id}.json`, 'utf8');
      expect(text.split('\n')[1]).toBe('  "$schema": "../../schemas/municipality-preset.schema.json",');
      const p = load(id).preset;
      expect(p.routing.table.rules.every((r) => r.source.length > 0)).toBe(true);
      expect(
        Object.values(p.routing.table.parameters)
          .flat()
          .every((v) => v.source.length > 0),
      ).toBe(true);
      expect(p.sources.length).toBeGreaterThan(0);
    }
  });

  it('lists the presets with type and parent', () => {
    expect(listMunicipalityPresets().map((p) => [p.id, p.municipalityType, p.extends])).toEqual([
      ['national-baseline', undefined, undefined],
      ['type-small', 'small', 'national-baseline'],
      ['type-medium', 'medium', 'national-baseline'],
      ['type-large', 'large', 'national-baseline'],
      ['type-regional', 'regional', 'national-baseline'],
      ['practice-1', 'regional', 'national-baseline'],
      ['practice-2', 'medium', 'national-baseline'],
      ['practice-3', 'small', 'national-baseline'],
      ['practice-4', 'medium', 'national-baseline'],
      ['practice-5', 'medium', 'national-baseline'],
      ['practice-6', undefined, 'national-baseline'],
      ['pilot-ouder-amstel-uithoorn', 'regional', 'national-baseline'],
    ]);
    expect(municipalityPreset('type-huge')).toMatchObject({
      ok: false,
      issues: [{ code: 'unknown_preset' }],
    });
  });

  it('lists each preset’s label in Dutch and English, and a preset that does not load by its id and first issue', () => {
    expect(listMunicipalityPresets()[1]?.label).toEqual({
      nl: 'Kleine gemeente (< 150 signalen per maand)',
      en: 'Small municipality (< 150 signals a month)',
    });
    const broken = listMunicipalityPresets({
      ...MUNICIPALITY_PRESETS,
      broken: { id: 'broken', extends: 'nowhere' },
    });
    expect(broken.at(-1)).toEqual({
      id: 'broken',
      label: { nl: 'broken', en: 'broken' },
      description: {
        nl: expect.stringMatching(/^Onbekende preset "nowhere"/),
        en: expect.stringMatching(/^Unknown preset "nowhere": not a bundled preset/),
      },
    });
  });

  it('describes every bundled preset in Dutch and English, the Dutch its own text', () => {
    for (const [id, json] of Object.entries(MUNICIPALITY_PRESETS)) {
      const written = (json as { description?: unknown }).description;
      expect(written, id).toEqual({ nl: expect.any(String), en: expect.any(String) });
      const { nl, en } = written as { nl: string; en: string };
      expect(nl, id).not.toBe(en);
      // officers read Dutch: the words a description uses in English are not in the Dutch one
      expect(nl, id).not.toMatch(/\b(the|and|signals a month|home visit|every)\b/);
      expect(nl, id).toMatch(/\b(de|het|een|signalen)\b/);
    }
    const small = listMunicipalityPresets().find((p) => p.id === 'type-small');
    expect(small?.description.nl).toMatch(/^Naar gemeente 3 van de vastgelegde praktijken/);
    expect(small?.description.en).toMatch(/^After municipality 3 of the recorded practices/);
  });

  it('takes a description written as one text as it is, in both languages', () => {
    const mine = {
      ...MUNICIPALITY_PRESETS,
      mine: {
        id: 'mine',
        extends: 'type-small',
        label: { nl: 'M', en: 'M' },
        description: 'Onze verdeling.',
      },
    };
    const listed = listMunicipalityPresets(mine).find((p) => p.id === 'mine');
    expect(listed?.description).toEqual({ nl: 'Onze verdeling.', en: 'Onze verdeling.' });
    expect(presetDescription({ nl: 'Onze verdeling.', en: 'Our routing.' })).toEqual({
      nl: 'Onze verdeling.',
      en: 'Our routing.',
    });
  });

  it('national-baseline: a letter for everyone, a crisis plan for an eviction; energy window open from 2022-12-08', () => {
    const p = load('national-baseline');
    expect(p.preset.matching.windows.bySector?.energy?.map((w) => [w.from, w.maxAgeDays])).toEqual([
      ['2000-01-01', 100],
      ['2022-12-08', null],
    ]);
    const c = route('national-baseline', [
      input('A', [sig({ amountCents: asCents(99_000) })]),
      input('E', [sig({ kind: 'eviction' })]),
    ]);
    expect(c.A?.allocation.primaryChannel).toBe('letter');
    expect(c.E?.route).toMatchObject({ bucket: 'crisis', deadline: '2026-10-29' });
    expect(c.E?.allocation.primaryChannel).toBe('home-visit');
  });

  it('type-small: amount bands, youth worker, card without contact data, visits overflow to phone', () => {
    const visits = Array.from({ length: 21 }, (_, i) =>
      input(`V${i + 10}`, [sig({ amountCents: asCents(60_000) })], { rank: i }),
    );
    const c = route('type-small', [
      input('LOW', [sig({ amountCents: asCents(20_000) })]),
      input('MID', [sig({ amountCents: asCents(30_000) })]),
      input('YOUNG', [sig({ birthDate: asIsoDate('2004-01-01') })]),
      input('NODATA', [sig({ hasPhone: false, hasEmail: false })]),
      ...visits,
    ]);
    expect(c.LOW?.allocation.primaryChannel).toBe('email');
    expect(c.MID?.allocation.primaryChannel).toBe('phone');
    expect(c.YOUNG?.allocation.team).toBe('youth-worker');
    expect(c.NODATA?.allocation.primaryChannel).toBe('card');
    expect(c.V10?.allocation.primaryChannel).toBe('home-visit');
    expect(c.V30?.allocation).toMatchObject({ primaryChannel: 'phone', changedBy: { capacity: true } });
  });

  it('type-medium: crisis team, neighbourhood team for rent, visit overflow to e-mail', () => {
    const matches = Array.from({ length: 41 }, (_, i) =>
      input(
        `M${i + 10}`,
        [sig(), sig({ signalId: asSignalId('S2'), partnerId: asPartnerId('EN-1'), sector: 'energy' })],
        { rank: i },
      ),
    );
    const c = route('type-medium', [
      input('E', [sig({ kind: 'eviction' })]),
      input('RENT', [
        sig({ sector: 'rent', partnerId: asPartnerId('WC-1') }),
        sig({ signalId: asSignalId('S2'), partnerId: asPartnerId('EN-1'), sector: 'energy' }),
      ]),
      input('SMALL', [sig({ amountCents: asCents(5_000) })]),
      ...matches,
    ]);
    expect(c.E?.allocation.team).toBe('crisis');
    expect(c.RENT?.allocation.team).toBe('neighbourhood-team');
    expect(c.SMALL?.allocation.primaryChannel).toBe('letter');
    expect(c.M50?.allocation).toMatchObject({ primaryChannel: 'phone', changedBy: { capacity: true } });
    expect(c.M50?.allocation.steps.map((s) => s.channel)).toEqual(['email', 'phone']);
  });

  it('type-large: the call centre phones single signals 7 times incl. evenings and Saturday', () => {
    const c = route('type-large', [
      input('S', [sig({ amountCents: asCents(20_000) })]),
      input('T', [sig({ amountCents: asCents(2_500) })]),
    ]);
    expect(c.S?.allocation.steps.find((s) => s.team === 'call-centre')).toMatchObject({
      attempts: 7,
      saturday: true,
    });
    expect(c.T?.allocation.primaryChannel).toBe('sms');
  });

  it('type-regional: €100 floor, visit and call for several signals', () => {
    const p = load('type-regional');
    expect(p.preset.intake.floor.defaultCents).toBe(10_000);
    const c = route('type-regional', [
      input('M', [
        sig(),
        sig({ signalId: asSignalId('S2'), partnerId: asPartnerId('EN-1'), sector: 'energy' }),
      ]),
    ]);
    expect(c.M?.allocation.steps.map((s) => s.channel)).toEqual(['home-visit', 'phone', 'card']);
  });
});
