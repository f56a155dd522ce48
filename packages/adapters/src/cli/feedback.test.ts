import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { asCaseId, asIsoDate, asPartnerId, asSignalId, createRecord, transition } from '@signaalreis/core';
import { lifecyclePreset } from '@signaalreis/rules-presets';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { fixtureDir, runCli, runCliEn } from './cli-test-kit';
import { dueActionText } from './feedback-output';

const signal = (signalId: string, partnerId: string, sector: string) => ({
  signalId,
  partnerId,
  sector,
  kind: 'early',
});
const base = {
  intakeOutcome: 'picked-up',
  priority: 1,
  primaryChannel: 'phone',
  team: 'municipality',
  explanation: { nl: '', en: '' },
};

function casesJson(extra: unknown[] = []) {
  return {
    month: '2026-10',
    preset: 'medium-default',
    cases: [
      {
        ...base,
        caseId: '2026-10-0001',
        signalIds: ['EN-1', 'WO-1'],
        signalStatus: 'Opgepakt',
        plan: [{ channel: 'phone', team: 'municipality', attempts: 2 }],
        signals: [signal('EN-1', 'EN-WKR', 'energy'), signal('WO-1', 'WO-LND', 'rent')],
      },
      {
        ...base,
        caseId: '2026-10-0002',
        signalIds: ['ZV-1'],
        signalStatus: 'Niet opgepakt: andere reden',
        intakeOutcome: 'not-picked-up',
        plan: [],
        signals: [signal('ZV-1', 'ZV-ZLD', 'health')],
      },
      {
        ...base,
        caseId: '2026-10-0003',
        signalIds: ['EN-2'],
        signalStatus: 'Opgepakt',
        intakeOutcome: 'crisis',
        plan: [{ channel: 'home-visit', team: 'crisis', attempts: 1 }],
        signals: [signal('EN-2', 'EN-WKR', 'energy')],
      },
      ...extra,
    ],
  };
}

const defaultOut = (dir: string, at: string) => join(dir, 'out', `2026-10-feedback-${at}`);
const csv = (dir: string, name: string) =>
  parse(readFileSync(join(dir, name), 'utf8'), { columns: true }) as Record<string, string>[];

