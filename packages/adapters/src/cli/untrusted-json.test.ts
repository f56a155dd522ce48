// biome-ignore-all lint/suspicious/noThenProperty: rule tables name their outcome `then` (json-rules-engine style)
// Issue 9: case files and presets as untrusted input, through the command line. Each test was a
// finding on main (crash with exit 70, "cannot write" after partial output, a 10 MB id echoed,
// duplicate case ids, records that cannot have happened, 1e400 read as Infinity).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  asCaseId,
  asIsoDate,
  asPartnerId,
  asSignalId,
  type CaseRecord,
  createRecord,
  transition,
} from '@signaalreis/core';
import { lifecyclePreset } from '@signaalreis/rules-presets';
import { describe, expect, it } from 'vitest';
import { csvText, fixtureDir, REPO_ROOT, row, runCliEn } from './cli-test-kit';

const nestedArray = (levels: number) => `${'['.repeat(levels)}1${']'.repeat(levels)}`;

function deepWhen(levels: number): unknown {
  let when: unknown = { fact: 'hasEviction', operator: 'equal', value: true };
  for (let i = 0; i < levels; i++) when = { all: [when] };
  return when;
}

const town = (over: Record<string, unknown> = {}) => ({
  id: 'my-town',
  extends: 'type-small',
  label: { nl: 'Mijn gemeente', en: 'My town' },
  ...over,
});

const signal = (signalId: string, partnerId: string) => ({
  signalId,
  partnerId,
  sector: 'rent',
  kind: 'early',
});
const aCase = (caseId: string, signalId: string, over: Record<string, unknown> = {}) => ({
  caseId,
  signalIds: [signalId],
  signalStatus: 'Opgepakt',
  intakeOutcome: 'picked-up',
  plan: [],
  explanation: { nl: '', en: '' },
  signals: [signal(signalId, 'WO-LND')],
  ...over,
});
const casesFile = (cases: unknown[]) => ({ month: '2026-10', preset: 'type-small', cases });

const table = (() => {
  const t = lifecyclePreset('ddas');
  if (!t.ok) throw new Error('ddas preset');
  return t.value;
})();

/** A record of case `caseId` that was picked up and closed with a result. */
function closedRecord(caseId: string, signalId: string): CaseRecord {
  const signals = [
    { signalId: asSignalId(signalId), partnerId: asPartnerId('WO-LND'), sector: 'rent' as const },
  ];
  const created = createRecord(
    { caseId: asCaseId(caseId), status: 'picked-up', signals },
    asIsoDate('2026-10-26'),
  );
  if (!created.ok) throw new Error('record');
  const closed = transition(
    created.value,
    { type: 'close', result: 'Inwoner heeft zelf al betaald/betalingsregeling getroffen' },
    table,
    asIsoDate('2026-10-30'),
  );
  expect(closed.ok ? [] : closed.issues).toEqual([]);
  if (!closed.ok) throw new Error('transition');
  return closed.value.record;
}

const lines = (text: string) => text.trim().split('\n');
const doc = (name: string) => readFileSync(join(REPO_ROOT, 'docs', name), 'utf8');

