// A simulation's units in pieces (workPieces) and run together (runUnitTasks): every unit once, the
// units of one replication and municipality in one piece unless threads would idle, and each unit's
// result the one it gets alone; runSimulation's progress adds up to units × months.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  runSimulation,
  runUnitTask,
  runUnitTasks,
  type SimulationSpec,
  type UnitTask,
  unitTasks,
  workPieces,
} from './index';

const key = (t: UnitTask) => `${t.scenario}/${t.replication}/${t.municipality}`;

describe('workPieces', () => {
  test.prop([
    fc.integer({ min: 1, max: 14 }),
    fc.integer({ min: 1, max: 6 }),
    fc.integer({ min: 1, max: 4 }),
    fc.integer({ min: 1, max: 64 }),
    fc.integer({ min: 1, max: 12 }),
  ])(
    'every unit once; a piece is one replication and municipality; threads fed',
    (s, r, m, workers, most) => {
      const tasks = unitTasks(s, r, m);
      const pieces = workPieces(tasks, workers, most);
      expect(pieces.flat().map(key).sort()).toEqual(tasks.map(key).sort());
      for (const p of pieces) {
        expect(p.length).toBeGreaterThan(0);
        expect(new Set(p.map((t) => `${t.replication}/${t.municipality}`)).size).toBe(1);
        // neighbouring scenarios
        expect(p.map((t) => t.scenario)).toEqual(p.map((_, i) => (p[0] as UnitTask).scenario + i));
      }
      const groups = r * m;
      // each group in as few pieces as `most` and the threads allow, as even as they go
      const per = Math.max(Math.ceil(s / most), groups >= workers ? 1 : Math.ceil(workers / groups));
      expect(pieces.length).toBe(groups * Math.min(per, s));
      expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(
        Math.max(most, Math.ceil(s / Math.min(per, s))),
      );
      if (Math.ceil(s / most) === 1 && groups >= workers)
        expect(pieces.every((p) => p.length === s)).toBe(true);
      expect(pieces.length).toBeGreaterThanOrEqual(Math.min(workers, tasks.length));
    },
  );

  it('splits one replication of eleven scenarios over two threads, and groups of more than six', () => {
    expect(workPieces(unitTasks(11, 1, 1), 2).map((p) => p.map((t) => t.scenario))).toEqual([
      [0, 1, 2, 3, 4, 5],
      [6, 7, 8, 9, 10],
    ]);
    expect(workPieces(unitTasks(3, 4, 1), 2).map((p) => p.length)).toEqual([3, 3, 3, 3]);
    expect(workPieces(unitTasks(11, 4, 1), 2).map((p) => p.length)).toEqual([6, 5, 6, 5, 6, 5, 6, 5]);
    expect(workPieces(unitTasks(13, 1, 1), 1).map((p) => p.length)).toEqual([4, 5, 4]);
  });
});

const spec: SimulationSpec = {
  base: 'type-small',
  reforms: [
    {
      source: 'no-limits.json',
      text: JSON.stringify({
        id: 'no-limits',
        label: { nl: 'Geen', en: 'None' },
        preset: { routing: { capacity: [] } },
      }),
    },
    {
      source: 'energy-a.json',
      text: JSON.stringify({
        id: 'energy-a',
        label: { nl: 'Energie A', en: 'Energy A' },
        preset: {},
        criteria: { energy: 'criteria-energy-a' },
      }),
    },
  ],
  seed: 'units',
  start: '2027-01' as SimulationSpec['start'],
  months: 2,
  replications: 2,
  municipalities: [
    { code: 'a', inhabitants: 6_000 },
    { code: 'b', inhabitants: 9_000 },
  ],
  signalSource: 'population',
};

describe('runUnitTasks', () => {
  it('gives each unit, in the order given, what runUnitTask gives it alone', async () => {
    const tasks = unitTasks(3, 2, 2).reverse();
    const months: number[] = [];
    const together = await runUnitTasks(spec, tasks, (n) => months.push(n));
    const alone = [];
    for (const t of tasks) alone.push(await runUnitTask(spec, t));
    expect(JSON.stringify(together)).toBe(JSON.stringify(alone));
    expect(together.map((r) => r.ok && r.value.scenario)).toEqual(
      tasks.map((t) => ['base', 'no-limits', 'energy-a'][t.scenario]),
    );
    expect(months).toEqual([3, 3, 3, 3, 3, 3, 3, 3]); // four groups of three units, two months each
  });

  it('a reform that does not load gives every unit its issues', async () => {
    const bad = { ...spec, reforms: [{ source: 'x.json', text: '{' }] };
    const r = await runUnitTasks(bad, unitTasks(2, 1, 1));
    expect(r.every((x) => !x.ok)).toBe(true);
  });
});

describe('runSimulation', () => {
  it('reports progress up to units × months, and units one by one', async () => {
    const progress: [number, number][] = [];
    const units: number[] = [];
    const r = await runSimulation(
      { ...spec, replications: 1 },
      { onProgress: (d, t) => progress.push([d, t]), onUnit: (d) => units.push(d) },
    );
    expect(r.ok).toBe(true);
    expect(progress.at(-1)).toEqual([12, 12]);
    expect(progress.every(([d], i) => i === 0 || d > (progress[i - 1] as [number, number])[0])).toBe(true);
    expect(units).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
