// Issue 13: everything an officer reads from the command line is Dutch by default, English with
// `--lang en` (a global option of every command) or from the locale; commander's own help words and
// errors too. Machine-readable output keeps its English keys.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { fixtureDir, runCli } from './cli-test-kit';
import { langArg, localeLang } from './lang';
import { dutchCommanderError } from './messages/common';
import { buildProgram } from './program';

const MONTH = ['examples/data/signals-2026-10.csv', '--month', '2026-10', '--preset', 'type-medium'];

describe('the language of the command line', () => {
  it('follows the locale: LC_ALL, then LC_MESSAGES, then LANG; en… is English, anything else Dutch', () => {
    expect(localeLang({})).toBe('nl');
    expect(localeLang({ LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(localeLang({ LANG: 'nl_NL.UTF-8' })).toBe('nl');
    expect(localeLang({ LANG: 'C.UTF-8' })).toBe('nl');
    expect(localeLang({ LC_ALL: 'nl_NL.UTF-8', LANG: 'en_US.UTF-8' })).toBe('nl');
    expect(localeLang({ LC_ALL: '', LC_MESSAGES: 'en_US.UTF-8', LANG: 'nl_NL' })).toBe('en');
    expect(localeLang({ LANG: 'english' })).toBe('nl');
    expect(langArg(['run', '--lang', 'en'])).toEqual({ lang: 'en' });
    expect(langArg(['--lang=nl', 'run'])).toEqual({ lang: 'nl' });
    expect(langArg(['--', '--lang', 'en'])).toEqual({});
    expect(langArg(['--lang', 'de'])).toEqual({ bad: 'de' });
  });

  it('help is Dutch by default, commander words included; English with --lang en', async () => {
    const nl = await runCli(['--help']);
    expect(nl.stdout).toMatch(/^Gebruik: signaalreis \[opties\] \[opdracht\]/);
    expect(nl.stdout).toContain('Opties:');
    expect(nl.stdout).toContain('Opdrachten:');
    expect(nl.stdout).toContain('toon de hulp bij deze opdracht');
    expect(nl.stdout).not.toMatch(/Usage:|display help/);
    const run = await runCli(['run', '--help']);
    expect(run.stdout).toContain('De maandrun');
    expect(run.stdout).toMatch(/keuze uit: "rfc4180",\s+"excel-nl", standaard: "rfc4180"\)/);
    const en = await runCli(['run', '--help', '--lang', 'en']);
    expect(en.stdout).toMatch(/^Usage: signaalreis run \[options\]/);
    expect(en.stdout).toContain('The monthly run');
  });

  it("every command's help is Dutch, its option extras too where commander wraps the line before them", async () => {
    // `criteria --help` wrapped "(keuze uit: …, default: …)" before the word and left it English
    const io = {
      stdout: { write: () => true },
      stderr: { write: () => true },
      cwd: '.',
      today: '2026-11-02',
    };
    const paths = (c: Command, at: string[]): string[][] =>
      c.commands.flatMap((sub) => [[...at, sub.name()], ...paths(sub, [...at, sub.name()])]);
    const commands = paths(buildProgram(io as never), []);
    expect(commands.length).toBeGreaterThan(30);
    for (const path of commands) {
      const help = (await runCli([...path, '--help'])).stdout;
      expect(help, path.join(' ')).toMatch(/^Gebruik: signaalreis /);
      expect(help, path.join(' ')).not.toMatch(/^(Usage|Options|Commands|Arguments|Global Options):/m);
      expect(help, path.join(' ')).not.toMatch(/[(,]\s*(default|choices|env|preset):/);
    }
  });

  it("commander's errors are Dutch: unknown option and command, missing value, bad choice", async () => {
    const unknown = await runCli(['validate', 'x.csv', '--stirct']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe("signaalreis: onbekende optie '--stirct' (bedoeld: --strict?)\n");
    expect((await runCli(['valdate'])).stderr).toBe(
      "signaalreis: onbekende opdracht 'valdate' (bedoeld: validate?)\n",
    );
    expect((await runCli(['validate'])).stderr).toBe("signaalreis: het argument 'file' ontbreekt\n");
    expect((await runCli(['run', ...MONTH.slice(0, 1)])).stderr).toBe(
      "signaalreis: de optie '--month <month>' is verplicht\n",
    );
    expect((await runCli(['validate', 'x.csv', '--format', 'xml'])).stderr).toBe(
      "signaalreis: de waarde 'xml' van de optie '--format <format>' klopt niet. Mogelijk zijn: text, json.\n",
    );
    expect((await runCli(['validate', 'x.csv', '--today', '2026-02-30'])).stderr).toBe(
      "signaalreis: de waarde '2026-02-30' van de optie '--today <date>' klopt niet. Verwacht een echte datum, geschreven als JJJJ-MM-DD.\n",
    );
    const en = await runCli(['validate', 'x.csv', '--stirct', '--lang', 'en']);
    expect(en.stderr).toBe("signaalreis: unknown option '--stirct' (Did you mean --strict?)\n");
    // a message commander does not have is left as it is
    expect(dutchCommanderError('error: something new')).toBe('something new');
  });

  it('--lang with another value is a clear Dutch error (exit 2), before anything runs', async () => {
    const r = await runCli(['validate', 'examples/data/signals-2026-10.csv', '--lang', 'de']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('signaalreis: --lang kent alleen nl (Nederlands) en en (English), niet "de"\n');
  });

  it('every command accepts --lang, before or after its name; CliIo.lang (the locale) is the default', async () => {
    const args = ['validate', 'examples/data/signals-2026-10.csv'];
    expect((await runCli(args)).stdout).toContain('\nRijen\n');
    expect((await runCli(['--lang', 'en', ...args])).stdout).toContain('\nRows\n');
    expect((await runCli([...args, '--lang=en'])).stdout).toContain('\nRows\n');
    expect((await runCli(args, { lang: 'en' })).stdout).toContain('\nRows\n');
    expect((await runCli([...args, '--lang', 'nl'], { lang: 'en' })).stdout).toContain('\nRijen\n');
    expect((await runCli(['preset', 'list', '--lang', 'en'])).code).toBe(0);
    const cases = ['cases', 'list', '--municipality', '0363'];
    expect((await runCli([...cases, '--lang', 'en'])).stderr).toContain('cases list needs --store');
    expect((await runCli(cases)).stderr).toContain('cases list heeft --store <map|url> nodig');
    expect((await runCli(['cases', 'list'])).stderr).toContain(
      'cases list met een opslag heeft --municipality',
    );
  });

  it('run: the summary, the worklist and capacity headers in Dutch; with --lang en English, CSV keys as before', async () => {
    const dir = fixtureDir({});
    const nl = await runCli(['run', ...MONTH, '--out', join(dir, 'nl'), '--xlsx']);
    expect(nl.code).toBe(0);
    expect(nl.stdout).toMatch(
      /^signaalreis run — 2026-10, preset type-medium → national-baseline, besloten op/,
    );
    expect(nl.stdout).toContain('Eerste kanaal en team');
    expect(nl.stdout).toContain('Capaciteit (zaken deze maand)');
    const list = readdirSync(join(dir, 'nl')).find((n) => n.startsWith('worklist-')) as string;
    const head = (folder: string, name: string) =>
      readFileSync(join(dir, folder, name), 'utf8').split('\n')[0];
    expect(head('nl', list)).toBe(
      'Casus,Prioriteit,Bakje,Uiterlijk,Termijn,Team,Kanaal,Stap,Pogingen,Dagen tussen pogingen,Dagdelen,Namen,Adres,Woonplaats,Telefoon,E-mail,Signalen,Totaalbedrag,Toelichting',
    );
    expect(head('nl', 'capacity.csv')).toBe(
      'Kanaal,Team,Capaciteit per maand,Gebruikt,Beschikbaar,Overloop in,Overloop uit,Niet geplaatst',
    );
    expect(readFileSync(join(dir, 'nl', list), 'utf8')).toMatch(/,\d van \d,/);
    const en = await runCli(['run', ...MONTH, '--out', join(dir, 'en'), '--lang', 'en']);
    expect(en.stdout).toMatch(
      /^signaalreis run — 2026-10, preset type-medium → national-baseline, decided on/,
    );
    expect(head('en', list)).toMatch(/^case_id,priority,bucket,deadline,deadline_note,team,channel,step,/);
    expect(head('en', 'capacity.csv')).toBe(
      'channel,team,per_month,used,available,overflowed_in,overflowed_out,unplaced',
    );
    // cases.json keeps its English keys in both languages
    const keys = (folder: string) =>
      Object.keys(JSON.parse(readFileSync(join(dir, folder, 'cases.json'), 'utf8')).cases[0]).sort();
    expect(keys('nl')).toEqual(keys('en'));
  });

  it('match --out cases.csv: the case list headers and its yes/no in the language', async () => {
    const dir = fixtureDir({});
    await runCli(['match', ...MONTH, '--out', join(dir, 'nl.csv')]);
    await runCli(['match', ...MONTH, '--out', join(dir, 'en.csv'), '--lang', 'en']);
    const nl = readFileSync(join(dir, 'nl.csv'), 'utf8');
    const en = readFileSync(join(dir, 'en.csv'), 'utf8');
    expect(nl.split('\n')[0]).toBe(
      'Casus,Volgorde,Huishouden,Signaalstatus (DDAS),Uitkomst intake,Samenloop,Partners,Signaal-ID’s,Totaalbedrag,Recidivemaanden,Uiterste datum crisis,Toelichting',
    );
    expect(en.split('\n')[0]).toMatch(/^case_id,rank,household_key,signal_status,/);
    expect(nl).toMatch(/,(ja|nee),/);
    expect(en).toMatch(/,(yes|no),/);
  });

  it('validate and match name sectors, kinds, reasons and buckets in words, not by id (the codes kept after the words)', async () => {
    // seen: `rent 46`, `arrear_after_signal 1 rij 117`, `picked-up 185` in Dutch output
    const excel = ['validate', 'examples/data/signals-2026-10-excel.csv'];
    const nl = (await runCli(excel)).stdout;
    for (const id of [
      /^ {2}(rent|energy|water|health)\b/m,
      /^ {2}(early|end-of-supply|eviction)\b/m,
      / rent {2,}Woon/,
    ])
      expect(nl).not.toMatch(id);
    expect(nl).toMatch(/^ {2}huur +46 +19\.0%$/m);
    expect(nl).toMatch(/^ {2}eindelevering +15 /m);
    expect(nl).toMatch(/^ {2}achterstand na signaaldatum \(arrear_after_signal\) +1 +rij 117$/m);
    expect(nl).toMatch(/^ {2}WO-WGV +14 +huur +Woongoed Voorbeeldstad$/m);
    expect(nl).not.toMatch(/^ {2}[a-z_]+ +\d+ +rij/m); // every code with its words
    const en = (await runCli([...excel, '--lang', 'en'])).stdout;
    expect(en).toMatch(/^ {2}arrear after signal date \(arrear_after_signal\) +1 +row 117$/m);
    expect(en).toMatch(/^ {2}rent +46 /m);
    const match = (await runCli(['match', ...MONTH])).stdout;
    expect(match).toMatch(/^ {2}opgepakt +185$/m);
    expect(match).toMatch(/^ {2}crisisbakje +3$/m);
    expect(match).not.toMatch(/picked-up|manual-review/);
    const aside = await runCli(['match', 'examples/data/signals-2026-09.csv', ...MONTH.slice(1)]);
    expect(aside.stdout).toMatch(/Apart gezet +244 +signaal niet in deze maand$/m);
    const matchEn = (await runCli(['match', ...MONTH, '--lang', 'en'])).stdout;
    expect(matchEn).toMatch(/^ {2}picked up +185$/m);
  });
});
