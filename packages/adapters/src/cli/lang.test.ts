// The command line picks every text that exists in Dutch and English through one place (lang.ts):
// `--lang`, else `CliIo.lang` (the locale), else Dutch (issue 13: Dutch by default).
import { describe, expect, it } from 'vitest';
import { csvText, fixtureDir, row, runCli } from './cli-test-kit';
import { cliLang, DEFAULT_CLI_LANG, dutch, issueText, say } from './lang';

describe('the language of the command line', () => {
  it('is Dutch unless CliIo.lang says otherwise, and picks that half of a bilingual text', () => {
    expect(DEFAULT_CLI_LANG).toBe('nl');
    expect(cliLang({})).toBe('nl');
    expect(cliLang({ lang: 'en' })).toBe('en');
    const text = { nl: 'Rij afgekeurd', en: 'Row rejected' };
    expect(say('nl', text)).toBe('Rij afgekeurd');
    expect(say('en', text)).toBe('Row rejected');
    expect(issueText('nl', { message: text })).toBe('Rij afgekeurd');
    // files for officers and the labels of preset list/show stay Dutch in either language
    expect(dutch(text)).toBe('Rij afgekeurd');
  });

  it('validate: the messages of rejected rows follow CliIo.lang; the report itself does not change', async () => {
    const dir = fixtureDir({ 'signals.csv': csvText([row(), row({ signal_id: 'S-2', bsn: '123456789' })]) });
    const args = ['validate', 'signals.csv', '--format', 'json'];
    const en = JSON.parse((await runCli([...args, '--lang', 'en'], { cwd: dir })).stdout);
    const nl = JSON.parse((await runCli(args, { cwd: dir })).stdout);
    expect(en.rejected).toHaveLength(1);
    expect(nl.rejected.map((r: { code: string }) => r.code)).toEqual(
      en.rejected.map((r: { code: string }) => r.code),
    );
    expect(nl.rejected[0].message).not.toBe(en.rejected[0].message);
    expect(en.rejected[0].message).toMatch(/BSN/);
    expect(nl.rejected[0].message).toMatch(/BSN/);
    const { rejected: _en, ...restEn } = en;
    const { rejected: _nl, ...restNl } = nl;
    expect(restNl).toEqual(restEn);
  });

  it('feedback: a case problem is printed in the language of CliIo.lang', async () => {
    const file = {
      month: '2026-10',
      cases: [
        {
          caseId: '2026-10-0001',
          signalStatus: 'Kwijt',
          signals: [{ signalId: 'S', partnerId: 'P', sector: 'rent' }],
        },
      ],
    };
    const dir = fixtureDir({ 'cases.json': JSON.stringify(file) });
    const args = ['feedback', 'cases.json', '--at', '2026-10-26'];
    const en = await runCli([...args, '--out', 'en'], { cwd: dir, lang: 'en' });
    const nl = await runCli([...args, '--out', 'nl'], { cwd: dir });
    expect(en.code).toBe(1);
    expect(nl.code).toBe(1);
    expect(en.stderr).toBe('signaalreis: cases.0.signalStatus: Unknown DDAS status "Kwijt"\n');
    expect(nl.stderr).toBe('signaalreis: cases.0.signalStatus: Onbekende DDAS-status "Kwijt"\n');
  });

  it('preset diff and preset test: --lang defaults to CliIo.lang; failures are shown in it', async () => {
    const same = ['preset', 'diff', 'type-small', 'type-small'];
    expect((await runCli(same)).stdout).toBe('Geen verschillen.\n');
    expect((await runCli(same, { lang: 'en' })).stdout).toBe('No differences.\n');
    expect((await runCli([...same, '--lang', 'nl'], { lang: 'en' })).stdout).toBe('Geen verschillen.\n');
    const preset = {
      id: 'my-town',
      extends: 'national-baseline',
      label: { nl: 'Mijn gemeente', en: 'My town' },
      description: 'test preset',
      sources: ['project default'],
      tests: [
        {
          name: 'a case that is not there',
          signals: [
            {
              signalId: 'A',
              partner: { id: 'WO-LND', name: 'WO-LND', sector: 'rent' },
              kind: 'early',
              signalDate: '2026-10-26',
              arrearSince: '2026-08-20',
              amountCents: 30_000,
              person: { surname: 'Jansen', legalForm: 'individual' },
              address: { postcode: '7411AB', houseNumber: 1 },
              contact: {},
            },
          ],
          expect: { cases: [{ householdKey: '7411AB 9', status: 'Opgepakt' }] },
        },
      ],
    };
    const dir = fixtureDir({ 'my-town.json': JSON.stringify(preset) });
    const en = await runCli(['preset', 'test', 'my-town.json', '--lang', 'en'], { cwd: dir });
    const nl = await runCli(['preset', 'test', 'my-town.json'], { cwd: dir });
    expect(en.code).toBe(1);
    expect(en.stdout).toContain('        7411AB 9: no case (cases: 7411AB 1)\n');
    expect(nl.stdout).toContain('        7411AB 9: geen casus (casussen: 7411AB 1)\n');
  });
});
