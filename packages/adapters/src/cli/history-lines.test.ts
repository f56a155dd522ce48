// --history with a compact case file (issue 14): read a line at a time and sieved to the month's
// households by `run`; a file whose layout was changed by hand half-way is read whole instead, with
// the same decisions; a file with a bad byte is refused with its line and column, as before.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureDir, runCliEn } from './cli-test-kit';

const SEP = 'examples/data/signals-2026-09.csv';
const OCT = 'examples/data/signals-2026-10.csv';
const run = (month: string, csv: string, out: string, ...history: string[]) =>
  runCliEn(['run', csv, '--month', month, '--preset', 'type-medium', '--out', out, '--history', ...history]);
const worklists = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.startsWith('worklist-'))
    .map((f) => [f, readFileSync(join(dir, f), 'utf8')]);

describe('run --history <compact case file>', () => {
  let dir: string;
  let lines: string[];
  beforeAll(async () => {
    dir = fixtureDir({});
    expect((await run('2026-09', SEP, join(dir, 'sep'), 'examples/data/signals-2026-08.csv')).code).toBe(0);
    lines = readFileSync(join(dir, 'sep', 'cases.json'), 'utf8').split('\n');
    expect((await run('2026-10', OCT, join(dir, 'oct'), join(dir, 'sep', 'cases.json'))).code).toBe(0);
  }, 60_000);

  it('reads a file whose layout was changed half-way whole, with the same decisions', async () => {
    const at = lines.findIndex((l) => l.startsWith('{"caseId"')) + 40;
    const edited = [...lines];
    const line = edited[at] as string;
    edited[at] = `${JSON.stringify(JSON.parse(line.slice(0, -1)), null, 2)},`; // one case over many lines
    writeFileSync(join(dir, 'edited.json'), edited.join('\n'));
    const r = await run('2026-10', OCT, join(dir, 'oct-edited'), join(dir, 'edited.json'));
    expect(r.code).toBe(0);
    expect(worklists(join(dir, 'oct-edited'))).toEqual(worklists(join(dir, 'oct')));
  });

  it('refuses a file with a byte that is not UTF-8, naming its line', async () => {
    const at = lines.findIndex((l) => l.startsWith('{"caseId"')) + 3;
    const bytes = Buffer.from(lines.join('\n'), 'utf8');
    const offset = Buffer.byteLength(`${lines.slice(0, at).join('\n')}\n{"caseId":"`, 'utf8');
    bytes[offset] = 0xe9; // a Windows-1252 é in the case id
    writeFileSync(join(dir, 'latin1.json'), bytes);
    const r = await run('2026-10', OCT, join(dir, 'oct-latin1'), join(dir, 'latin1.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`latin1.json:${at + 1}:12: `);
    expect(r.stderr).toMatch(/not UTF-8/);
  });
});
