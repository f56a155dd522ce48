import { describe, expect, it } from 'vitest';
import { asIsoDate, type IsoDate, journeyExplanation, type LoadedRoutingConfig, routeMonth } from '../index';
import { caseInput, journeyOf, loaded, ON, signal } from './fixtures.test-support';

const big = (id: string, rank: number) =>
  journeyOf(id, caseInput([signal({ amountCents: 70_000 })]), { rank, house: rank });

describe('routeMonth', () => {
  it('adds route and allocation to every journey, in the order given, and allocates in rank order', () => {
    const journeys = [big('2026-10-0003', 3), big('2026-10-0001', 1), big('2026-10-0002', 2)];
    const r = routeMonth(journeys, loaded(), ON);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.journeys.map((j) => [j.caseId, j.route.bucket, j.allocation.primaryChannel])).toEqual([
      ['2026-10-0003', 'visit', 'email'],
      ['2026-10-0001', 'visit', 'home-visit'],
      ['2026-10-0002', 'visit', 'home-visit'],
    ]);
    r.value.journeys.forEach((j, i) => {
      const { route: _route, allocation: _allocation, ...rest } = j;
      expect(rest).toEqual(journeys[i]);
    });
    expect(r.value.allocation).toMatchObject({ month: '2026-10', unplaced: [] });
  });

  it('keeps the routing rule’s text in the route section; allocation explains only its own changes', () => {
    const r = routeMonth(
      [big('2026-10-0003', 3), big('2026-10-0001', 1), big('2026-10-0002', 2)],
      loaded(),
      ON,
    );
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const third = r.value.journeys[0];
    expect(third?.allocation.explanation.nl.split('\n')).toEqual([
      'capaciteit huisbezoek vol (2 per maand, alle teams): huisbezoek (gemeente) wordt e-mail (gemeente) (bron: Divosa/NVVK/VNG, De signaalreis (2023), bijlage, gemeente 4)',
      'Eindplan: e-mail (gemeente)',
    ]);
    const stages = third ? journeyExplanation(third) : [];
    expect(stages.map((e) => e.stage)).toEqual(['intake', 'route', 'allocation']);
    expect(stages[1]?.nl).toMatch(/^Huisbezoek: huisbezoek \(gemeente\), omdat totaalbedrag/);
    expect(stages[2]?.nl).toMatch(/^capaciteit huisbezoek vol/);
  });

  it('keys a case’s issues by its case id, not its position', () => {
    // A `unique` table whose rules overlap: loadRoutingConfig refuses it, so it is made by hand.
    const base = loaded();
    const unique: LoadedRoutingConfig = { ...base, table: { ...base.table, hitPolicy: 'unique' } };
    const r = routeMonth(
      [
        journeyOf('2026-10-0001', caseInput([signal({ amountCents: 1_000 })]), { house: 1 }),
        journeyOf('2026-10-0002', caseInput([signal({ amountCents: 70_000 })]), { house: 2 }),
      ],
      unique,
      ON,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.path.slice(0, 2)])).toEqual([
      ['unique_violation', ['cases', '2026-10-0002']],
    ]);
  });

  it('gives issues, never a RangeError, for a bad date and for a case given twice', () => {
    expect(routeMonth([big('2026-10-0001', 1)], loaded(), '2026-10-32' as IsoDate)).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid_date', path: ['on'] }],
    });
    expect(routeMonth([big('2026-10-0001', 1), big('2026-10-0001', 2)], loaded(), ON)).toMatchObject({
      ok: false,
      issues: [{ code: 'duplicate_case', path: ['cases', '2026-10-0001'] }],
    });
  });

  it('reports a parameter not in effect on the date once, with a path into the table', () => {
    const r = routeMonth([big('2026-10-0001', 1), big('2026-10-0002', 2)], loaded(), asIsoDate('2020-06-01'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path[0])).toEqual(['table']);
  });
});
