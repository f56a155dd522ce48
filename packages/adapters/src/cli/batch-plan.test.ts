// The plan of `signaalreis batch`: what a valid plan gives each run (the arguments of `signaalreis
// run`), and every way a plan is refused — with its JSON path, never by throwing.
import { resolve } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { BATCH_MAX_MONTHS, BATCH_MAX_RUNS, checkBatchPlan } from './batch-plan';

const ok = (value: unknown) => {
  const r = checkBatchPlan(value);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};
const issuesOf = (value: unknown) => {
  const r = checkBatchPlan(value);
  if (r.ok) throw new Error('the plan was accepted');
  return r.issues.map((i) => ({ code: i.code, path: i.path.join('.'), nl: i.message.nl }));
};
const run = (over: Record<string, unknown> = {}) => ({ municipality: '0363', signals: 's.csv', ...over });

describe('checkBatchPlan: a valid plan', () => {
  it('gives each run the arguments of signaalreis run, the file after --', () => {
    const plan = ok({
      month: '2026-10',
      preset: 'type-medium',
      csvDialect: 'excel-nl',
      runs: [
        run({
          municipality: 'GM0363',
          history: ['a.csv', 'b.json'],
          register: 'brp.csv',
          debtAssistance: 'shv.csv',
        }),
        run({
          municipality: '0014',
          preset: 'eigen.json',
          out: 'elders',
          sheet: 'Blad 1',
          csvDialect: 'rfc4180',
          xlsx: true,
        }),
      ],
    });
    expect(plan.month).toBe('2026-10');
    expect(plan.months).toEqual(['2026-10']);
    expect(plan.runs).toEqual([
      {
        municipality: '0363',
        month: '2026-10',
        earlier: [],
        out: 'out/2026-10/0363',
        args: [
          'run',
          '--month=2026-10',
          '--preset=type-medium',
          '--municipality=0363',
          '--out=out/2026-10/0363',
          '--history=a.csv',
          '--history=b.json',
          '--register=brp.csv',
          '--debt-assistance=shv.csv',
          '--csv-dialect=excel-nl',
          '--',
          's.csv',
        ],
      },
      {
        municipality: '0014',
        month: '2026-10',
        earlier: [],
        out: 'elders',
        args: [
          'run',
          '--month=2026-10',
          '--preset=eigen.json',
          '--municipality=0014',
          '--out=elders',
          '--sheet=Blad 1',
          '--csv-dialect=rfc4180',
          '--xlsx',
          '--',
          's.csv',
        ],
      },
    ]);
  });

  // any path a plan may hold — a leading dash, '=', spaces, quotes — reaches the option unchanged
  const pathArb = fc.string({ minLength: 1, maxLength: 20 }).filter((p) => !p.includes('\0'));
  // (the examples: a history file given twice, and twice written two ways — CI's seed -1312249040
  // found the first: the plan gives each once, as it should)
  test.prop([pathArb, fc.array(pathArb, { maxLength: 3 }), pathArb, pathArb], {
    examples: [
      [' ', ['key', 'key'], ' ', ' '],
      ['s', ['a/b', 'a//b/', 'c'], 'o', 'p'],
    ],
  })('the arguments parse back to the paths the plan gave', (signals, history, out, preset) => {
    const [r] = ok({ month: '2026-10', runs: [run({ signals, history, out, preset })] }).runs;
    let seen: { file: string; o: Record<string, unknown> } | undefined;
    const program = new Command().exitOverride();
    program
      .command('run')
      .argument('<signals>')
      .option('--month <m>')
      .option('--preset <p>')
      .option('--municipality <c>')
      .option('--out <o>')
      .option('--history <file...>')
      .action((file: string, o: Record<string, unknown>) => {
        seen = { file, o };
      });
    program.parse(r?.args ?? [], { from: 'user' });
    expect(seen?.file).toBe(signals);
    expect(seen?.o).toEqual({
      month: '2026-10',
      preset,
      municipality: '0363',
      out,
      // each history file once, the same file written two ways too (the plan compares them resolved)
      ...(history.length > 0
        ? {
            history: history.filter(
              (h, i) => history.findIndex((x) => resolve('/', x) === resolve('/', h)) === i,
            ),
          }
        : {}),
    });
  });
});

