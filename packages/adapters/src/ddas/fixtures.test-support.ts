// Test support for the DDAS export and import: the official schema read from standards/ (compiled
// here on its own, not through the module under test), the example month as case files with
// lifecycle records (through the command line, as an officer would make them), and fast-check
// arbitraries of case files whose records went through random lifecycle steps.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc } from '@fast-check/vitest';
import {
  addDays,
  applyDue,
  asIsoDate,
  asMunicipalityCode,
  type CaseRecord,
  caseStatus,
  createRecord,
  DDAS_CASE_RESULTS,
  DDAS_CONTACT_KINDS,
  DDAS_PARTS_OF_DAY,
  DDAS_SIGNAL_STATUSES,
  entryStatus,
  FOLLOW_UP_KINDS,
  householdKey,
  type IsoDate,
  type IsoMonth,
  type LifecycleTable,
  type MunicipalityCode,
  numberedCaseId,
  recordAttempt,
  SECTORS,
  SIGNAL_KINDS,
  transition,
} from '@signaalreis/core';
import { lifecyclePreset } from '@signaalreis/rules-presets';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { CASE_FILE_FORMAT, type CaseFile, readCaseFile } from '../cases/case-file';
import { fixtureDir, REPO_ROOT, runCli } from '../cli/cli-test-kit';
import type { DdasExportMonth } from './export';

/** The schema file as published by VNG Realisatie, in the repository. */
export const SCHEMA_FILE = join(REPO_ROOT, 'standards/ddas-v1.2/json_schema_Uitwisselmodel.json');
/** SHA-256 of that file as it was committed: the tests validate against this file, unchanged. */
export const SCHEMA_SHA256 = '7fdf32319635fd4911cbb73d622eb3edc5275471c5dfd91f0ad9f46995a5f887';

/** The schema file's text and its SHA-256. */
export const schemaFile = () => {
  const text = readFileSync(SCHEMA_FILE, 'utf8');
  return { text, sha256: createHash('sha256').update(text).digest('hex'), json: JSON.parse(text) };
};

/** A validator compiled from the schema file itself (ajv 2020-12 with formats). */
export function fileValidator(): (value: unknown) => { valid: boolean; errors: unknown } {
  const ajv = new Ajv2020({ allErrors: true, strictTypes: false, strictRequired: false });
  addFormats(ajv);
  const validate = ajv.compile(schemaFile().json);
  return (value) => ({ valid: validate(value) === true, errors: validate.errors });
}

/** The ddas lifecycle table. */
export const DDAS_TABLE: LifecycleTable = (() => {
  const t = lifecyclePreset('ddas');
  if (!t.ok) throw new Error('the ddas lifecycle preset does not load');
  return t.value;
})();

/** A value of a Result, or a thrown error with its issues (tests only). */
export function must<T>(r: { ok: true; value: T } | { ok: false; issues: unknown[] }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 5), null, 1));
  return r.value;
}

let example: Promise<{ dir: string; runFile: string; feedbackFile: string }> | undefined;

/**
 * The example month through the command line: `run` (with `--municipality 0363`) and `feedback`
 * on 2026-11-02 (records created, none closed yet); made once per test file.
 */
export function exampleMonthFiles() {
  example ??= (async () => {
    const dir = fixtureDir({});
    const run = await runCli([
      'run',
      'examples/data/signals-2026-10.csv',
      '--month',
      '2026-10',
      '--preset',
      'type-medium',
      '--history',
      'examples/data/signals-2026-08.csv',
      'examples/data/signals-2026-09.csv',
      '--municipality',
      '0363',
      '--out',
      join(dir, 'run'),
    ]);
    if (run.code !== 0) throw new Error(run.stderr);
    const runFile = join(dir, 'run', 'cases.json');
    const fb = await runCli(['feedback', runFile, '--at', '2026-11-02', '--out', join(dir, 'feedback')]);
    if (fb.code !== 0) throw new Error(fb.stderr);
    return { dir, runFile, feedbackFile: join(dir, 'feedback', 'cases.json') };
  })();
  return example;
}

/**
 * The example month's case file after `feedback`, with work done on some cases as an officer
 * would (deterministic): attempts by phone and home visit, help accepted, closed, reopened.
 */
