// docs/store.md shows real output: each ```… output=store-NAME block must equal what the command
// prints today, with the store in a temporary folder shown as data/store (regenerate with
// SIGNAALREIS_UPDATE_DOCS=1).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshFolder } from '../store/test-support/backends';
import { fixtureDir, REPO_ROOT, runCli } from './cli-test-kit';

const DOC = join(REPO_ROOT, 'docs/store.md');
const STORED_AT = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g;

function blocks(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/```\w+ output=(store-[\w-]+)\n([\s\S]*?)\n```/g))
    out.set(m[1] as string, m[2] as string);
  return out;
}

describe('docs/store.md', () => {
  it('every output block is what the command prints', async () => {
    const [store, out] = [await freshFolder(), fixtureDir({})];
    const shown = (s: string) =>
      s.replaceAll(store, 'data/store').replaceAll(out, 'out').replace(STORED_AT, '2026-11-02T09:00:00.000Z');
    const at = ['--store', store, '--municipality', '0363'];
    const printed = new Map<string, string>();
    const cli = async (name: string | undefined, args: string[], pick = (lines: string[]) => lines) => {
      const r = await runCli(args);
      expect(r.stderr, name).toBe('');
      expect(r.code, name).toBe(0);
      if (name) printed.set(name, pick(shown(r.stdout).replace(/\n$/, '').split('\n')).join('\n'));
    };
    for (const m of ['2026-08', '2026-09', '2026-10'])
      await cli(
        m === '2026-10' ? 'store-run' : undefined,
        [
          ...['run', `examples/data/signals-${m}.csv`, '--month', m, '--preset', 'type-medium'],
          ...[...at, '--out', join(out, m)],
        ],
        (lines) => lines.slice(-2),
      );
    await cli('store-months', ['cases', 'list', ...at]);
    await cli('store-cases', ['cases', 'list', ...at, '--month', '2026-10'], (l) => l.slice(0, 5));
    await cli(
      'store-feedback',
      ['feedback', ...at, '--month', '2026-10', '--at', '2026-11-30', '--out', join(out, 'fb')],
      (l) => l.slice(-1),
    );
    await cli('store-purge', [
      'purge',
      ...at,
      '--preset',
      'type-medium',
      '--date',
      '2027-06-01',
      '--dry-run',
    ]);

    let text = readFileSync(DOC, 'utf8');
    const found = blocks(text);
    expect([...found.keys()].sort()).toEqual([...printed.keys()].sort());
    for (const [name, now] of printed)
      if (process.env.SIGNAALREIS_UPDATE_DOCS)
        text = text.replace(`output=${name}\n${found.get(name)}\n`, `output=${name}\n${now}\n`);
      else expect(found.get(name), name).toBe(now);
    if (process.env.SIGNAALREIS_UPDATE_DOCS) writeFileSync(DOC, text);
  });
});
