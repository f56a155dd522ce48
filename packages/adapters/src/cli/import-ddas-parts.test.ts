// `signaalreis import ddas` of a delivery too large to read as one text (issue 14: `export ddas` of a
// platform's national quarter writes ~200 MB, which the import refused above 64 MiB): read a signal
// and a case at a time, it gives the same case files and the same refusals as read whole, and shows
// its phases on a terminal. The limit for a whole read is set low here (`wholeDeliveryMax`), so that
// a delivery of a few MB takes the path of a national one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { barCounts, fakeTerminal, fixtureDir, runCli } from './cli-test-kit';

/** A delivery of `n` signals in one municipality, each its own household and case (~550 bytes each). */
function delivery(n: number): string {
  const signals = Array.from({ length: n }, (_, i) => ({
    ID: `S${i}`,
    bedrag: 100 + (i % 900),
    ontstaansdatum: '2026-08-01',
    signaaldatum: `2026-${i % 2 ? '09' : '10'}-${String(1 + (i % 28)).padStart(2, '0')}`,
    status: i % 3 ? 'Opgepakt' : 'Niet opgepakt: onterecht signaal',
    signaalpartner: { type: ['Energie', 'Water', 'Zorg', 'Huur'][i % 4] },
    client: {
      postcode: `${1000 + Math.floor(i / 26)}${'AB'[i % 2]}${String.fromCharCode(65 + (i % 26))}`,
      huisnummer: `${1 + (i % 7)}`,
    },
  }));
  const zaken = signals
    .filter((_, i) => i % 3)
    .map((s) => {
      const on = `${s.signaaldatum.slice(0, 8)}28`;
      return { matchingsdatum: on, datumOpgepakt: on, vroegsignalen: [{ ID: s.ID }] };
    });
  const d = {
    startdatumLevering: '2026-09-01',
    einddatumLevering: '2026-10-31',
    aanleverdatumEnTijd: '2026-11-02T09:00:00Z',
    codeGegevensleverancier: 'OTHER',
    leveringen: [
      {
        teller: 1,
        gemeentecode: '0363',
        aanleverendeOrganisatie: { naam: 'X' },
        vroegsignalen: signals,
        vroegsignaalzaken: zaken,
      },
    ],
  };
  return JSON.stringify(d, null, 2);
}

const folder = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f !== 'manifest.json')
    .sort()
    .map((f) => [f, readFileSync(join(dir, f), 'utf8')]);

