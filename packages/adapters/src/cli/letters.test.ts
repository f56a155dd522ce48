// `signaalreis letters` end to end in-process (issue 15): the example month run into a folder, its
// letters made from that folder (Dutch by default), the attempts imported with `signaalreis
// feedback` and counted by the report; from the store with the attempts recorded once; and every
// refusal one line with exit code 2.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { historyFromCaseFile, readCaseFile } from '../cases/case-file';
import { freshFolder } from '../store/test-support/backends';
import { fixtureDir, HEADER, runCli, runCliEn } from './cli-test-kit';
import { historyIndexBeside } from './history-index-file';

const dir = fixtureDir({});
const RUN = join(dir, '2026-10');
const SIGNALS = 'examples/data/signals-2026-10.csv';
const PRESET = 'examples/presets/voorbeeldstad.json';
const base = ['--month', '2026-10', '--signals', SIGNALS, '--preset', PRESET, '--at', '2026-11-02'];
type Manifest = {
  counts: Record<string, Record<string, number>>;
  items: { caseId: string; channel: string; file: string; attempt: string }[];
  skippedCases: { caseId: string; reason: string }[];
};
const manifest = (out: string) => JSON.parse(readFileSync(join(out, 'letters.json'), 'utf8')) as Manifest;
const kindCount = (report: string, kind: string) =>
  (
    JSON.parse(readFileSync(join(report, 'report.json'), 'utf8')).contact.byKind as {
      kind: string;
      attempts: number;
    }[]
  ).find((k) => k.kind === kind)?.attempts;

beforeAll(async () => {
  const r = await runCli([
    'run',
    SIGNALS,
    '--month',
    '2026-10',
    '--preset',
    'type-medium',
    '--municipality',
    '0363',
    '--out',
    RUN,
  ]);
  expect(r.code, r.stderr).toBe(0);
}, 120_000);