export async function exampleMonthWorked(): Promise<CaseFile> {
  const file = must(readCaseFile(JSON.parse(readFileSync((await exampleMonthFiles()).feedbackFile, 'utf8'))));
  const day = (d: string) => asIsoDate(d);
  const cases = file.cases.map((c, i) => {
    let r = (c as { record?: CaseRecord }).record;
    if (r === undefined || r.status !== 'picked-up') return c;
    const step = (next: { ok: boolean; value?: unknown }) => {
      if (next.ok) r = (next.value as { record?: CaseRecord }).record ?? (next.value as CaseRecord);
    };
    if (i % 3 === 0)
      step(
        recordAttempt(
          r,
          { kind: 'Telefoon', reached: false, date: day('2026-10-27'), time: '10:15' },
          DDAS_TABLE,
          day('2026-10-27'),
        ),
      );
    if (i % 3 === 0)
      step(
        recordAttempt(
          r,
          { kind: 'Huisbezoek', reached: i % 2 === 0, date: day('2026-10-29'), time: '19:30' },
          DDAS_TABLE,
          day('2026-10-29'),
        ),
      );
    if (i % 6 === 0)
      step(
        transition(
          r,
          {
            type: 'accept-help',
            result: '(Budget)advies en/of quick fix',
            followUp: { kind: 'payment-arrangement' },
          },
          DDAS_TABLE,
          day('2026-10-30'),
        ),
      );
    if (i % 9 === 0)
      step(
        transition(
          r,
          { type: 'close', result: 'Vervolghulp en/of verwijzing financieel' },
          DDAS_TABLE,
          day('2026-10-31'),
        ),
      );
    if (i % 18 === 0)
      step(transition(r, { type: 'reopen', reason: 'new arrear' }, DDAS_TABLE, day('2026-11-01')));
    if (i % 10 === 1) step(transition(r, 'not-a-resident', DDAS_TABLE, day('2026-10-28')));
    return { ...c, record: r };
  });
  return { ...file, cases };
}

// ---- arbitraries -------------------------------------------------------------------------------

const POSTCODE_LETTERS = 'ABCEGHJKLMNPRTVWXZ'; // never SA, SD, SS; no F, I, O, Q, U, Y (as the examples)
const letter = fc.constantFrom(...POSTCODE_LETTERS.split(''));
const postcode = fc
  .tuple(fc.integer({ min: 1000, max: 9999 }), letter, letter)
  .map(([n, a, b]) => `${n}${a}${b}`);
