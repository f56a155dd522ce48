import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDir, REPO_ROOT, runCli, runCliEn } from './cli-test-kit';
import { EXIT_CODES } from './io';

const EXAMPLE = 'examples/vlp/household.json';
const example = JSON.parse(readFileSync(join(REPO_ROOT, EXAMPLE), 'utf8'));

describe('signaalreis vlp plan: the worked example of the presentation', () => {
  it('prints the plan in Dutch: € 38 advantage, € 16 running costs, € 50 in all, € 753 to suppliers', async () => {
    const r = await runCli(['vlp', 'plan', EXAMPLE]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(EXIT_CODES.ok);
    expect(r.stdout).toContain('Vaste Lasten Pakket — betaalplan oktober 2026');
    expect(r.stdout).toMatch(/Vaste lasten +€ 753,00 +naar leveranciers \(1e rekening\)/);
    expect(r.stdout).toMatch(/Restbedrag +€ 347,00/);
    expect(r.stdout).toContain(
      'Bijdragen leveranciers € 54,00: 70 % is pakketvoordeel € 38,00 (afgerond op € 1,00), de rest € 16,00 is voor organisatie en uitvoering. Met € 12,00 besparing door betere deals is het voordeel € 50,00 per maand.',
    );
    expect(r.stdout).toMatch(/1 oktober 2026 +huishoudbudget naar eigen rekening +€ 300,00/);
    expect(r.stdout).toMatch(/betaald: huur \(Woonstichting De Linde\) +€ 450,00/);
    expect(r.stdout).toContain('Geen tekort');
    // seen: "bron: …, "Inregelen VLP - inrichting Betaalplan" (1 minimum household money, 2 fixed costs by
    // hard reservation, …); Wet gemeentelijke schuldhulpverlening (Wgs) (threatening situations: …)" in Dutch
    const sources = r.stdout.split('\n').filter((l) => /^ +bron: /.test(l));
    expect(sources.length).toBeGreaterThan(2);
    for (const line of sources)
      expect(line).not.toMatch(
        /household money|reservation|threatening|the order within| the rest | gives no /,
      );
    expect(r.stdout).toMatch(/bron: .*"Inregelen VLP - inrichting Betaalplan" \(1 minimaal huishoudgeld/);
  });

  it('prints it in English with --lang en', async () => {
    const r = await runCliEn(['vlp', 'plan', EXAMPLE]);
    expect(r.code).toBe(EXIT_CODES.ok);
    expect(r.stdout).toContain('Vaste Lasten Pakket — payment plan October 2026');
    expect(r.stdout).toMatch(/1 October 2026 +household budget to own account +€ 300,00/);
    expect(r.stdout).toContain('No shortfall');
  });

  it('gives the plan as JSON for tools', async () => {
    const r = await runCli(['vlp', 'plan', EXAMPLE, '--format', 'json']);
    expect(r.code).toBe(EXIT_CODES.ok);
    const plan = JSON.parse(r.stdout);
    expect(plan.contributions).toMatchObject({
      contributionsCents: 5400,
      advantageCents: 3800,
      runningCostsCents: 1600,
      optimisationSavingsCents: 1200,
      totalAdvantageCents: 5000,
    });
    expect(plan.months[0]).toMatchObject({
      month: '2026-10',
      toSuppliersCents: 75_300,
      budgetCents: 30_000,
      restCents: 34_700,
    });
  });

  it('--month plans another month; a due day keeps to the month-end rule', async () => {
    const dir = fixtureDir({
      'h.json': JSON.stringify({
        ...example,
        fixedCosts: [{ id: 'rent', category: 'rent', amountCents: 45_000, dueDay: 31 }],
      }),
    });
    const r = await runCli(['vlp', 'plan', 'h.json', '--month', '2027-02', '--format', 'json'], { cwd: dir });
    const [feb] = JSON.parse(r.stdout).months;
    expect(feb.from).toBe('2027-01-20');
    expect(feb.obligations.find((o: { id: string }) => o.id === 'rent').dueDate).toBe('2027-02-28');
    const bad = await runCli(['vlp', 'plan', 'h.json', '--month', '2027-13'], { cwd: dir });
    expect(bad.code).toBe(EXIT_CODES.userError);
    expect(bad.stderr).toContain('Verwacht een maand, geschreven als JJJJ-MM.');
  });

  it('shows a shortfall as an explained result, not an error', async () => {
    const dir = fixtureDir({
      'short.json': JSON.stringify({
        ...example,
        incomes: [{ id: 'benefit', amountCents: 90_000, payDays: [23], paysFor: 'next-month' }],
      }),
    });
    const r = await runCli(['vlp', 'plan', 'short.json'], { cwd: dir });
    expect(r.code).toBe(EXIT_CODES.ok);
    expect(r.stdout).toContain('€ 153,00 tekort');
    expect(r.stdout).toContain(
      'Niet (helemaal) betaald: zorgverzekering (Zorgverzekeraar Zilverlinde) € 80,00 van € 120,00',
    );
    expect(r.stdout).toContain('Volgorde: Eerst het minimale huishoudbudget');
  });
});

describe('signaalreis vlp plan: bad input', () => {
  it('a missing file, or not JSON: one Dutch line with the file (and line and column), exit 2', async () => {
    const dir = fixtureDir({ 'broken.json': '{\n  "month": "2026-10",\n  "incomes": [,]\n}\n' });
    const missing = await runCli(['vlp', 'plan', 'nowhere.json'], { cwd: dir });
    expect(missing.code).toBe(EXIT_CODES.userError);
    expect(missing.stderr).toBe('signaalreis: nowhere.json: bestand niet gevonden\n');
    const broken = await runCli(['vlp', 'plan', 'broken.json'], { cwd: dir });
    expect(broken.code).toBe(EXIT_CODES.userError);
    expect(broken.stderr).toMatch(/^signaalreis: broken\.json:3:15: /);
  });

  it('schema problems: each with its line and JSON path, in Dutch; no value of the file, no stack', async () => {
    const text = JSON.stringify(
      {
        ...example,
        participant: 'Jan Jansen',
        incomes: [{ ...example.incomes[0], amountCents: 'Jan Jansen' }],
        fixedCosts: [{ ...example.fixedCosts[0], dueDay: 32 }],
      },
      null,
      2,
    );
    const dir = fixtureDir({ 'h.json': text });
    const line = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    const r = await runCli(['vlp', 'plan', 'h.json'], { cwd: dir });
    expect(r.code).toBe(EXIT_CODES.userError);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toEqual([
      `signaalreis: h.json:${line('"amountCents": "Jan')}: incomes.0.amountCents: Verwacht een getal, maar kreeg tekst`,
      `signaalreis: h.json:${line('"dueDay": 32')}: fixedCosts.0.dueDay: Te groot: hoogstens 31`,
      `signaalreis: h.json:${line('"participant":')}: participant: Onbekend veld "participant"`,
      'signaalreis: h.json: geen geldig huishouden voor het Vaste Lasten Pakket (3 problemen, hierboven genoemd of geteld); er is niets gedaan',
      '',
    ]);
    expect(r.stderr).not.toContain('Jansen');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a missing field names the line of the object that lacks it; one problem is one line', async () => {
    const { minimumBudget: _gone, ...rest } = example;
    const dir = fixtureDir({ 'h.json': JSON.stringify(rest, null, 2) });
    const r = await runCliEn(['vlp', 'plan', 'h.json'], { cwd: dir });
    expect(r.code).toBe(EXIT_CODES.userError);
    expect(r.stderr).toBe(
      'signaalreis: h.json:1: minimumBudget: Missing: expected an object { … } (not a valid household for the Vaste Lasten Pakket)\n',
    );
  });
});