describe('signaalreis letters from a run folder', () => {
  it('makes letters, cards and e-mails, says so in Dutch, and writes the attempts for signaalreis feedback', async () => {
    const out = join(dir, 'letters');
    const r = await runCli(['letters', RUN, ...base, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /^Brieven, kaarten, e-mails en sms’en van 2026-10 op 2026-11-02: \d+ zaak\/zaken bekeken\./,
    );
    expect(r.stdout).toContain(`signaalreis feedback ${join(out, 'cases.json')} --at 2026-11-02`);
    const m = manifest(out);
    const letters = m.items.filter((x) => x.channel === 'letter');
    expect(letters.length).toBeGreaterThan(10);
    expect(r.stdout).toContain(`  brief: ${letters.length} (`);
    for (const x of m.items) expect(existsSync(join(out, x.file)), x.file).toBe(true);
    expect(existsSync(join(out, 'print-letters.pdf'))).toBe(true);
    // the summary names the files the folder holds, and no other (it named sms.csv, which this
    // preset's month does not write: found by trying it)
    const listed = /^Geschreven in [^:]+: (.*)\.$/m.exec(r.stdout)?.[1] ?? '';
    for (const name of ['print-letters.pdf', 'print-cards.pdf', 'sms.csv', 'skipped.csv', 'letters.json'])
      expect(listed.includes(name), name).toBe(existsSync(join(out, name)));
    expect(listed).toContain(`${m.items.length} PDF's en .eml's`);
    // nothing dropped: every case has an output or a reason
    const seen = new Set([...m.items.map((x) => x.caseId), ...m.skippedCases.map((s) => s.caseId)]);
    const looked = Number(/: (\d+) zaak\/zaken bekeken/.exec(r.stdout)?.[1]);
    expect(looked).toBeGreaterThan(100);
    expect(seen.size).toBe(looked);
    // no personal data on the terminal
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/@example|\+31|Huisnummer/);
    // the case file with the attempts has its history index beside it (issue 14): what the case
    // file gives as history, an unreached attempt's `reached: false` included
    const fromCases = readCaseFile(JSON.parse(readFileSync(join(out, 'cases.json'), 'utf8')));
    if (!fromCases.ok) throw new Error('case file');
    const indexed = historyIndexBeside(join(out, 'cases.json'));
    expect(indexed).toStrictEqual({ month: '2026-10', entries: historyFromCaseFile(fromCases.value) });
    expect(indexed?.entries.some((e) => e.reached === false)).toBe(true);
    // written back in the run's compact format: each case as the run wrote it, plus its record
    const runLines = readFileSync(join(RUN, 'cases.json'), 'utf8').split('\n');
    const ownLines = readFileSync(join(out, 'cases.json'), 'utf8').split('\n');
    expect(ownLines[1]).toBe('  "format": "signaalreis-cases/3",');
    expect(ownLines.length).toBe(runLines.length);
    const withoutRecord = ownLines.map((line) => {
      if (!line.startsWith('{"caseId"')) return line;
      const { record: _, ...c } = JSON.parse(line.replace(/,$/, '')) as Record<string, unknown>;
      return JSON.stringify(c) + (line.endsWith(',') ? ',' : '');
    });
    expect(withoutRecord).toEqual(runLines);

    // the officer imports the attempts; the report then counts the letters as Brief attempts
    const fb = await runCli([
      'feedback',
      join(out, 'cases.json'),
      '--at',
      '2026-11-02',
      '--out',
      join(dir, 'fb'),
    ]);
    expect(fb.code, fb.stderr).toBe(0);
    const report = join(dir, 'report');
    const rep = await runCli([
      'report',
      join(dir, 'fb', 'cases.json'),
      '--month',
      '2026-10',
      '--months',
      '1',
      '--at',
      '2026-11-02',
      '--out',
      report,
    ]);
    expect(rep.code, rep.stderr).toBe(0);
    expect(kindCount(report, 'Brief')).toBe(letters.length);
    expect(kindCount(report, 'Mail')).toBe(m.items.filter((x) => x.channel === 'email').length);

    // made again from the imported file on the same day: the same output, no attempt twice
    const again = await runCli(['letters', join(dir, 'fb'), ...base, '--out', join(dir, 'again')]);
    expect(again.code, again.stderr).toBe(0);
    const m2 = manifest(join(dir, 'again'));
    expect(m2.counts).toEqual(m.counts);
    expect(new Set(m2.items.map((x) => x.attempt))).toEqual(new Set(['recorded-before']));
    expect(existsSync(join(dir, 'again', 'cases.json'))).toBe(false);
  }, 120_000);

  it('warns when none of the month’s signals is in the signal files (another month’s file given)', async () => {
    // found by trying it: September's file for October's cases skipped all 138 letters as "no full
    // address" and exited 0 without a word about the file
    const out = join(dir, 'letters-wrong-month');
    const args = [...base.slice(0, 2), '--signals', 'examples/data/signals-2026-09.csv', ...base.slice(4)];
    const r = await runCli(['letters', RUN, ...args, '--dry-run', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      'signaalreis: Let op: geen van de signalen van de zaken van 2026-10 staat in de signaalbestanden (examples/data/signals-2026-09.csv): zonder hun adres en contactgegevens wordt elke zaak overgeslagen. Geef het signaalbestand van 2026-10.',
    );
    const right = await runCli(['letters', RUN, ...base, '--dry-run', '--out', out]);
    expect(right.stderr).not.toContain('geen van de signalen');
  });

  it('speaks English with --lang en, and --dry-run writes nothing', async () => {
    const out = join(dir, 'dry');
    const r = await runCliEn(['letters', join(RUN, 'cases.json'), ...base, '--out', out, '--dry-run']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Letters, cards, e-mails and SMS of 2026-10 on 2026-11-02/);
    expect(r.stdout).toContain('Dry run (--dry-run): nothing written and nothing recorded.');
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('copies the default templates to edit; an edited one with an unknown variable is refused with its file and line', async () => {
    const templates = join(dir, 'sjablonen');
    const t = await runCli(['letters', 'templates', '--out', templates]);
    expect(t.code, t.stderr).toBe(0);
    expect(readdirSync(templates).filter((f) => f.endsWith('.hbs'))).toHaveLength(20);
    writeFileSync(
      join(templates, 'card-single.hbs'),
      'Beste {{resident.name}},\n\nU heeft een schuld van {{amount}}.\n',
    );
    const r = await runCli(['letters', RUN, ...base, '--templates', templates, '--out', join(dir, 'bad')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'signaalreis: card-single.hbs (regel 3): {{amount}} mag hier niet. Een kaart, een sms en het onderwerp van een e-mail kunnen anderen lezen: noem daarin geen schuldeiser en geen bedrag.\n',
    );
    expect(existsSync(join(dir, 'bad'))).toBe(false);
  }, 60_000);
});

describe('signaalreis letters from the store', () => {
  it('records each output as a contact attempt in the store, once', async () => {
    const store = await freshFolder();
    const run = await runCli([
      'run',
      SIGNALS,
      '--month',
      '2026-10',
      '--preset',
      'type-medium',
      '--municipality',
      '0363',
      '--store',
      store,
      '--out',
      join(dir, 'stored'),
    ]);
    expect(run.code, run.stderr).toBe(0);
    const args = ['letters', '--store', store, '--municipality', '0363', ...base];
    const first = await runCli([...args, '--out', join(dir, 'store-letters')]);
    expect(first.code, first.stderr).toBe(0);
    const n = manifest(join(dir, 'store-letters')).items.length;
    expect(first.stdout).toContain(`Contactpogingen vastgelegd in de opslag: ${n} nieuw, 0 stond(en) er al`);
    const second = await runCli([...args, '--out', join(dir, 'store-letters-2')]);
    expect(second.stdout).toContain(`Contactpogingen vastgelegd in de opslag: 0 nieuw, ${n} stond(en) er al`);
    const report = join(dir, 'store-report');
    const rep = await runCli([
      'report',
      '--store',
      store,
      '--municipality',
      '0363',
      '--month',
      '2026-10',
      '--months',
      '1',
      '--at',
      '2026-11-02',
      '--out',
      report,
    ]);
    expect(rep.code, rep.stderr).toBe(0);
    const m = manifest(join(dir, 'store-letters'));
    expect(kindCount(report, 'Brief')).toBe(m.items.filter((x) => x.channel === 'letter').length);
    expect(kindCount(report, 'Kaartje')).toBe(m.items.filter((x) => x.channel === 'card').length);
  }, 180_000);
});

describe('signaalreis letters refuses bad input (exit 2, one line)', () => {
  const refused = async (args: string[], lang: 'nl' | 'en' = 'nl') => {
    const r = await (lang === 'en' ? runCliEn : runCli)(args);
    expect(r.code, r.stdout).toBe(2);
    return r.stderr;
  };

  it('a folder that does not exist, a bad or another month, no month', async () => {
    expect(await refused(['letters', join(dir, 'nothing'), ...base], 'en')).toBe(
      `signaalreis: ${join(dir, 'nothing')} does not exist. Give a run folder or a cases.json.\n`,
    );
    expect(await refused(['letters', RUN, ...base.slice(2), '--month', '2026-13'])).toMatch(/--month/);
    expect(await refused(['letters', RUN, ...base.slice(2), '--month', '2026-09'], 'en')).toBe(
      `signaalreis: ${join(RUN, 'cases.json')} is of month 2026-10, not 2026-09.\n`,
    );
    expect(await refused(['letters', RUN, '--signals', SIGNALS], 'en')).toBe(
      'signaalreis: Give the month with --month YYYY-MM.\n',
    );
  });

  it('--addresses: a street file is read (exit 0); a bad one is refused with its line, no street shown', async () => {
    const good = fixtureDir({
      'bag.csv': 'postcode,house_number,street,city\n7411AB,12,Kerkstraat,Voorbeeldstad\n',
    });
    const out = join(dir, 'letters-bag');
    const r = await runCli(['letters', RUN, ...base, '--addresses', join(good, 'bag.csv'), '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const bad = fixtureDir({
      'bag.csv': 'postcode,house_number,street\n7411AB,12,Geheimstraat\n7411AB,12,Andere\n',
    });
    const message = await refused(['letters', RUN, ...base, '--addresses', join(bad, 'bag.csv')]);
    expect(message).toMatch(/bag\.csv/);
    expect(message).not.toMatch(/Geheimstraat|Andere/);
    expect(await refused(['letters', RUN, ...base, '--addresses', join(bad, 'missing.csv')])).toMatch(
      /missing\.csv/,
    );
  });

  it('a folder without cases.json, a file that is not a case file', async () => {
    const empty = fixtureDir({ 'cases.json': '{"format":"x"}' });
    expect(await refused(['letters', fixtureDir({}), ...base])).toMatch(/cases\.json/);
    expect(await refused(['letters', empty, ...base])).toMatch(/cases\.json/);
  });

  it('a preset without a contact block, a template folder that does not exist, a broken template', async () => {
    expect(
      await refused(['letters', RUN, '--month', '2026-10', '--signals', SIGNALS, '--at', '2026-11-02'], 'en'),
    ).toBe(
      'signaalreis: The preset type-medium has no "contact" block with the municipality\'s details. Add one (see docs/letters.md) and give the preset with --preset.\n',
    );
    expect(await refused(['letters', RUN, ...base, '--templates', join(dir, 'none')], 'en')).toBe(
      `signaalreis: The template folder ${join(dir, 'none')} does not exist or is not a folder.\n`,
    );
    const broken = join(dir, 'broken');
    expect((await runCli(['letters', 'templates', '--out', broken])).code).toBe(0);
    writeFileSync(join(broken, 'sms-crisis.hbs'), 'Bel {{#if municipality.phone}}{{municipality.phone}}');
    writeFileSync(join(broken, 'letter-single.hbs'), 'Beste {{bewoner.naam}},');
    const stderr = await refused(['letters', RUN, ...base, '--templates', broken]);
    expect(stderr).toContain(
      'signaalreis: letter-single.hbs (regel 1): onbekende variabele {{bewoner.naam}}',
    );
    expect(stderr).toContain('signaalreis: sms-crisis.hbs (regel 1): de opmaak klopt niet');
    expect(stderr).toMatch(/hebben 2 probleem\/problemen \(zie hierboven\); er is niets gemaakt\.\n$/);
  });

  it('both a folder and a store; a store without municipality; a date before the delivery day', async () => {
    expect(await refused(['letters', RUN, ...base, '--store', join(dir, 'x')], 'en')).toMatch(/not both/);
    expect(await refused(['letters', ...base, '--store', join(dir, 'x')], 'en')).toMatch(/--municipality/);
    expect(await refused(['letters', RUN, ...base, '--at', '2026-10-01'], 'en')).toBe(
      'signaalreis: The date 2026-10-01 is before the delivery day of 2026-10 (2026-10-26).\n',
    );
  });
});

describe('signaalreis letters on an empty month', () => {
  it('makes nothing, writes the summary files, and exits 0', async () => {
    // a month without signals, as run writes it (the case file is never written by hand here)
    const empty = fixtureDir({ 'signals.csv': `${HEADER.join(',')}\n` });
    const folder = join(empty, 'run');
    const run = await runCli([
      'run',
      join(empty, 'signals.csv'),
      '--month',
      '2026-10',
      '--preset',
      'type-medium',
      '--out',
      folder,
    ]);
    expect(run.code, run.stderr).toBe(0);
    const out = join(dir, 'empty-letters');
    const r = await runCli(['letters', folder, ...base, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('0 zaak/zaken bekeken');
    expect(manifest(out).items).toEqual([]);
    expect(readFileSync(join(out, 'skipped.csv'), 'utf8')).toBe('Casus,Kanaal,Reden,Toelichting\n');
  }, 60_000);
});