describe('presets as untrusted input', () => {
  it('refuses a preset nested 900 levels deep with exit 2, one line and its location (was exit 70)', async () => {
    const rule = {
      id: 'deep',
      label: { nl: 'Diep', en: 'Deep' },
      source: 'test',
      when: deepWhen(900),
      then: { bucket: 'visit', priority: 1, steps: [] },
    };
    const text = JSON.stringify(
      town({ routing: { table: { rules: [{ ...rule, when: 'DEEP' }] } } }),
      null,
      1,
    ).replace('"DEEP"', JSON.stringify(rule.when));
    const dir = fixtureDir({ 'town.json': text });
    for (const command of ['validate', 'show']) {
      const r = await runCliEn(['preset', command, 'town.json'], { cwd: dir });
      expect(r.code, command).toBe(2);
      expect(r.stdout).toBe('');
      expect(lines(r.stderr)).toEqual([
        expect.stringMatching(/^signaalreis: town\.json:\d+:\d+: .*nested deeper than 64 levels/),
      ]);
    }
  });

  it('reports a JSON syntax error with line and column, not a character offset', async () => {
    const dir = fixtureDir({ 'town.json': '{\n  "id": "my-town",\n  "label": ,\n}\n' });
    const r = await runCliEn(['preset', 'validate', 'town.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual(['signaalreis: town.json:3:12: Not JSON: expected a value, found ","']);
    expect(doc('presets.md')).toContain('my-town.json:3:12: Not JSON: expected a value, found ","');
    expect(r.stderr).not.toMatch(/position/);
  });

  it('refuses a 10 MB preset id without echoing it', async () => {
    const huge = fixtureDir({ 'town.json': JSON.stringify(town({ id: 'a'.repeat(10_000_000) })) });
    const tooLarge = await runCliEn(['preset', 'validate', 'town.json'], { cwd: huge });
    expect(tooLarge.code).toBe(2);
    expect(tooLarge.stderr).toMatch(/larger than the 2 MiB/);
    expect(tooLarge.stdout.length + tooLarge.stderr.length).toBeLessThan(300);
    // under the file size limit, the id's own limit (64 characters) refuses it
    const dir = fixtureDir({ 'town.json': JSON.stringify(town({ id: 'a'.repeat(1_000_000) })) });
    const validate = await runCliEn(['preset', 'validate', 'town.json'], { cwd: dir });
    expect(validate.code).toBe(1);
    expect(validate.stdout.length + validate.stderr.length).toBeLessThan(1000);
    expect(validate.stdout).toMatch(/^ {2}id \(line 1\): .*64 characters/m);
    const show = await runCliEn(['preset', 'show', 'town.json'], { cwd: dir });
    expect(show.code).toBe(2);
    expect(show.stdout + show.stderr).not.toMatch(/a{100}/);
  });

  it('names sibling files it could not read when an extends is unknown', async () => {
    const dir = fixtureDir({
      'town.json': JSON.stringify(town({ extends: 'my-base' })),
      'base.json': '{"id": "my-base", "extends": "type-small",}',
    });
    const show = await runCliEn(['preset', 'show', 'town.json'], { cwd: dir });
    expect(show.code).toBe(2);
    expect(show.stderr).toMatch(
      /Unknown preset "my-base".*; JSON files in the folder that could not be read: base\.json:\d+:\d+: Not JSON/,
    );
    const validate = await runCliEn(['preset', 'validate', 'town.json'], { cwd: dir });
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain(
      '  note: JSON files in the folder that could not be read: base.json:1:43: Not JSON: expected a key in double quotes, found "}"\n',
    );
  });

  it('refuses a preset file above the size limit before reading it', async () => {
    const big = JSON.stringify(town({ description: 'x'.repeat(3 * 1024 * 1024) }));
    const dir = fixtureDir({ 'town.json': big });
    const r = await runCliEn(['preset', 'validate', 'town.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([
      expect.stringMatching(/^signaalreis: town\.json: .*larger than .*2 MiB/),
    ]);
  });
});

describe('case files as untrusted input (feedback)', () => {
  it('refuses deep nesting at load: exit 2, nothing written (was "cannot write" after output)', async () => {
    const text = JSON.stringify(casesFile([aCase('2026-10-0001', 'S-1')])).replace(
      '"plan":[]',
      `"plan":[],"extra":${nestedArray(10_000)}`,
    );
    const dir = fixtureDir({ 'cases.json': text });
    const r = await runCliEn(['feedback', 'cases.json', '--at', '2026-11-01', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toEqual([
      expect.stringMatching(/^signaalreis: cases\.json:1:\d+: .*nested deeper than 64 levels/),
    ]);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('refuses a number that is not finite (1e400 was read as Infinity)', async () => {
    const text = JSON.stringify(casesFile([aCase('2026-10-0001', 'S-1', { totalAmountCents: 1 })])).replace(
      '"totalAmountCents":1',
      '"totalAmountCents":1e400',
    );
    const dir = fixtureDir({ 'cases.json': text });
    const r = await runCliEn(['feedback', 'cases.json', '--at', '2026-11-01', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^signaalreis: cases\.json:1:\d+: .*1e400/)]);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it("refuses duplicate caseIds, listing each with its path (one household's record went to another case)", async () => {
    const record = closedRecord('2026-10-0001', 'S-1');
    const file = casesFile([
      aCase('2026-10-0001', 'S-1', { record }),
      aCase('2026-10-0002', 'S-2'),
      aCase('2026-10-0001', 'S-3'),
      aCase('2026-10-0002', 'S-4'),
    ]);
    const dir = fixtureDir({ 'cases.json': JSON.stringify(file) });
    const r = await runCliEn(['feedback', 'cases.json', '--at', '2026-11-01', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/cases\.2\.caseId: .*"2026-10-0001".*cases\.0/);
    expect(r.stderr).toMatch(/cases\.3\.caseId: .*"2026-10-0002".*cases\.1/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('reports a stored record with an unknown status, with its path and exit 1 (was exit 0)', async () => {
    const record = { ...closedRecord('2026-10-0001', 'S-1'), status: 'archived' };
    const file = casesFile([aCase('2026-10-0001', 'S-1', { record }), aCase('2026-10-0002', 'S-2')]);
    const dir = fixtureDir({ 'cases.json': JSON.stringify(file) });
    const r = await runCliEn(['feedback', 'cases.json', '--at', '2026-11-01', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^signaalreis: cases\.0\.record\.status: .*"archived"/m);
    // the other case is processed, and the bad one is written back unchanged, not dropped
    const written = JSON.parse(readFileSync(join(dir, 'out', 'cases.json'), 'utf8'));
    expect(written.cases.map((c: { caseId: string }) => c.caseId)).toEqual(['2026-10-0001', '2026-10-0002']);
    expect(written.cases[0].record.status).toBe('archived');
  });

  it('reports a record whose audit trail does not lead to its status (was exit 0)', async () => {
    const closed = closedRecord('2026-10-0001', 'S-1');
    const record = { ...closed, status: 'help-accepted' };
    const file = casesFile([aCase('2026-10-0001', 'S-1', { record })]);
    const dir = fixtureDir({ 'cases.json': JSON.stringify(file) });
    const r = await runCliEn(['feedback', 'cases.json', '--at', '2026-11-01', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    const line = 'The record is in status "help-accepted", but its audit trail leads to "closed"';
    expect(r.stderr).toContain(`signaalreis: cases.0.record.status: ${line}\n`);
    expect(doc('lifecycle.md')).toContain(line);
  });

  it('reports an audit entry that no transition of the table allows', async () => {
    const closed = closedRecord('2026-10-0001', 'S-1');
    const audit = closed.audit.map((e, i) => (i === 1 ? { ...e, event: 'pick-up' } : e));
    const file = casesFile([aCase('2026-10-0001', 'S-1', { record: { ...closed, audit } })]);
    const dir = fixtureDir({ 'cases.json': JSON.stringify(file) });
    const r = await runCliEn(['feedback', 'cases.json', '--at', '2026-11-01', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^signaalreis: cases\.0\.record\.audit\.1\.event: /m);
  });

  it('reports a closed record whose timers would still fire (was exit 0)', async () => {
    const closed = closedRecord('2026-10-0001', 'S-1');
    const record = { ...closed, timers: { ...closed.timers, crisisDeadline: '2026-10-29' } };
    const file = casesFile([aCase('2026-10-0001', 'S-1', { record })]);
    const dir = fixtureDir({ 'cases.json': JSON.stringify(file) });
    const r = await runCliEn(['feedback', 'cases.json', '--at', '2026-11-01', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    const line = 'Timer crisisDeadline is still set, but final status "closed" stops it';
    expect(r.stderr).toContain(`signaalreis: cases.0.record.timers.crisisDeadline: ${line}\n`);
    expect(doc('lifecycle.md')).toContain(line);
    expect(r.stdout).not.toMatch(/crisis-deadline|Threatening-situation deadline/);
  });

  it('reports a record that belongs to another case (another caseId or other signals)', async () => {
    const file = casesFile([
      aCase('2026-10-0001', 'S-1', { record: closedRecord('2026-10-0009', 'S-1') }),
      aCase('2026-10-0002', 'S-2', { record: closedRecord('2026-10-0002', 'S-7') }),
    ]);
    const dir = fixtureDir({ 'cases.json': JSON.stringify(file) });
    const r = await runCliEn(['feedback', 'cases.json', '--at', '2026-11-01', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^signaalreis: cases\.0\.record\.caseId: /m);
    expect(r.stderr).toMatch(/^signaalreis: cases\.1\.record\.signals: /m);
  });
});

describe('history case files as untrusted input', () => {
  it('refuses deep nesting in a history case file with its location', async () => {
    const dir = fixtureDir({
      'oct.csv': csvText([row()]),
      'history.json': `{"format":"signaalreis-cases/2","month":"2026-09","deep":${nestedArray(5000)}}`,
    });
    const r = await runCliEn(
      ['match', 'oct.csv', '--month', '2026-10', '--preset', 'type-small', '--history', 'history.json'],
      { cwd: dir },
    );
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([
      expect.stringMatching(/^signaalreis: history\.json:1:\d+: .*nested deeper than 64 levels/),
    ]);
  });
});