/** A household key DDAS can hold: an addition without a letter never looks like one (`A`, `A1`). */
export const householdArb = fc
  .record({
    postcode,
    houseNumber: fc.integer({ min: 1, max: 99_999 }),
    houseLetter: fc.option(fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZ'.split('')), { nil: undefined }),
    houseNumberAddition: fc.option(fc.stringMatching(/^[A-Z0-9]{1,4}$/), { nil: undefined }),
  })
  .filter((a) => a.houseLetter !== undefined || !/^[A-Z]\d*$/.test(a.houseNumberAddition ?? ''))
  .map((a) =>
    householdKey({
      postcode: a.postcode,
      houseNumber: a.houseNumber,
      ...(a.houseLetter ? { houseLetter: a.houseLetter } : {}),
      ...(a.houseNumberAddition ? { houseNumberAddition: a.houseNumberAddition } : {}),
    }),
  );

const EVENTS = [
  'pick-up',
  'reject-unjustified',
  'reject-repeated',
  'reject-other',
  'known-at-debt-assistance',
  'not-a-resident',
  'deceased',
  'accept-help',
  'close',
  'reopen',
] as const;

const operation = fc.oneof(
  fc.record({
    op: fc.constant('attempt' as const),
    kind: fc.constantFrom(...DDAS_CONTACT_KINDS),
    reached: fc.boolean(),
    partOfDay: fc.constantFrom(...DDAS_PARTS_OF_DAY),
    days: fc.integer({ min: -3, max: 10 }),
  }),
  fc.record({
    op: fc.constant('event' as const),
    event: fc.constantFrom(...EVENTS),
    result: fc.constantFrom(...DDAS_CASE_RESULTS),
    followUp: fc.constantFrom(...FOLLOW_UP_KINDS),
    days: fc.integer({ min: 0, max: 10 }),
  }),
  fc.record({ op: fc.constant('due' as const), days: fc.integer({ min: 0, max: 40 }) }),
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

/** A record made as the lifecycle makes them: created at intake, then steps (refused ones skipped). */
function recordOf(
  caseId: string,
  signals: CaseRecord['signals'],
  status: (typeof DDAS_SIGNAL_STATUSES)[number],
  createdAt: IsoDate,
  ops: readonly Operation[],
): CaseRecord {
  const entry = must(entryStatus(status, DDAS_TABLE));
  let r = must(
    createRecord(
      { caseId, status: entry.status, signals, ...(entry.result ? { result: entry.result } : {}) } as never,
      createdAt,
    ),
  );
  let on = createdAt;
  for (const o of ops) {
    if (o.op === 'attempt') {
      const date = addDays(on, o.days);
      // an attempt may be recorded after the fact (a negative o.days), never before it happened
      const recordedOn = [date, on].sort()[1] ?? on;
      const next = recordAttempt(
        r,
        { kind: o.kind, reached: o.reached, date, partOfDay: o.partOfDay },
        DDAS_TABLE,
        recordedOn,
      );
      if (next.ok) {
        r = next.value;
        on = recordedOn;
      }
      continue;
    }
    on = addDays(on, o.days);
    if (o.op === 'due') {
      const next = applyDue(r, DDAS_TABLE, on);
      if (next.ok) r = next.value.record;
      continue;
    }
    const event = {
      type: o.event,
      ...(o.event === 'close' || o.event === 'accept-help' ? { result: o.result } : {}),
      ...(o.event === 'accept-help' ? { followUp: { kind: o.followUp } } : {}),
      ...(o.event === 'reopen' ? { reason: 'test' } : {}),
    };
    const next = transition(r, event, DDAS_TABLE, on);
    if (next.ok) r = next.value.record;
  }
  return r;
}

const signalArb = fc.record({
  sector: fc.constantFrom(...SECTORS),
  kind: fc.constantFrom(...SIGNAL_KINDS),
  day: fc.integer({ min: 1, max: 28 }),
  ageDays: fc.integer({ min: 0, max: 500 }),
  amountCents: fc.integer({ min: 50, max: 50_000_000 }),
  signalStatus: fc.constantFrom(...DDAS_SIGNAL_STATUSES),
  naturalPerson: fc.boolean(),
});

const caseArb = fc.record({
  household: householdArb,
  signals: fc.array(signalArb, { minLength: 1, maxLength: 4 }),
  record: fc.option(
    fc.record({ createdOffset: fc.integer({ min: -2, max: 4 }), ops: fc.array(operation, { maxLength: 6 }) }),
    { nil: undefined },
  ),
});

/** A case file of one month, as `run` and `feedback` write them (records through random steps). */
export function caseFileArb(
  month: IsoMonth,
  municipality: MunicipalityCode,
  tag: string,
): fc.Arbitrary<CaseFile> {
  return fc
    .record({
      decidedDay: fc.integer({ min: 1, max: 28 }),
      preset: fc.constantFrom('ddas', 'type-medium'),
      named: fc.boolean(),
      cases: fc.uniqueArray(caseArb, { maxLength: 8, selector: (c) => c.household }),
    })
    .map(({ decidedDay, preset, named, cases }) => {
      const decidedOn = asIsoDate(`${month}-${String(decidedDay).padStart(2, '0')}`);
      return {
        format: CASE_FILE_FORMAT,
        month,
        preset,
        decidedOn,
        ...(named ? { municipality } : {}),
        cases: cases.map((c, i) => {
          const caseId = numberedCaseId(month, i + 1, cases.length);
          const signals = c.signals.map((s, j) => {
            const signalDate = asIsoDate(`${month}-${String(s.day).padStart(2, '0')}`);
            return {
              signalId: `${tag}-${month}-${i}-${j}`,
              partnerId: `P-${s.sector}`,
              sector: s.sector,
              kind: s.kind,
              signalDate,
              arrearSince: addDays(signalDate, -s.ageDays),
              amountCents: s.amountCents,
              ageDays: s.ageDays,
              window: 'inside' as const,
              naturalPerson: s.naturalPerson,
              signalStatus: s.signalStatus,
            };
          });
          const status = caseStatus(signals.map((s) => s.signalStatus));
          const base = {
            caseId,
            householdKey: c.household,
            rank: i + 1,
            signalStatus: status,
            intakeOutcome:
              status === 'Opgepakt'
                ? 'picked-up'
                : status === 'Nog niet opgepakt'
                  ? 'manual-review'
                  : 'not-picked-up',
            isMatch: true,
            partners: [...new Set(signals.map((s) => s.partnerId))].sort(),
            signalIds: signals.map((s) => s.signalId),
            totalAmountCents: signals.reduce((n, s) => n + s.amountCents, 0),
            recidiveMonths: [],
            consecutiveCreditors: [],
            explanation: { nl: '', en: '' },
            signals,
          };
          if (c.record === undefined) return base;
          const refs = signals.map((s) => ({
            signalId: s.signalId,
            partnerId: s.partnerId,
            sector: s.sector,
          }));
          const createdAt = addDays(decidedOn, c.record.createdOffset);
          return { ...base, record: recordOf(caseId, refs as never, status, createdAt, c.record.ops) };
        }),
      } as unknown as CaseFile;
    });
}

/** One to three months of one or two municipalities, each month of a municipality once. */
export const monthsArb: fc.Arbitrary<DdasExportMonth[]> = fc
  .uniqueArray(
    fc.record({
      municipality: fc.constantFrom(asMunicipalityCode('0363'), asMunicipalityCode('0014')),
      month: fc.constantFrom('2026-09', '2026-10', '2026-11') as fc.Arbitrary<IsoMonth>,
    }),
    { minLength: 1, maxLength: 3, selector: (m) => `${m.municipality}/${m.month}` },
  )
  .chain((list) =>
    fc.tuple(
      ...list.map((m, k) =>
        caseFileArb(m.month, m.municipality, `T${k}`).map((caseFile) => ({
          municipality: m.municipality,
          caseFile,
        })),
      ),
    ),
  );