describe('checkBatchPlan: refused plans', () => {
  it('says what is wrong with the shape, each problem with its path', () => {
    expect(issuesOf(null).map((i) => i.path)).toEqual(['']);
    expect(issuesOf({ runs: [run()] })).toEqual([
      expect.objectContaining({ code: 'missing_month', path: 'runs.0.month' }),
      expect.objectContaining({ code: 'missing_preset', path: 'runs.0.preset' }),
    ]);
    expect(issuesOf({ month: '2026-10', runs: [] })).toEqual([expect.objectContaining({ path: 'runs' })]);
    expect(
      issuesOf({ month: '2026-10', preset: 'p', runs: [{ municipality: '0363', sigals: 's.csv' }] }),
    ).toEqual([
      expect.objectContaining({ path: 'runs.0.signals' }),
      expect.objectContaining({ code: 'unknown_key', path: 'runs.0.sigals' }),
    ]);
    expect(
      issuesOf({ month: '2026-10', preset: 'p', runs: [run({ xlsx: 'ja', history: 'a.csv' })] }).map(
        (i) => i.path,
      ),
    ).toEqual(['runs.0.history', 'runs.0.xlsx']);
    expect(issuesOf({ month: '2026-10', preset: 'p', runs: [run({ csvDialect: 'excel' })] })).toEqual([
      expect.objectContaining({ path: 'runs.0.csvDialect' }),
    ]);
    const many = Array.from({ length: BATCH_MAX_RUNS + 1 }, (_, i) =>
      run({ municipality: String(i).padStart(4, '0') }),
    );
    expect(issuesOf({ month: '2026-10', preset: 'p', runs: many })).toEqual([
      expect.objectContaining({ path: 'runs' }),
    ]);
  });

  it('refuses a month that is not one, a code that is not CBS, and a run without a preset', () => {
    expect(
      issuesOf({ month: '2026-13', runs: [run({ municipality: '363' }), run({ municipality: '0014' })] }),
    ).toEqual([
      expect.objectContaining({ path: 'month' }),
      expect.objectContaining({
        path: 'runs.0.municipality',
        nl: expect.stringContaining('CBS-gemeentecode'),
      }),
      expect.objectContaining({ code: 'missing_preset', path: 'runs.0.preset' }),
      expect.objectContaining({ code: 'missing_preset', path: 'runs.1.preset' }),
    ]);
  });

  it('refuses one municipality twice, however written, and folders that overlap', () => {
    expect(
      issuesOf({
        month: '2026-10',
        preset: 'p',
        runs: [
          run({ municipality: '0363' }),
          run({ municipality: 'gm0363', out: 'b' }),
          run({ municipality: '0014', out: 'out/2026-10/0363/../0363/' }),
          run({ municipality: '0015', out: 'b/sub' }),
          run({ municipality: '0016', out: 'bb' }),
        ],
      }),
    ).toEqual([
      {
        code: 'duplicate_municipality',
        path: 'runs.1.municipality',
        nl: expect.stringContaining('voor 2026-10 al in runs.0'),
      },
      { code: 'shared_out', path: 'runs.2.out', nl: expect.stringContaining('runs.0') },
      { code: 'shared_out', path: 'runs.3.out', nl: expect.stringContaining('runs.1') },
    ]);
  });

  test.prop([fc.jsonValue()])('any JSON value gives a plan or issues, never an exception', (value) => {
    const r = checkBatchPlan(value);
    expect(r.ok || r.issues.length > 0).toBe(true);
  });

  test.prop([
    fc.array(fc.constantFrom('a', 'b', 'a/b', 'a/../b', './a', 'b/c/', 'c'), { minLength: 2, maxLength: 4 }),
  ])('two folders overlap exactly when one is the other or inside it', (outs) => {
    const plan = {
      month: '2026-10',
      preset: 'p',
      runs: outs.map((out, i) => run({ municipality: String(i + 1).padStart(4, '0'), out })),
    };
    const norm = (p: string) =>
      `/${p}/`
        .replace(/\/\.\//g, '/')
        .replace(/\/[^/]+\/\.\.\//g, '/')
        .replace(/\/+/g, '/');
    const clash = (x: string, y: string) => norm(x).startsWith(norm(y)) || norm(y).startsWith(norm(x));
    const expected = outs.flatMap((x, i) => {
      const first = outs.findIndex((y, j) => j < i && clash(x, y));
      return first >= 0 ? [{ path: `runs.${i}.out`, nl: expect.stringContaining(`runs.${first}:`) }] : [];
    });
    const r = checkBatchPlan(plan);
    if (r.ok) expect(expected).toEqual([]);
    else expect(r.issues.map((i) => ({ path: i.path.join('.'), nl: i.message.nl }))).toEqual(expected);
  });
});

describe('checkBatchPlan: several months', () => {
  it("runs a municipality's months in order, each with the earlier ones as history", () => {
    const plan = ok({
      preset: 'p',
      runs: [
        run({ month: '2026-10', signals: 'okt.csv' }),
        run({ month: '2026-08', signals: 'aug.csv', history: ['jul.json'] }),
        run({ municipality: '0014', month: '2026-09', signals: 'b.csv' }),
        run({ month: '2026-09', signals: 'sep.csv', out: 'september', history: ['extra.csv', './jul.json'] }),
      ],
    });
    expect(plan.month).toBeUndefined();
    expect(plan.months).toEqual(['2026-08', '2026-09', '2026-10']);
    expect(plan.runs.map((r) => [r.municipality, r.month, r.out, r.after, r.earlier])).toEqual([
      ['0363', '2026-10', 'out/2026-10/0363', 3, ['out/2026-08/0363/cases.json', 'september/cases.json']],
      ['0363', '2026-08', 'out/2026-08/0363', undefined, []],
      ['0014', '2026-09', 'out/2026-09/0014', undefined, []],
      ['0363', '2026-09', 'september', 1, ['out/2026-08/0363/cases.json']],
    ]);
    // the history given to an earlier month is carried to the later ones, each file once
    const history = (i: number) => plan.runs[i]?.args.filter((a) => a.startsWith('--history='));
    expect(history(1)).toEqual(['--history=jul.json']);
    expect(history(3)).toEqual(['--history=jul.json', '--history=extra.csv']);
    expect(history(0)).toEqual(['--history=jul.json', '--history=extra.csv']);
    expect(plan.runs[0]?.args).toContain('--month=2026-10');
    // a case file of an earlier run that the plan gives as history is given once
    const twice = ok({
      preset: 'p',
      runs: [
        run({ month: '2026-09' }),
        run({ month: '2026-10', history: ['./out/2026-09/0363/cases.json'] }),
      ],
    }).runs[1];
    expect(twice?.earlier).toEqual([]);
    expect(twice?.args).toContain('--history=./out/2026-09/0363/cases.json');
  });

  it('gives a run the case files of at most historyMonths earlier months, when the plan says so', () => {
    const months = ['2026-01', '2026-02', '2026-04', '2026-05'];
    const plan = ok({ preset: 'p', historyMonths: 2, runs: months.map((month) => run({ month })) });
    expect(plan.runs.map((r) => r.earlier.map((f) => f.slice(4, 11)))).toEqual([
      [],
      ['2026-01'],
      ['2026-02'],
      ['2026-04'],
    ]);
    expect(plan.runs.map((r) => r.after)).toEqual([undefined, 0, 1, 2]);
    expect(issuesOf({ preset: 'p', historyMonths: 0, runs: [run({ month: '2026-01' })] })).toEqual([
      expect.objectContaining({ path: 'historyMonths' }),
    ]);
  });

  it('refuses more than BATCH_MAX_MONTHS months of one municipality', () => {
    const runs = Array.from({ length: BATCH_MAX_MONTHS + 2 }, (_, i) =>
      run({ month: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}` }),
    );
    expect(issuesOf({ preset: 'p', runs })).toEqual([
      expect.objectContaining({ code: 'too_many_months', path: `runs.${BATCH_MAX_MONTHS}.month` }),
    ]);
    expect(ok({ preset: 'p', runs: runs.slice(0, BATCH_MAX_MONTHS) }).runs.at(-1)?.earlier).toHaveLength(
      BATCH_MAX_MONTHS - 1,
    );
  });

  it("takes the plan's month for a run that names none, and refuses a bad month of a run", () => {
    const plan = ok({ month: '2026-10', preset: 'p', runs: [run(), run({ month: '2026-09' })] });
    expect(plan.runs.map((r) => [r.month, r.after])).toEqual([
      ['2026-10', 1],
      ['2026-09', undefined],
    ]);
    expect(issuesOf({ preset: 'p', runs: [run({ month: '2026-13' }), run({ month: 'okt' })] })).toEqual([
      expect.objectContaining({ path: 'runs.0.month' }),
      expect.objectContaining({ path: 'runs.1.month' }),
    ]);
    expect(
      issuesOf({ preset: 'p', runs: [run({ month: '2026-09' }), run({ month: '2026-09', out: 'x' })] }),
    ).toEqual([expect.objectContaining({ code: 'duplicate_municipality', path: 'runs.1.municipality' })]);
  });

  const runsArb = fc.uniqueArray(
    fc.record({ code: fc.constantFrom('0363', '0014', '0518'), month: fc.integer({ min: 1, max: 12 }) }),
    { minLength: 1, maxLength: 12, selector: (r) => `${r.code}|${r.month}` },
  );
  test.prop([runsArb])(
    "each run comes after its municipality's latest earlier month, with all earlier months' case files",
    (raw) => {
      const month = (m: number) => `2026-${String(m).padStart(2, '0')}`;
      const plan = ok({
        preset: 'p',
        runs: raw.map((r) => run({ municipality: r.code, month: month(r.month) })),
      });
      plan.runs.forEach((r, i) => {
        const earlier = raw
          .map((x, j) => ({ ...x, j }))
          .filter((x) => x.code === raw[i]?.code && x.month < (raw[i]?.month ?? 0))
          .sort((a, b) => a.month - b.month);
        expect(r.after).toBe(earlier.at(-1)?.j);
        expect(r.earlier).toEqual(earlier.map((x) => `out/${month(x.month)}/${x.code}/cases.json`));
      });
    },
  );
});