describe('signaalreis feedback', () => {
  it('lists the actions due and writes no feedback before anything is decided', async () => {
    const dir = fixtureDir({ 'cases.json': JSON.stringify(casesJson()) });
    const run = await runCliEn(['feedback', 'cases.json', '--at', '2026-10-26'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'Lifecycle ddas, month 2026-10 (delivered 2026-10-26), at 2026-10-26: 3 case(s).',
    );
    expect(run.stdout).toMatch(/2026-10-0001 {2}Next contact attempt \(since 2026-10-26\)/);
    // only the not-picked-up case has a result on the delivery day; its reason never leaves
    // (without --out the files go to out/<month>-feedback-<at>, never beside the input: issue 9)
    const out = defaultOut(dir, '2026-10-26');
    expect(readdirSync(out).filter((f) => f.startsWith('feedback-'))).toEqual(['feedback-ZV-ZLD.csv']);
    expect(csv(out, 'feedback-ZV-ZLD.csv')).toEqual([
      expect.objectContaining({
        partner_id: 'ZV-ZLD',
        signal_id: 'ZV-1',
        code: 'not-picked-up',
        label_nl: 'Niet opgepakt',
      }),
    ]);
    expect(readFileSync(join(out, 'feedback-ZV-ZLD.csv'), 'utf8')).not.toMatch(/andere reden/);
  });

  it('closes automatically after 28 days and writes one CSV per partner with only its own signals', async () => {
    const dir = fixtureDir({ 'cases.json': JSON.stringify(casesJson()) });
    const run = await runCliEn(['feedback', 'cases.json', '--at', '2026-11-23', '--out', 'out'], {
      cwd: dir,
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/2026-10-0001 {2}Automatic closure after 28 days \(since 2026-11-23\)/);
    expect(run.stdout).toMatch(/2026-10-0003 {2}Threatening-situation deadline passed/);
    const out = join(dir, 'out');
    expect(readdirSync(out).sort()).toEqual([
      'actions-due.csv',
      'cases.json',
      'feedback-EN-WKR.csv',
      'feedback-WO-LND.csv',
      'feedback-ZV-ZLD.csv',
      'manifest.json',
    ]);
    expect(csv(out, 'feedback-EN-WKR.csv').map((r) => [r.signal_id, r.code])).toEqual([
      ['EN-1', 'not-reached-or-no-help'],
      ['EN-2', 'not-reached-or-no-help'],
    ]);
    expect(csv(out, 'feedback-WO-LND.csv').map((r) => r.signal_id)).toEqual(['WO-1']);
    // the records are written back: run again from them and the closure does not fire twice
    const again = await runCliEn(['feedback', 'out/cases.json', '--at', '2026-11-30', '--out', 'out2'], {
      cwd: dir,
    });
    expect(again.code).toBe(0);
    expect(again.stdout).not.toMatch(/Automatic closure/);
    expect(
      csv(join(dir, 'out2'), 'actions-due.csv').filter((r) => r.event === 'Automatic closure after 28 days'),
    ).toEqual([]);
  });

  it('names the actions due by the lifecycle labels, in Dutch by default (no event or timer ids)', async () => {
    // seen: `2026-10-0001  crisis-deadline  (crisisDeadline sinds 2026-10-22)` and the same ids in actions-due.csv
    const dir = fixtureDir({ 'cases.json': JSON.stringify(casesJson()) });
    const run = await runCli(['feedback', 'cases.json', '--at', '2026-11-23', '--out', 'out'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^Acties aan de beurt: \d+ \((Automatisch afsluiten na 28 dagen|Termijn bedreigende situatie verstreken|Volgende contactpoging) \d/m,
    );
    expect(run.stdout).toMatch(
      /^ {2}2026-10-0001 {2}Automatisch afsluiten na 28 dagen \(sinds 2026-11-23\)$/m,
    );
    expect(run.stdout).toMatch(/^ {2}2026-10-0003 {2}Termijn bedreigende situatie verstreken \(sinds /m);
    expect(run.stdout).not.toMatch(
      /auto-close|crisis-deadline|attempt-due|autoClose|crisisDeadline|nextAttempt/,
    );
    const due = csv(join(dir, 'out'), 'actions-due.csv');
    expect(due.length).toBeGreaterThan(1);
    expect(due).toContainEqual({
      Casus: '2026-10-0001',
      Actie: 'Automatisch afsluiten na 28 dagen',
      Termijn: 'automatisch afsluiten',
      Sinds: '2026-11-23',
    });
    for (const row of due) {
      expect(Object.keys(row)).toEqual(['Casus', 'Actie', 'Termijn', 'Sinds']);
      expect(`${row.Actie} ${row.Termijn}`).not.toMatch(/[a-z]-[a-z]|[a-z][A-Z]/);
    }
  });

  it('cites each feedback’s source in the file’s language (it wrote the raw key with its English note)', async () => {
    const dir = fixtureDir({ 'cases.json': JSON.stringify(casesJson()) });
    expect(
      (await runCli(['feedback', 'cases.json', '--at', '2026-11-23', '--out', 'nl'], { cwd: dir })).code,
    ).toBe(0);
    expect(
      (await runCliEn(['feedback', 'cases.json', '--at', '2026-11-23', '--out', 'en'], { cwd: dir })).code,
    ).toBe(0);
    const nl = csv(join(dir, 'nl'), 'feedback-EN-WKR.csv');
    expect(nl[0]?.Bron).toBe(
      'Divosa/NVVK/VNG, De signaalreis (2023) (terugmelding 6; automatisch afgesloten na 28 dagen) | Divosa/NVVK/VNG, De signaalreis (2023) (terugmelding 6; ook bij automatisch afsluiten na 28 dagen)',
    );
    const en = csv(join(dir, 'en'), 'feedback-EN-WKR.csv');
    expect(en[0]?.source).toMatch(
      /^Divosa\/NVVK\/VNG, De signaalreis \(2023\) \(feedback 6; automatic closure after 28 days\)/,
    );
  });

  it('continues from stored records (help accepted is fed back, no automatic closure)', async () => {
    const table = lifecyclePreset('ddas');
    if (!table.ok) throw new Error('preset');
    const created = createRecord(
      {
        caseId: asCaseId('2026-10-0009'),
        status: 'picked-up',
        signals: [{ signalId: asSignalId('WA-1'), partnerId: asPartnerId('WA-DUN'), sector: 'water' }],
      },
      asIsoDate('2026-10-26'),
    );
    if (!created.ok) throw new Error('record');
    const helped = transition(
      created.value,
      {
        type: 'accept-help',
        result: '(Budget)advies en/of quick fix',
        followUp: { kind: 'payment-arrangement' },
      },
      table.value,
      asIsoDate('2026-10-28'),
    );
    if (!helped.ok) throw new Error('transition');
    const file = casesJson([
      {
        ...base,
        caseId: '2026-10-0009',
        signalStatus: 'Opgepakt',
        signalIds: ['WA-1'],
        plan: [],
        signals: [],
        record: helped.value.record,
      },
    ]);
    const dir = fixtureDir({ 'cases.json': JSON.stringify(file) });
    const run = await runCliEn(['feedback', 'cases.json', '--at', '2026-11-27'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/2026-10-0009 {2}End of collection pause/);
    expect(run.stdout).not.toMatch(/2026-10-0009 {2}Automatic closure/);
    expect(csv(defaultOut(dir, '2026-11-27'), 'feedback-WA-DUN.csv').map((r) => r.code)).toEqual([
      'wants-help',
    ]);
  });

  it('uses the pilot lifecycle when asked', async () => {
    const dir = fixtureDir({ 'cases.json': JSON.stringify(casesJson()) });
    const run = await runCliEn(
      ['feedback', 'cases.json', '--at', '2026-10-26', '--lifecycle', 'pilot-ouder-amstel-uithoorn'],
      { cwd: dir },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Lifecycle pilot-ouder-amstel-uithoorn');
  });

  it('reports bad cases with their path and exit code 1, and keeps going', async () => {
    const bad = [
      { ...base, caseId: '2026-10-0024', signalStatus: 'Kwijt', signals: [signal('A', 'P', 'rent')] },
      { ...base, caseId: '2026-10-0025', signalStatus: 'Opgepakt', signals: [signal('B', 'P', 'gas')] },
      { ...base, caseId: '2026-10-0026', signalStatus: 'Opgepakt', record: { caseId: '2026-10-0026' } },
      'not a case',
    ];
    const dir = fixtureDir({ 'cases.json': JSON.stringify(casesJson(bad)) });
    const run = await runCliEn(['feedback', 'cases.json', '--at', '2026-10-26'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('3 case(s)');
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^signaalreis: cases\.3\.signalStatus: Unknown DDAS status "Kwijt"/),
      expect.stringMatching(/^signaalreis: cases\.4\.signals: /),
      expect.stringMatching(/^signaalreis: cases\.5\.record: Stored record is invalid/),
      expect.stringMatching(/^signaalreis: cases\.6: Expected a case object/),
    ]);
  });

  it('reports user errors in one line with exit code 2', async () => {
    const dir = fixtureDir({
      'cases.json': '{ not json',
      'month.json': JSON.stringify({ month: '2026-13', cases: [] }),
    });
    const cases = [
      [['feedback', 'missing.json', '--at', '2026-11-01'], /file not found/],
      [['feedback', 'cases.json', '--at', '2026-11-01'], /cases\.json:1:3: Not JSON/],
      [['feedback', 'month.json', '--at', '2026-11-01'], /"month" must be YYYY-MM/],
      [['feedback', 'cases.json', '--at', '2026-02-30'], /real date/],
      [['feedback', 'cases.json'], /--at/],
    ] as const;
    for (const [args, message] of cases) {
      const run = await runCliEn([...args], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    // a case file of format 1 names the intake decision otherwise: refused as a whole, with the way out
    const old = fixtureDir({
      'cases.json': JSON.stringify({ ...casesJson(), format: 'signaalreis-cases/1' }),
    });
    const oldRun = await runCliEn(['feedback', 'cases.json', '--at', '2026-11-01'], { cwd: old });
    expect(oldRun.code).toBe(2);
    expect(oldRun.stderr).toBe(
      'signaalreis: cases.json: format: This case file has the old format signaalreis-cases/1; run "signaalreis match" or "signaalreis run" for that month again to write it in the format signaalreis-cases/3 (not a case file of a monthly run)\n',
    );
    // a month the working-day calendar does not cover has no delivery day (was exit 70, a crash)
    const far = fixtureDir({ 'cases.json': JSON.stringify({ ...casesJson(), month: '2200-10' }) });
    const farRun = await runCliEn(['feedback', 'cases.json', '--at', '2200-11-01'], { cwd: far });
    expect(farRun.code).toBe(2);
    expect(farRun.stderr).toMatch(
      /^signaalreis: cases\.json: month: The delivery day of 2200-10 cannot be computed: the calendar covers the years 1990–2099/,
    );
    expect(existsSync(join(far, 'out'))).toBe(false);
    const early = fixtureDir({ 'cases.json': JSON.stringify(casesJson()) });
    const before = await runCliEn(['feedback', 'cases.json', '--at', '2026-10-01'], { cwd: early });
    expect(before.stderr).toMatch(/before the delivery day 2026-10-26/);
    const unknown = await runCliEn(['feedback', 'cases.json', '--at', '2026-11-01', '--lifecycle', 'x'], {
      cwd: early,
    });
    expect(unknown.stderr).toMatch(/Unknown lifecycle preset "x"/);
  });
});

describe('dueActionText', () => {
  it('names an event the table does not know, a timer of a newer version, or anything without a table by its id', () => {
    const table = lifecyclePreset('ddas');
    if (!table.ok) throw new Error('the ddas lifecycle loads');
    const { events } = table.value;
    expect(dueActionText({ event: 'attempt-due', timer: 'nextAttempt' }, 'nl', events)).toEqual({
      event: 'Volgende contactpoging',
      timer: 'volgende contactpoging',
    });
    expect(dueActionText({ event: 'later-event', timer: 'nextAttempt' }, 'en', events)).toEqual({
      event: 'later-event',
      timer: 'next contact attempt',
    });
    const newer = { event: 'attempt-due', timer: '__proto__' as 'nextAttempt' };
    expect(dueActionText(newer, 'nl', events).timer).toBe('__proto__');
    expect(dueActionText({ event: 'attempt-due', timer: 'nextAttempt' }, 'nl')).toEqual({
      event: 'attempt-due',
      timer: 'nextAttempt',
    });
  });
});
