// docs/exchange.md shows real output: each ```… output=NAME block must equal what the commands
// print today, or (the delivery excerpt) what the export wrote (regenerate with
// SIGNAALREIS_UPDATE_DOCS=1). The example month goes through run and feedback first, as the page says.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleMonthFiles } from '../ddas/fixtures.test-support';
import { REPO_ROOT, runCli } from './cli-test-kit';

const DOC = join(REPO_ROOT, 'docs/exchange.md');

function blocks(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/```\w+ output=([\w-]+)\n([\s\S]*?)\n```/g))
    out.set(m[1] as string, m[2] as string);
  return out;
}

/** A copy of a delivery with values set at paths inside its first levering. */
function changed(delivery: string, changes: [path: (string | number)[], value: unknown][]): string {
  const d = JSON.parse(delivery);
  for (const [path, value] of changes) {
    const parent = path.slice(0, -1).reduce((o, k) => o[k], d.leveringen[0]);
    parent[path.at(-1) as string | number] = value;
  }
  return JSON.stringify(d);
}

describe('docs/exchange.md', () => {
  it('every output block is what the commands print and write', async () => {
    const { dir } = await exampleMonthFiles();
    const cli = (args: string[]) => runCli(args, { cwd: dir });
    const printed: Record<string, string> = {};

    const exported = await cli([
      'export',
      'ddas',
      'feedback/cases.json',
      '--from',
      '2026-10-01',
      '--to',
      '2026-10-31',
      '--supplier',
      'SIGNAALREIS',
      '--organisation',
      'Gemeente Voorbeeldstad',
      '--delivered-at',
      '2026-11-02T09:00:00Z',
      '--out',
      'ddas-2026-10.json',
    ]);
    expect(exported.code, exported.stderr).toBe(0);
    printed['export-ddas'] = exported.stdout;
    const text = readFileSync(join(dir, 'ddas-2026-10.json'), 'utf8');
    const { leveringen, ...head } = JSON.parse(text);
    const [l] = leveringen;
    printed['delivery-excerpt'] = JSON.stringify(
      {
        ...head,
        leveringen: [
          {
            ...l,
            vroegsignalen: l.vroegsignalen.slice(0, 2),
            vroegsignaalzaken: l.vroegsignaalzaken.slice(0, 1),
          },
        ],
      },
      null,
      2,
    );

    const imported = await cli(['import', 'ddas', 'ddas-2026-10.json', '--out', 'imported']);
    expect(imported.code, imported.stderr).toBe(0);
    printed['import-ddas'] = imported.stdout;

    writeFileSync(
      join(dir, 'other.json'),
      changed(text, [
        [['vroegsignalen', 1, 'signaalpartner', 'type'], 'DUO'],
        [['vroegsignalen', 2, 'client', 'geslachtsaanduiding'], 'Vrouw'],
        [['aanleverendeOrganisatie', 'contactpersonen'], [{ naam: 'Piet de Vries' }]],
        [
          ['vroegsignaalzaken', 0, 'contactpogingen'],
          [{ soort: 'Telefoon', bereikt: true, datum: '2026-10-27' }],
        ],
      ]),
    );
    const warned = await cli(['import', 'ddas', 'other.json', '--out', 'other', '--strict']);
    expect(warned.code).toBe(1);
    expect(warned.stderr).not.toMatch(/Piet|Vrouw/);
    printed['import-ddas-warnings'] = warned.stderr;

    writeFileSync(
      join(dir, 'bad.json'),
      changed(text, [
        [['vroegsignalen', 0, 'client', 'burgerservicenummer'], '123456782'],
        [['vroegsignalen', 1, 'bedrag'], 65.5],
        [['vroegsignaalzaken', 0, 'datumOpgepakt'], '26-10-2026'],
      ]),
    );
    const refused = await cli(['import', 'ddas', 'bad.json']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).not.toContain('123456782');
    printed['import-ddas-refused'] = refused.stderr;

    let doc = readFileSync(DOC, 'utf8');
    const found = blocks(doc);
    expect([...found.keys()].sort()).toEqual(Object.keys(printed).sort());
    for (const [name, output] of Object.entries(printed)) {
      const shown = output.replace(/\n$/, '');
      if (process.env.SIGNAALREIS_UPDATE_DOCS)
        doc = doc.replace(`output=${name}\n${found.get(name)}\n`, `output=${name}\n${shown}\n`);
      else expect(found.get(name), name).toBe(shown);
    }
    if (process.env.SIGNAALREIS_UPDATE_DOCS) writeFileSync(DOC, doc);
  });
});
