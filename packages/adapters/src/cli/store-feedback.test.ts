// `signaalreis feedback --store` and `signaalreis purge` (issue 11): lifecycle records, contact
// attempts and the feedback sent kept in the store, all or nothing; the purge by the preset's
// retention, its dry run the same as the real one, and its audit entry without case ids.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  asIsoDate,
  asIsoMonth,
  asMunicipalityCode,
  type CaseRecord,
  type CaseStore,
  recordAttempt,
} from '@signaalreis/core';
import { lifecyclePreset, municipalityPreset } from '@signaalreis/rules-presets';
import { beforeAll, describe, expect, it } from 'vitest';
import { okValue } from '../csv/fixtures.test-support';
import { OUTCOME_TEXTS } from '../report/messages';
import { openCaseStore } from '../store/open';
import { freshFolder } from '../store/test-support/backends';
import { fixtureDir, runCli, runCliEn } from './cli-test-kit';

const M = '0363';

/** Whether any bucket's label in English would be its id (then the list's test above could not tell them apart). */
const bucketIdShown = (
  list: readonly { worklistBucket: string }[],
  rules: readonly { then: { bucket?: string; label?: { en: string } } }[],
) =>
  list.some(
    (c) => rules.find((r) => r.then.bucket === c.worklistBucket)?.then.label?.en === c.worklistBucket,
  );
const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

async function withOpen<T>(store: string, f: (s: CaseStore) => Promise<T>): Promise<T> {
  const s = await openCaseStore(store);
  if (!s.ok) throw new Error(s.issues[0]?.message.en);
  try {
    return await f(s.value);
  } finally {
    await s.value.close();
  }
}
const audit = (store: string) =>
  withOpen(store, async (s) => {
    const a = await s.audit(asMunicipalityCode(M));
    return a.ok ? a.value : [];
  });
const showJson = async (store: string, id: string) =>
  JSON.parse(
    (await runCliEn(['cases', 'show', id, '--store', store, '--municipality', M, '--format', 'json'])).stdout,
  );

