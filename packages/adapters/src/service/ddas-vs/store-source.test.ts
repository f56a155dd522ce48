// storeDeliverySource on a real store (PGlite, one instance for the file): October 2026 of the
// examples stored for 0363, delivered for the organisation that serves 0363 — straight from the
// source and paged through the endpoint — and refused for an organisation that is not served.
import { asIsoDate, asMunicipalityCode, type CaseStore } from '@signaalreis/core';
import { afterAll, describe, expect, it } from 'vitest';
import { fileValidator } from '../../ddas/fixtures.test-support';
import type { Uitwisselmodel } from '../../ddas/types';
import { openCaseStore } from '../../store/open';
import { freshFolder } from '../../store/test-support/backends';
import { exampleMonths, storedExample } from '../../store/test-support/months';
import { DDAS_VS_UNKNOWN_ORGANISATION } from './app';
import { appOf, post, REQUEST, setup, verified } from './app.test-support';
import { reassemble } from './fixtures.test-support';
import { storeDeliverySource } from './store-source';

const m0363 = asMunicipalityCode('0363');
const opened = await openCaseStore(await freshFolder());
if (!opened.ok) throw new Error('the test store does not open');
const store: CaseStore = opened.value;
afterAll(() => store.close());
const october = (await exampleMonths()).find((e) => e.month === '2026-10');
if (!october) throw new Error('no example October');
const saved = await store.saveMonth(storedExample(october, m0363));
if (!saved.ok) throw new Error('October is not stored');

const source = storeDeliverySource(store, {
  organisations: {
    'Gemeente Voorbeeldstad': [m0363],
    'Gemeenschappelijke Regeling Schuldhulp': [m0363, asMunicipalityCode('0518')],
  },
  supplierCode: 'SIGNAALREIS',
  clock: () => new Date('2026-11-02T09:00:00Z'),
});
const period = { from: asIsoDate('2026-10-01'), to: asIsoDate('2026-10-31') };
const valid = fileValidator();

describe('storeDeliverySource', () => {
  it('delivers the stored month of the organisation, schema-valid, every signal of the month', async () => {
    const r = await source({ ...period, organisation: 'Gemeente Voorbeeldstad' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(valid(r.value).valid).toBe(true);
    expect(r.value).toMatchObject({
      aanleverdatumEnTijd: '2026-11-02T09:00:00Z',
      codeGegevensleverancier: 'SIGNAALREIS',
    });
    const [l] = r.value.leveringen ?? [];
    expect(l).toMatchObject({
      gemeentecode: '0363',
      aanleverendeOrganisatie: { naam: 'Gemeente Voorbeeldstad' },
    });
    expect(new Set(l?.vroegsignalen?.map((s) => s.ID))).toEqual(
      new Set(october.file.cases.flatMap((c) => c.signals.map((s) => s.signalId))),
    );
    expect(l?.vroegsignaalzaken).toHaveLength(october.file.cases.length);
  });

  it('an organisation of two municipalities: a levering for each, also without stored months', async () => {
    const r = await source({ ...period, organisation: 'Gemeenschappelijke Regeling Schuldhulp' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.leveringen?.map((l) => [l.gemeentecode, l.vroegsignalen?.length])).toEqual([
      ['0363', 242],
      ['0518', 0],
    ]);
  });

  it('a period without stored months: leveringen without signals', async () => {
    const r = await source({
      from: asIsoDate('2025-01-01'),
      to: asIsoDate('2025-12-31'),
      organisation: 'Gemeente Voorbeeldstad',
    });
    expect(r.ok && r.value.leveringen?.map((l) => l.vroegsignalen?.length)).toEqual([0]);
  });

  it('an organisation not served (also a name like "constructor"): refused, nothing read', async () => {
    for (const organisation of ['Gemeente Elders', 'gemeente voorbeeldstad', 'constructor', '__proto__']) {
      const r = await source({ ...period, organisation });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues.map((i) => i.code)).toEqual([DDAS_VS_UNKNOWN_ORGANISATION]);
    }
  });

  it('a configured municipality code that is not four digits is refused at once', () => {
    expect(() =>
      storeDeliverySource(store, { organisations: { X: ['363' as never] }, supplierCode: 'S' }),
    ).toThrow(/four digits/);
  });

  it('through the endpoint: paged by 100, every page verified, re-assembled to the source delivery', async () => {
    const s = await setup();
    const { app } = appOf(s, source);
    const whole = await source({ ...period, organisation: 'Gemeente Voorbeeldstad' });
    if (!whole.ok) throw new Error('no delivery');
    const pages: Uitwisselmodel[] = [];
    for (let page = 1; page <= 3; page++) {
      const res = await post(
        app,
        { ...REQUEST, page, pageSize: 100 },
        { Authorization: `Bearer ${await s.issuer.token()}` },
      );
      const { body } = await verified(res, s);
      expect(body.paginering).toEqual({ pageSize: 100, currentPage: page, totalPages: 3, totalRecords: 242 });
      expect(valid(body.gegevens).valid).toBe(true);
      pages.push(body.gegevens);
    }
    expect(reassemble(pages)).toEqual(whole.value.leveringen);
    const refused = await post(
      app,
      { ...REQUEST, aanleverende_organisatie: 'Gemeente Elders' },
      { Authorization: `Bearer ${await s.issuer.token()}` },
    );
    expect(refused.status).toBe(422);
  });
});
