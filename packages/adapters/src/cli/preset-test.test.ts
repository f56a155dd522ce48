import { describe, expect, it } from 'vitest';
import { fixtureDir, runCliEn } from './cli-test-kit';

const signal = (id: string, partner: string, sector: string, houseNumber: number, amount: number) => ({
  signalId: id,
  partner: { id: partner, name: partner, sector },
  kind: 'early',
  signalDate: '2026-10-26',
  arrearSince: '2026-08-20',
  amountCents: amount,
  person: { surname: 'Jansen', legalForm: 'individual' },
  address: { postcode: '7411AB', houseNumber },
  contact: { phone: '+31612345678' },
});

const preset = (expectedStatus: string) => ({
  id: 'my-town',
  extends: 'national-baseline',
  label: { nl: 'Mijn gemeente', en: 'My town' },
  description: 'test preset',
  sources: ['project default'],
  intake: {
    floor: { defaultCents: 10_000, source: 'signaalreis-2023, annex, municipality 4' },
  },
  tests: [
    {
      name: 'a rent arrear of € 300 is picked up',
      source: 'project default',
      signals: [signal('A', 'WO-LND', 'rent', 1, 30_000)],
      expect: { cases: [{ householdKey: '7411AB 1', status: 'Opgepakt' }] },
    },
    {
      name: 'below the floor of € 100',
      signals: [signal('B', 'EN-WKR', 'energy', 2, 5_000)],
      expect: { cases: [{ householdKey: '7411AB 2', status: expectedStatus }] },
    },
  ],
});

describe('signaalreis preset test', () => {
  it('runs the embedded cases of a preset file: pass per case, exit 0', async () => {
    const dir = fixtureDir({ 'my-town.json': JSON.stringify(preset('Niet opgepakt: onterecht signaal')) });
    const r = await runCliEn(['preset', 'test', 'my-town.json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/pass {2}a rent arrear of € 300 is picked up/);
    expect(r.stdout).toMatch(/2 passed, 0 failed/);
    expect(r.code).toBe(0);
  });

  it('a failing case says what differed and exits 1; JSON output has the counts', async () => {
    const dir = fixtureDir({ 'my-town.json': JSON.stringify(preset('Opgepakt')) });
    const r = await runCliEn(['preset', 'test', 'my-town.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/FAIL {2}below the floor of € 100/);
    expect(r.stdout).toMatch(/7411AB 2: status is Niet opgepakt: onterecht signaal, expected Opgepakt/);
    const j = await runCliEn(['preset', 'test', 'my-town.json', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(j.stdout)).toMatchObject({ preset: 'my-town', passed: 1, failed: 1 });
  });

  it('bad input: unknown preset id, broken file', async () => {
    const dir = fixtureDir({ 'broken.json': '{"id": 1}' });
    expect((await runCliEn(['preset', 'test', 'nope'], { cwd: dir })).code).toBe(2);
    const r = await runCliEn(['preset', 'test', 'broken.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not a valid preset/);
  });
});