describe('signaalreis feedback --store', () => {
  let store: string;
  let dir: string;
  const feedback = (at: string, out: string, ...extra: string[]) =>
    runCliEn([
      'feedback',
      ...extra,
      '--at',
      at,
      '--store',
      store,
      '--municipality',
      M,
      '--out',
      join(dir, out),
    ]);

  beforeAll(async () => {
    [store, dir] = [await freshFolder(), fixtureDir({})];
    const sep = await runCliEn([
      ...['run', 'examples/data/signals-2026-09.csv', '--month', '2026-09', '--preset', 'type-medium'],
      ...['--out', join(dir, 'sep'), '--store', store, '--municipality', M],
    ]);
    expect(sep.code).toBe(0);
  });

  it('makes the records from the stored month and stores them with the feedback sent', async () => {
    const r = await feedback('2026-09-30', 'fb-0930', '--month', '2026-09');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /Stored in .*: 216 record\(s\), [1-9]\d* new feedback row\(s\) for month 2026-09/,
    );
    const list = JSON.parse(
      (
        await runCliEn([
          'cases',
          'list',
          '--store',
          store,
          '--municipality',
          M,
          '--month',
          '2026-09',
          '--format',
          'json',
        ])
      ).stdout,
    ) as { lifecycleStatus: string | null }[];
    expect(list.every((c) => c.lifecycleStatus !== null)).toBe(true);
    expect((await audit(store)).map((a) => a.action)).toEqual(['month-stored', 'lifecycle-updated']);
    // the case file written: the compact layout run writes (a case a line), with the records
    const written = json(join(dir, 'fb-0930', 'cases.json'));
    expect(written.format).toBe('signaalreis-cases/3');
    expect(written.cases.every((c: { record?: unknown }) => c.record !== undefined)).toBe(true);
  });

  it('takes a contact attempt recorded in the case file into the store, and history reads it', async () => {
    const file = json(join(dir, 'fb-0930', 'cases.json'));
    const table = lifecyclePreset('ddas');
    if (!table.ok) throw new Error('ddas');
    const i = file.cases.findIndex((c: { plan: unknown[] }) => c.plan.length > 0);
    const c = file.cases[i];
    const tried = recordAttempt(
      c.record as CaseRecord,
      { kind: 'Telefoon', reached: true, date: asIsoDate('2026-09-29'), partOfDay: 'Ochtend' },
      table.value,
      asIsoDate('2026-09-29'),
    );
    if (!tried.ok) throw new Error(tried.issues[0]?.message.en);
    c.record = tried.value;
    writeFileSync(join(dir, 'attempt.json'), JSON.stringify(file));
    const r = await feedback('2026-10-01', 'fb-1001', join(dir, 'attempt.json'));
    expect(r.code).toBe(0);
    const shown = await showJson(store, c.caseId);
    expect(shown.case.record.attempts).toEqual([
      expect.objectContaining({ kind: 'Telefoon', reached: true, date: '2026-09-29' }),
    ]);
    const text = (await runCliEn(['cases', 'show', c.caseId, '--store', store, '--municipality', M])).stdout;
    expect(text).toContain('attempt 2026-09-29 Ochtend Telefoon: reached');
    // the officer's view in Dutch: labels, not ids (seen: `eviction`, `phone door crisis`, `status closed`,
    // `- → picked-up  (create, system)`, `not-reached-or-no-help`)
    const nl = (await runCli(['cases', 'show', c.caseId, '--store', store, '--municipality', M])).stdout;
    expect(nl).toContain('poging 2026-09-29 Ochtend Telefoon: bereikt');
    expect(nl).toMatch(/ - → \S.* {2}\(dossier aangemaakt, systeem\)$/m);
    expect(nl).toMatch(
      /^Contactplan\n {2}(brief|kaartje|e-mail|sms|telefoon|huisbezoek) door (gemeente|wijkteam|jongerenwerker|crisisteam|callcenter)/m,
    );
    expect(nl).toMatch(/^ {2}status (Opgepakt|Afgesloten|Nog niet opgepakt|Contact gehad)/m);
    expect(nl).not.toMatch(
      /\b(picked-up|not-picked-up-yet|create|system|home-visit|neighbourhood-team|eviction|end-of-supply)\b/,
    );
    expect(nl).not.toMatch(
      / (early|phone|letter|email|nextAttempt|autoClose|firstConversation|crisisDeadline)\b/,
    );
    // next month's matching sees the household as reached
    const history = await withOpen(store, (s) => s.history(asMunicipalityCode(M), asIsoMonth('2026-10')));
    if (!history.ok) throw new Error('history');
    // the file is in the compact layout (a case a line, as run writes it): the ids from its signals
    const ids: string[] = c.signals.map((s: { signalId: string }) => s.signalId);
    const ofCase = history.value.filter((e) => ids.includes(e.signalId));
    expect(ofCase.length).toBe(ids.length);
    expect(ofCase.every((e) => e.reached === true)).toBe(true);
    expect(history.value.filter((e) => e.reached === true)).toHaveLength(ofCase.length);
  });

  it('keeps the stored record when the file rewrites its history (exit 1, no case id in the problem)', async () => {
    const file = json(join(dir, 'fb-1001', 'cases.json'));
    const c = file.cases.find((x: { record: CaseRecord }) => x.record.attempts.length > 0);
    c.record.attempts = [];
    writeFileSync(join(dir, 'rewrite.json'), JSON.stringify(file));
    const r = await feedback('2026-10-02', 'fb-1002', join(dir, 'rewrite.json'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('does not continue the stored record');
    expect(r.stderr).not.toContain(c.householdKey);
    expect((await showJson(store, c.caseId)).case.record.attempts).toHaveLength(1);
  });

  it('stores nothing when the output folder cannot be written (one transaction)', async () => {
    const before = await audit(store);
    const blocked = fixtureDir({ 'cases.json': 'not ours' });
    const r = await runCliEn([
      ...['feedback', '--at', '2026-10-30', '--store', store, '--municipality', M, '--month', '2026-09'],
      ...['--out', blocked],
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cases.json was not written by signaalreis');
    expect(await audit(store)).toEqual(before);
    const listed = await runCliEn([
      ...['cases', 'list', '--store', store, '--municipality', M, '--month', '2026-09'],
      ...['--format', 'json'],
    ]);
    const list = JSON.parse(listed.stdout) as { lifecycleStatus: string }[];
    // at 2026-10-30 the automatic closure would have closed the open cases: none is closed
    expect(list.filter((c) => c.lifecycleStatus === 'closed')).toEqual([]);
  });

  it('records the feedback sent once: the same run again adds none', async () => {
    const first = await feedback('2026-10-30', 'fb-1030', '--month', '2026-09');
    expect(first.code).toBe(0);
    const added = Number(/(\d+) new feedback row/.exec(first.stdout)?.[1]);
    expect(added).toBeGreaterThan(0);
    const again = await feedback('2026-10-30', 'fb-1030-again', '--month', '2026-09');
    expect(again.stdout).toContain('216 record(s), 0 new feedback row(s)');
    const id = json(join(dir, 'fb-1030', 'cases.json')).cases[0].caseId;
    const shown = await showJson(store, id);
    expect(shown.case.record.status).toBe('closed');
    expect(shown.feedback.length).toBeGreaterThan(0);
    expect(shown.feedback.every((f: { sentOn: string }) => f.sentOn <= '2026-10-30')).toBe(true);
  });

  it('lists the cases as an officer reads them: buckets and lifecycle statuses by their labels, Dutch by default', async () => {
    const at = ['--store', store, '--municipality', M, '--month', '2026-09'];
    const list = JSON.parse((await runCli(['cases', 'list', ...at, '--format', 'json'])).stdout) as {
      worklistBucket: string;
      lifecycleStatus: string | null;
    }[];
    // the labels from elsewhere: the preset's routing rules and the lifecycle table of the month
    const rules = okValue(municipalityPreset('type-medium')).routing.table.rules;
    const ddas = okValue(lifecyclePreset('ddas'));
    for (const lang of ['nl', 'en'] as const) {
      const bucketLabel = (id: string) =>
        rules.find((r) => r.then.bucket === id)?.then.label?.[lang] ??
        OUTCOME_TEXTS[id as keyof typeof OUTCOME_TEXTS]?.[lang];
      const statusLabel = (id: string | null) =>
        id === null ? '-' : ddas.statuses.find((x) => x.id === id)?.label[lang];
      const text = await (lang === 'nl' ? runCli : runCliEn)(['cases', 'list', ...at]);
      const rows = text.stdout
        .trimEnd()
        .split('\n')
        .slice(2)
        .map((l) => l.trim().split(/ {2,}/));
      expect(rows).toHaveLength(list.length);
      expect(rows.map((r) => r[2])).toEqual(list.map((c) => bucketLabel(c.worklistBucket)));
      expect(rows.map((r) => r[5])).toEqual(list.map((c) => statusLabel(c.lifecycleStatus)));
    }
    // something to name: more than one bucket, a label that is not its id, a record with a status
    expect(new Set(list.map((c) => c.worklistBucket)).size).toBeGreaterThan(2);
    expect(bucketIdShown(list, rules)).toBe(false);
    expect(list.some((c) => c.lifecycleStatus !== null)).toBe(true);
  });

  it('refuses what it cannot do, with a clear line', async () => {
    const noMonth = await runCliEn(['feedback', '--at', '2026-10-30', '--store', store, '--municipality', M]);
    expect(noMonth).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('needs --municipality <code> and --month'),
    });
    const notStored = await runCliEn([
      ...['feedback', '--at', '2026-12-30', '--store', store, '--municipality', M, '--month', '2026-11'],
    ]);
    expect(notStored.stderr).toBe('signaalreis: Month 2026-11 of municipality 0363 is not in the store\n');
    const noStore = await runCliEn(['feedback', '--at', '2026-10-30']);
    expect(noStore.stderr).toBe('signaalreis: feedback needs <cases> (a case file) or --store\n');
  });
});

describe('signaalreis purge', () => {
  let store: string;

  beforeAll(async () => {
    [store] = [await freshFolder()];
    const dir = fixtureDir({});
    const sep = await runCliEn([
      ...['run', 'examples/data/signals-2026-09.csv', '--month', '2026-09', '--preset', 'type-medium'],
      ...['--out', join(dir, 'sep'), '--store', store, '--municipality', M],
    ]);
    expect(sep.code).toBe(0);
    const fb = await runCliEn([
      ...['feedback', '--at', '2026-10-30', '--store', store, '--municipality', M, '--month', '2026-09'],
      ...['--out', join(dir, 'fb')],
    ]);
    expect(fb.code).toBe(0);
  });

  const purge = (...extra: string[]) =>
    runCliEn(['purge', '--store', store, '--municipality', M, '--preset', 'type-medium', ...extra]);

  it('removes exactly what the dry run lists, and audits it with counts only', async () => {
    const months = async () =>
      (await runCliEn(['cases', 'list', '--store', store, '--municipality', M])).stdout.split('\n').slice(1);
    const before = await months();
    // April 2027: September's signals not picked up are past 6 months; closed cases stay 18 months
    const dry = await purge('--date', '2027-04-01', '--dry-run', '--format', 'json');
    expect(dry.code).toBe(0);
    const listed = JSON.parse(dry.stdout);
    expect(listed.signals).toEqual([{ month: '2026-09', count: expect.any(Number) }]);
    expect(listed.cases).toEqual([]);
    expect(listed.retention).toMatchObject({ matchingMonths: 6, matchingMonthsIfPickedUp: 12 });
    expect(await months()).toEqual(before);
    const text = await purge('--date', '2027-04-01', '--dry-run');
    expect(text.stdout).toContain('(dry run)');
    expect(text.stdout).toContain(
      `Signals   ${listed.signals[0].count}: not picked up of months before 2026-10`,
    );
    const real = await purge('--date', '2027-04-01', '--format', 'json');
    expect({ ...JSON.parse(real.stdout), dryRun: true }).toEqual(listed);
    expect(await months()).not.toEqual(before);
    const again = JSON.parse((await purge('--date', '2027-04-01', '--dry-run', '--format', 'json')).stdout);
    expect(again.signals).toEqual([]);
    // 2028-06: everything closed on 2026-10-30 is past 18 months; the month goes with it
    const all = JSON.parse((await purge('--date', '2028-06-01', '--format', 'json')).stdout);
    expect(all.cases[0].caseIds).toHaveLength(216);
    expect(all.months).toEqual(['2026-09']);
    const trail = await audit(store);
    const purged = trail.filter((a) => a.action === 'purged');
    expect(purged).toHaveLength(2);
    expect(purged[1]?.details).toMatchObject({ cases: 216, months: ['2026-09'] });
    expect(JSON.stringify(trail)).not.toContain(all.cases[0].caseIds[0]);
    expect((await runCliEn(['cases', 'list', '--store', store, '--municipality', M])).stdout).toContain(
      'No months of municipality 0363',
    );
  });

  it('needs a municipality, a store and a real date', async () => {
    expect((await runCliEn(['purge', '--store', store])).stderr).toContain(
      'purge with a store needs --municipality',
    );
    expect((await runCliEn(['purge', '--municipality', M])).stderr).toBe(
      'signaalreis: purge needs --store <dir|url> (or SIGNAALREIS_STORE)\n',
    );
    const bad = await purge('--date', '2027-02-30');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Expected a real date written YYYY-MM-DD.');
  });
});
