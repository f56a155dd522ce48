// The bench's split delivery (ddas-split.ts): every signal and case of the delivery once, each
// household's in one levering, valid against the schema, and imported to the same cases.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDdasDelivery } from '../../src/ddas/import';
import { splitDelivery } from './ddas-split';

const signals = Array.from({ length: 300 }, (_, i) => ({
  ID: `S${i}`,
  bedrag: 100 + i,
  ontstaansdatum: '2026-08-01',
  signaaldatum: '2026-10-05',
  status: 'Opgepakt',
  signaalpartner: { type: ['Energie', 'Water', 'Zorg', 'Huur'][i % 4] },
  // three signals a household
  client: { postcode: `${1000 + Math.floor(i / 3)}AB`, huisnummer: '1' },
}));
const zaken = Array.from({ length: 100 }, (_, h) => ({
  matchingsdatum: '2026-10-28',
  vroegsignalen: [0, 1, 2].map((k) => ({ ID: `S${3 * h + k}` })),
}));
const delivery = {
  startdatumLevering: '2026-10-01',
  einddatumLevering: '2026-10-31',
  aanleverdatumEnTijd: '2026-11-02T09:00:00Z',
  codeGegevensleverancier: 'X',
  leveringen: [
    {
      teller: 1,
      gemeentecode: '0363',
      aanleverendeOrganisatie: { naam: 'V' },
      vroegsignalen: signals,
      vroegsignaalzaken: zaken,
    },
  ],
};

describe('the bench delivery split into municipalities', () => {
  it('holds every signal and case once, a household in one levering, and imports to the same cases', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'signaalreis-split-'));
    writeFileSync(join(dir, 'd.json'), JSON.stringify(delivery));
    expect(await splitDelivery(join(dir, 'd.json'), join(dir, 's.json'), 7)).toBe(300);
    const split = JSON.parse(readFileSync(join(dir, 's.json'), 'utf8'));
    expect(split.leveringen).toHaveLength(7);
    const ids = split.leveringen.flatMap((l: (typeof delivery.leveringen)[0]) =>
      l.vroegsignalen.map((s) => s.ID),
    );
    expect(ids.sort()).toEqual(signals.map((s) => s.ID).sort());
    const whole = importDdasDelivery(delivery);
    const parts = importDdasDelivery(split);
    if (!whole.ok || !parts.ok) throw new Error('not imported');
    const cases = (r: typeof whole) =>
      r.ok ? r.value.files.flatMap((f) => f.caseFile.cases.map((c) => c.signalIds.join(' '))).sort() : [];
    expect(cases(parts)).toEqual(cases(whole));
    expect(parts.value.municipalities.length).toBeGreaterThan(1);
  });
});