describe('signaalreis import ddas of a large delivery', () => {
  const text = delivery(12_000);
  const dir = fixtureDir({ 'd.json': text });

  it('reads it a signal and a case at a time: the same case files and summary as read whole', async () => {
    const whole = await runCli(['import', 'ddas', 'd.json', '--out', 'whole'], { cwd: dir });
    const parts = await runCli(['import', 'ddas', 'd.json', '--out', 'parts'], {
      cwd: dir,
      wholeDeliveryMax: 0,
    });
    expect([whole.code, parts.code]).toEqual([0, 0]);
    expect(whole.stdout).toContain('0363 2026-10: 6000');
    expect(parts.stdout.replaceAll('parts', 'whole')).toBe(whole.stdout);
    expect(parts.stderr).toBe(whole.stderr);
    const files = folder(join(dir, 'whole'));
    expect(files.map(([f]) => f)).toEqual(['cases-0363-2026-09.json', 'cases-0363-2026-10.json']);
    expect(folder(join(dir, 'parts'))).toEqual(files);
  });

  it('sets its case files aside while it reads, and leaves nothing of them behind, written or refused', async () => {
    const cwd = fixtureDir({
      'd.json': text,
      'e.json': text.replace('"einddatumLevering": "2026-10-31"', '"einddatumLevering": "2026-02-30"'),
    });
    const spools = () => readdirSync(join(cwd, 'out')).filter((f) => f.startsWith('.signaalreis-spool-'));
    const done = await runCli(['import', 'ddas', 'd.json', '--out', 'out/a'], { cwd, wholeDeliveryMax: 0 });
    expect(done.code).toBe(0);
    expect(readdirSync(join(cwd, 'out/a')).sort()).toEqual([
      'cases-0363-2026-09.json',
      'cases-0363-2026-10.json',
      'manifest.json',
    ]);
    // refused after every case file was made: none of them written, none left aside
    const refused = await runCli(['import', 'ddas', 'e.json', '--out', 'out/b'], {
      cwd,
      wholeDeliveryMax: 0,
    });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('einddatumLevering');
    expect(readdirSync(join(cwd, 'out'))).toEqual(['a']);
    expect(spools()).toEqual([]);
  });

  it('an output folder that cannot be made: said in a line, as read whole, before reading', async () => {
    // the output folder's parent is a file: neither the folder nor the spool beside it can be made
    const cwd = fixtureDir({ 'd.json': text });
    const whole = await runCli(['import', 'ddas', 'd.json', '--out', 'd.json/out'], { cwd });
    const parts = await runCli(['import', 'ddas', 'd.json', '--out', 'd.json/out'], {
      cwd,
      wholeDeliveryMax: 0,
    });
    expect([whole.code, parts.code]).toEqual([2, 2]);
    const line = 'signaalreis: kan niet schrijven naar d.json/out (EEXIST)\n';
    expect(whole.stderr.endsWith(`\n${line}`)).toBe(true); // after the delivery's warning
    expect(parts.stderr).toBe(line); // refused before the delivery is read
  });

  it('refuses a spoilt one as it would read whole: the file, line, column and problem', async () => {
    // the 7,000th signal's amount given twice (JSON.parse would keep the last one silently)
    let seen = 0;
    const spoilt = text.replace(/"bedrag": (\d+),/g, (m) => (++seen === 7000 ? `${m} ${m.trim()}` : m));
    const broken = fixtureDir({ 'd.json': spoilt, 'e.json': `${text.slice(0, -200)}` });
    for (const name of ['d.json', 'e.json']) {
      const whole = await runCli(['import', 'ddas', name], { cwd: broken });
      const parts = await runCli(['import', 'ddas', name], { cwd: broken, wholeDeliveryMax: 0 });
      expect([whole.code, parts.code]).toEqual([2, 2]);
      expect(parts.stderr).toBe(whole.stderr);
    }
    const first = await runCli(['import', 'ddas', 'd.json'], { cwd: broken, wholeDeliveryMax: 0 });
    expect(first.stderr).toMatch(/^signaalreis: d\.json:\d+:\d+: .*"bedrag".*twee keer/);
  });

  it('lists five problems of a kind and counts the rest: a national delivery by BSN is not 90,000 lines', async () => {
    // a valid DDAS delivery whose clients are named by BSN only: signaalreis keeps households by address
    const byBsn = text.replace(
      /"client": \{\s*"postcode": "[^"]+",\s*"huisnummer": "(\d+)"\s*\}/g,
      (_, n) => `"client": {"burgerservicenummer": "12345678${n}"}`,
    );
    const r = await runCli(['import', 'ddas', 'd.json'], { cwd: fixtureDir({ 'd.json': byBsn }) });
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(7);
    expect(lines.slice(0, 5).map((l) => l.split(': ')[2])).toEqual(
      [0, 1, 2, 3, 4].map((i) => `leveringen.0.vroegsignalen.${i}.client`),
    );
    expect(lines[5]).toBe(
      'signaalreis: d.json: leveringen.*.vroegsignalen.*.client: nog 11995 problemen van dezelfde soort, niet elk genoemd',
    );
    expect(lines[6]).toMatch(/\(12000 problemen, hierboven genoemd of geteld\); er is niets gedaan$/);
    const en = await runCli(['import', 'ddas', 'd.json', '--lang', 'en'], {
      cwd: fixtureDir({ 'd.json': byBsn }),
    });
    expect(en.stderr).toContain(
      'd.json: leveringen.*.vroegsignalen.*.client: 11995 more problems of the same kind, not each listed',
    );
    expect(r.stderr).not.toMatch(/12345678\d/); // the BSN is never shown
  });

  it('keeps apart the rules of the schema that one place breaks: each is its own kind', async () => {
    // two clients with a BSN beside their address: four rules of the schema broken at each
    let n = 0;
    const both = text.replace(/"client": \{/g, (m) =>
      ++n <= 2 ? `${m} "burgerservicenummer": "123456789",` : m,
    );
    const r = await runCli(['import', 'ddas', 'd.json'], { cwd: fixtureDir({ 'd.json': both }) });
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(9);
    expect(lines.filter((l) => l.includes('leveringen.0.vroegsignalen.1.client: DDAS-schema'))).toHaveLength(
      4,
    );
    expect(lines[8]).toContain('(8 problemen, hierboven genoemd of geteld)');
  });

  it('shows its phases on a terminal, and nothing but its warning on a pipe', async () => {
    const tty = fakeTerminal();
    const r = await runCli(['import', 'ddas', 'd.json', '--out', 'tty'], {
      cwd: dir,
      wholeDeliveryMax: 0,
      ...tty.io,
    });
    expect(r.code).toBe(0);
    const mib = Math.ceil(Buffer.byteLength(text) / (1024 * 1024));
    expect(mib).toBeGreaterThanOrEqual(5);
    // read, checked and made into case files in one pass (each signal and case as it is read)
    expect(barCounts(tty.written)).toEqual([
      ['levering lezen, controleren en omzetten (MiB)', `${mib}/${mib}`],
      ['bestanden schrijven', '2/2'],
      ['bestanden op schijf', '2/2'],
    ]);
    const piped = await runCli(['import', 'ddas', 'd.json', '--out', 'pipe'], {
      cwd: dir,
      wholeDeliveryMax: 0,
    });
    expect(piped.stderr.split('\n')).toEqual([
      expect.stringContaining('4000 signalen horen bij geen enkele zaak'),
      '',
    ]);
  });
});
