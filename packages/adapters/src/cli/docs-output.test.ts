// docs/getting-started.md shows real output: each ```… output=NAME block must equal what the
// command prints today (regenerate with SIGNAALREIS_UPDATE_DOCS=1).

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { asIsoDate } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { fixtureDir, REPO_ROOT, runCli } from './cli-test-kit';

const DOC = join(REPO_ROOT, 'docs/getting-started.md');
const MONTH = [
  '--month',
  '2026-10',
  '--history',
  'examples/data/signals-2026-08.csv',
  'examples/data/signals-2026-09.csv',
];

const COMMANDS: Record<string, { args: string[]; lines?: number }> = {
  validate: { args: ['validate', 'examples/data/signals-2026-10.csv'] },
  'validate-json': { args: ['validate', 'examples/data/signals-2026-10.csv', '--format', 'json'] },
  'validate-excel': { args: ['validate', 'examples/data/signals-2026-10-excel.csv'], lines: 4 },
  run: { args: ['run', 'examples/data/signals-2026-10.csv', ...MONTH, '--preset', 'type-medium'] },
};

function blocks(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/```\w+ output=([\w-]+)\n([\s\S]*?)\n```/g))
    out.set(m[1] as string, m[2] as string);
  return out;
}

describe('docs/getting-started.md', () => {
  it('every output block is what the command prints', async () => {
    let text = readFileSync(DOC, 'utf8');
    const found = blocks(text);
    expect([...found.keys()].sort()).toEqual(Object.keys(COMMANDS).sort());
    const out = fixtureDir({});
    for (const [name, { args, lines }] of Object.entries(COMMANDS)) {
      const withOut = args[0] === 'run' ? [...args, '--out', out] : args;
      const r = await runCli(withOut, { today: asIsoDate('2026-11-22') });
      expect(r.code, name).toBe(0);
      let printed = r.stdout.replace(/\n$/, '');
      if (lines) printed = printed.split('\n').slice(0, lines).join('\n');
      if (args[0] === 'run') printed = printed.replace(out, 'out/2026-10');
      if (process.env.SIGNAALREIS_UPDATE_DOCS)
        text = text.replace(`output=${name}\n${found.get(name)}\n`, `output=${name}\n${printed}\n`);
      else expect(found.get(name), name).toBe(printed);
    }
    if (process.env.SIGNAALREIS_UPDATE_DOCS) writeFileSync(DOC, text);
  });
});
