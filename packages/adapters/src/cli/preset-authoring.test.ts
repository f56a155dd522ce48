// `signaalreis preset validate | test` for a preset an officer writes (issue 13): problems of a
// folder (two files with one id, a parent that is not JSON), a parent's problem named by its
// file, warnings, and inherited tests that no longer apply.
import { describe, expect, it } from 'vitest';
import { fixtureDir, runCli } from './cli-test-kit';

const town = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    id: 'my-town',
    extends: 'my-base',
    label: { nl: 'Mijn gemeente', en: 'My town' },
    ...over,
  });
const base = (over: Record<string, unknown> = {}) =>
  JSON.stringify(
    { id: 'my-base', extends: 'type-small', label: { nl: 'Basis', en: 'Base' }, ...over },
    null,
    2,
  );

describe('signaalreis preset validate: mistakes across files', () => {
  it('two files in the folder with the id the chain uses: an error naming both', async () => {
    const dir = fixtureDir({ 'town.json': town(), 'base.json': base(), 'base-copy.json': base() });
    const r = await runCli(['preset', 'validate', 'town.json'], { cwd: dir, lang: 'nl' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'extends: Meer dan één bestand in de map heeft id "my-base": "base-copy.json", "base.json". Geef elk bestand een eigen id [duplicate_preset_id]',
    );
  });

  it('a parent that is not JSON is named with its line and column', async () => {
    const dir = fixtureDir({
      'town.json': town(),
      'base.json': '{\n  "id": "my-base",\n  "extends": "type-small",,\n}\n',
    });
    const r = await runCli(['preset', 'validate', 'town.json'], { cwd: dir, lang: 'nl' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/let op: .*base\.json:3:27: /);
  });

  it('a problem in the parent file is reported as that file’s, at its own path', async () => {
    const dir = fixtureDir({
      'town.json': town(),
      'base.json': base({ routing: { capacity: [{ channel: 'home-visit', perMonth: -1, source: 'x' }] } }),
    });
    const r = await runCli(['preset', 'validate', 'town.json'], { cwd: dir, lang: 'nl' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^ {2}base\.json: routing\.capacity\.0\.perMonth: in my-base: /m);
  });

  it('a window of 30–200 days validates with a warning; a misspelled parameter is an error with "bedoelt u"', async () => {
    const windows = { default: [{ from: '2000-01-01', minAgeDays: 30, maxAgeDays: 200, source: 'x' }] };
    const dir = fixtureDir({
      'wide.json': town({ extends: 'type-small', matching: { windows } }),
      'typo.json': town({
        id: 'typo',
        extends: 'type-small',
        routing: {
          table: { parameters: { visitAboev: [{ from: '2021-01-01', value: 60000, source: 'x' }] } },
        },
      }),
    });
    const wide = await runCli(['preset', 'validate', 'wide.json'], { cwd: dir, lang: 'nl' });
    expect(wide.code).toBe(0);
    expect(wide.stdout).toMatch(
      /matching\.windows\.default\.0 \(regel 1\): Venster \(2000-01-01\) van 30–200 dagen valt buiten/,
    );
    const typo = await runCli(['preset', 'validate', 'typo.json'], { cwd: dir, lang: 'nl' });
    expect(typo.code).toBe(1);
    expect(typo.stdout).toMatch(
      /routing\.table\.parameters\.visitAboev \(regel 1\): .* — bedoelt u visitAbove\? \[unused_parameter\]/,
    );
  });
});

describe('signaalreis preset test: inherited tests', () => {
  it('a copy whose own change breaks an inherited test: "n.v.t." with the reason, exit 0', async () => {
    const visitAbove = [{ from: '2026-04-01', value: 60000, source: 'council decision 2026-03' }];
    const dir = fixtureDir({
      'my-town.json': town({ extends: 'type-small', routing: { table: { parameters: { visitAbove } } } }),
    });
    const r = await runCli(['preset', 'test', 'my-town.json'], { cwd: dir, lang: 'nl' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^n\.v\.t\. {2}bedragbanden: onder €250 e-mail/m);
    expect(r.stdout).toContain('overgenomen test van type-small, geldt niet meer');
    expect(r.stdout).toMatch(/^3 geslaagd, 0 mislukt\n1 overgenomen test geldt niet meer/m);
    // each case by its Dutch label, its source as explanations cite it
    expect(r.stdout).toContain(
      'goed  een match van huur en energie krijgt een huisbezoek  (Divosa/NVVK/VNG, De signaalreis (2023), bijlage, gemeente 6 (huisbezoek bij alle matches))',
    );
    const en = await runCli(['preset', 'test', 'my-town.json', '--lang', 'en'], { cwd: dir, lang: 'nl' });
    expect(en.stdout).toMatch(/^n\/a {2}amount bands: below €250 e-mail/m);
    expect(en.stdout).toContain(
      'pass  a match of rent and energy gets a home visit  (Divosa/NVVK/VNG, De signaalreis (2023), annex, municipality 6 (home visit for all matches))',
    );
  });

  it('a case without a label is printed by its name', async () => {
    const only = {
      name: 'my own case',
      signals: [],
      expect: { cases: [] },
    };
    const dir = fixtureDir({ 'my-town.json': town({ extends: 'type-small', tests: [only] }) });
    const r = await runCli(['preset', 'test', 'my-town.json'], { cwd: dir, lang: 'nl' });
    expect(r.stdout).toMatch(/^\S+ {2}my own case$/m);
  });
});

describe('presets that expect lookups (issue 13)', () => {
  const csv = 'examples/data/signals-2026-10.csv';
  it('run practice-2 without --register warns first, on stderr, with what to pass; with it, no warning', async () => {
    const out = fixtureDir({});
    const r = await runCli(['run', csv, '--month', '2026-10', '--preset', 'practice-2', '--out', out], {
      lang: 'nl',
    });
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe(
      'signaalreis: Let op: practice-2 controleert de basisregistratie personen (BRP), maar het bestand ontbreekt: zonder uittreksel gaan de casussen naar handmatige beoordeling. Geef --register <bestand.csv>',
    );
    const given = await runCli(
      [
        'run',
        csv,
        '--month',
        '2026-10',
        '--preset',
        'practice-4',
        '--register',
        'examples/data/brp-2026-10.csv',
        '--debt-assistance',
        'examples/data/shv-2026-10.csv',
        '--out',
        fixtureDir({}),
      ],
      { lang: 'nl' },
    );
    expect(given.stderr).not.toMatch(/Let op/);
  });

  it('compare warns for the --against preset too', async () => {
    const r = await runCli(
      ['compare', csv, '--month', '2026-10', '--preset', 'type-small', '--against', 'practice-4'],
      {
        lang: 'nl',
      },
    );
    expect(r.stderr).toMatch(
      /^signaalreis: Let op: practice-4 controleert de basisregistratie personen \(BRP\) en of inwoners al bekend zijn bij schuldhulpverlening/m,
    );
  });

  it('preset show says so at the top', async () => {
    const r = await runCli(['preset', 'show', 'practice-2'], { lang: 'nl' });
    expect(r.stdout.split('\n')[1]).toMatch(
      /^Verwacht bij elke maand: een uittreksel van de basisregistratie personen \(BRP, --register\)/,
    );
    expect((await runCli(['preset', 'show', 'type-small'], { lang: 'nl' })).stdout.split('\n')[1]).toBe(
      'soort: kleine gemeente',
    );
  });
});

describe('preset show of a copy (issue 13)', () => {
  it('shows labels with the copy’s amounts, parameters in euros, and marks the inherited description', async () => {
    const visitAbove = [{ from: '2026-04-01', value: 60000, source: 'council decision 2026-03' }];
    const dir = fixtureDir({
      'my-town.json': town({ extends: 'type-small', routing: { table: { parameters: { visitAbove } } } }),
    });
    const r = await runCli(['preset', 'show', 'my-town.json'], { cwd: dir, lang: 'nl' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  visit: Match of boven € 600: huisbezoek → Huisbezoek');
    // the rules' labels and parameters (indented) name the copy's amount; the description above them
    // is type-small's own words, marked as inherited below
    const settings = r.stdout.split('\n').filter((line) => line.startsWith('  '));
    expect(settings.filter((line) => line.includes('€ 500'))).toEqual([]);
    expect(r.stdout).toContain('  parameter visitAbove: € 600,00 vanaf 2026-04-01');
    expect(r.stdout).toContain('(beschrijving van type-small; deze kopie heeft geen eigen "description")');
  });

  it('shows the description in the officer’s language: Dutch by default, English on request', async () => {
    const nl = await runCli(['preset', 'show', 'type-small'], { lang: 'nl' });
    const en = await runCli(['preset', 'show', 'type-small', '--lang', 'en'], { lang: 'nl' });
    expect([nl.code, en.code]).toEqual([0, 0]);
    expect(nl.stdout).toContain('\nNaar gemeente 3 van de vastgelegde praktijken (80–100 signalen per maand');
    expect(nl.stdout).not.toContain('After municipality 3');
    expect(en.stdout).toContain('\nAfter municipality 3 of the recorded practices (80–100 signals a month');
    expect(en.stdout).not.toContain('Naar gemeente 3');
  });

  it('shows a description written as one text as written, in either language', async () => {
    const dir = fixtureDir({
      'my-town.json': town({ extends: 'type-small', description: 'Onze eigen verdeling.' }),
    });
    for (const lang of ['nl', 'en'] as const) {
      const r = await runCli(['preset', 'show', 'my-town.json', '--lang', lang], { cwd: dir, lang: 'nl' });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('\nOnze eigen verdeling.\n');
    }
  });

  it('refuses a description with one language missing, naming the form it takes', async () => {
    const dir = fixtureDir({
      'my-town.json': JSON.stringify({
        id: 'my-town',
        label: { nl: 'Mijn gemeente', en: 'My town' },
        description: { en: 'Our routing.' },
      }),
    });
    const r = await runCli(['preset', 'validate', 'my-town.json'], { cwd: dir, lang: 'nl' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'description (regel 1): Verwacht een beschrijving: { "nl": …, "en": … } met beide teksten ingevuld, of één tekst',
    );
  });
});
