// Property of the paging rule: for any delivery and page size, every page holds at most pageSize
// signals and is itself schema-valid (the schema file compiled on its own), the pages put together
// give the delivery back exactly, and no case comes before its signals.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { fileValidator } from '../../ddas/fixtures.test-support';
import type { DdasLevering, Uitwisselmodel } from '../../ddas/types';
import { reassemble } from './fixtures.test-support';
import { ddasVsPage, ddasVsPager } from './paging';

const valid = fileValidator();

const levering = (teller: number) =>
  fc
    .record({
      signals: fc.nat({ max: 12 }),
      caseOf: fc.array(fc.integer({ min: -1, max: 5 }), { minLength: 12, maxLength: 12 }),
      order: fc.array(fc.nat(), { minLength: 7, maxLength: 7 }),
      withSignalsKey: fc.boolean(),
    })
    .map(({ signals, caseOf, order, withSignalsKey }): DdasLevering => {
      const ids = Array.from({ length: signals }, (_, i) => `L${teller}-S${i}`);
      const groups = new Map<number, string[]>();
      ids.forEach((ID, i) => {
        const k = caseOf[i] ?? -1;
        if (k >= 0) groups.set(k, [...(groups.get(k) ?? []), ID]);
      });
      const zaken = [...groups.entries()]
        .sort(([a], [b]) => (order[a] ?? 0) - (order[b] ?? 0) || a - b)
        .map(([, refs]) => ({ matchingsdatum: '2026-10-26', vroegsignalen: refs.map((ID) => ({ ID })) }));
      const l: DdasLevering = {
        teller,
        gemeentecode: String(teller).padStart(4, '0'),
        aanleverendeOrganisatie: { naam: 'Gemeente Voorbeeldstad' },
        vroegsignaalzaken: zaken,
      };
      if (withSignalsKey || signals > 0)
        l.vroegsignalen = ids.map((ID) => ({
          ID,
          signaalpartner: { type: 'Huur' },
          client: { postcode: '7411AB', huisnummer: '1' },
        }));
      return l;
    });

const delivery = fc.nat({ max: 3 }).chain((n) =>
  fc.tuple(...Array.from({ length: n }, (_, i) => levering(i + 1))).map(
    (leveringen): Uitwisselmodel => ({
      startdatumLevering: '2026-10-01',
      einddatumLevering: '2026-10-31',
      aanleverdatumEnTijd: '2026-11-02T09:00:00Z',
      codeGegevensleverancier: 'SIGNAALREIS',
      ...(leveringen.length > 0 ? { leveringen } : {}),
    }),
  ),
);

const signalsOf = (d: Uitwisselmodel) =>
  (d.leveringen ?? []).reduce((n, l) => n + (l.vroegsignalen?.length ?? 0), 0);

describe('ddasVsPage: any delivery, any page size', () => {
  test.prop([delivery, fc.integer({ min: 1, max: 15 }), fc.integer({ min: 1, max: 20 })], { numRuns: 300 })(
    'pages ≤ pageSize signals, schema-valid, re-assemble exactly, cases after their signals',
    (d, pageSize, maxPageSize) => {
      const first = ddasVsPage(d, { pageSize, maxPageSize });
      const size = Math.min(pageSize, maxPageSize);
      const total = signalsOf(d);
      const pages = first.paginering?.totalPages ?? 1;
      expect(first.paginering === undefined).toBe(total <= size);
      expect(pages).toBe(Math.max(1, Math.ceil(total / size)));
      const got: Uitwisselmodel[] = [];
      const seen = new Set<string>();
      for (let p = 1; p <= pages; p++) {
        const page = ddasVsPage(d, { page: p, pageSize, maxPageSize });
        if (total > size)
          expect(page.paginering).toEqual({
            pageSize: size,
            currentPage: p,
            totalPages: pages,
            totalRecords: total,
          });
        expect(signalsOf(page.gegevens)).toBeLessThanOrEqual(size);
        if (p < pages) expect(signalsOf(page.gegevens)).toBe(size);
        expect(valid(page.gegevens).valid).toBe(true);
        for (const l of page.gegevens.leveringen ?? [])
          for (const s of l.vroegsignalen ?? []) seen.add(`${l.teller}/${s.ID}`);
        for (const l of page.gegevens.leveringen ?? [])
          for (const z of l.vroegsignaalzaken ?? [])
            for (const ref of z.vroegsignalen ?? []) expect(seen.has(`${l.teller}/${ref.ID}`)).toBe(true);
        got.push(page.gegevens);
      }
      expect(reassemble(got)).toEqual(d.leveringen ?? []);
      const { leveringen: _, ...header } = d;
      for (const g of got)
        expect({ ...g, leveringen: undefined }).toEqual({ ...header, leveringen: undefined });
      const beyond = ddasVsPage(d, { page: pages + 1, pageSize, maxPageSize });
      expect(beyond.gegevens).toEqual(header);
      expect(beyond.paginering).toEqual({
        pageSize: size,
        currentPage: pages + 1,
        totalPages: pages,
        totalRecords: total,
      });
    },
  );
});

describe('ddasVsPager: one delivery, many requests', () => {
  const request = fc.record({
    page: fc.integer({ min: 1, max: 8 }),
    pageSize: fc.integer({ min: 1, max: 6 }),
  });
  test.prop([delivery, fc.array(request, { minLength: 1, maxLength: 12 })], { numRuns: 200 })(
    'each page as a fresh pager cuts it, whatever sizes came before (the layout made again for a new size)',
    (d, requests) => {
      const pager = ddasVsPager(d);
      for (const r of requests) {
        const asked = { ...r, maxPageSize: 5 };
        expect(pager(asked)).toEqual(ddasVsPager(d)(asked));
      }
    },
  );
});
