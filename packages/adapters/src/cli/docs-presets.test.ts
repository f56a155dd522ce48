// The walk-through of docs/presets.md runs as written (issue 13): every JSON example marked
// `<!-- file: NAME -->` is written to a fresh folder, and every ```sh command that is followed by a
// ```text block is run there through the command line, its output compared with the block. The
// blocks are in Dutch (the command line's language for officers). After a change of wording,
// refresh them with SIGNAALREIS_UPDATE_DOCS=1 npx vitest run <this file>.
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { asIsoDate } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { fixtureDir, REPO_ROOT, runCli } from './cli-test-kit';

const DOC = join(REPO_ROOT, 'docs/presets.md');
const WALK_THROUGH = '## Copy with `extends`';

/** The files (name → JSON text) and the commands with their shown output, in order. */
function walkThrough(doc: string) {
  const text = doc.slice(doc.indexOf(WALK_THROUGH));
  const files = new Map<string, string>();
  for (const m of text.matchAll(/<!-- file: ([\w.-]+) -->\n```json\n([\s\S]*?)\n```/g))
    files.set(m[1] as string, m[2] as string);
  const steps: { command: string; shown: string }[] = [];
  for (const m of text.matchAll(/```sh\n([^\n]+)\n```\n\n```text\n([\s\S]*?)\n```/g))
    steps.push({ command: m[1] as string, shown: m[2] as string });
  return { files, steps };
}

/** `signaalreis a b "c"` → ['a', 'b', 'c'] (the docs' commands use no quoting beyond that). */
const argv = (command: string) =>
  command
    .replace(/^signaalreis /, '')
    .split(/\s+/)
    .map((a) => a.replace(/^"(.*)"$/, '$1'));

describe('docs/presets.md: a municipality makes its own preset', () => {
  const doc = readFileSync(DOC, 'utf8');
  const { files, steps } = walkThrough(doc);

  it('has the walk-through: my-town.json and the commands validate, show, diff, test and run', () => {
    expect([...files.keys()]).toEqual([
      'my-town.json',
      'my-town-typo.json',
      'my-town-letter.json',
      'my-town-teams.json',
      'my-town-teams-typo.json',
    ]);
    expect(steps.map((s) => argv(s.command).slice(0, 2).join(' '))).toEqual([
      'preset validate',
      'preset show',
      'preset validate',
      'preset diff',
      'preset diff',
      'preset validate',
      'run examples/data/signals-2026-10.csv',
      'preset validate',
      'preset test',
      'run examples/data/signals-2026-10.csv',
    ]);
  });

  it('every command prints exactly the block the docs show', async () => {
    const dir = fixtureDir(Object.fromEntries(files));
    cpSync(join(REPO_ROOT, 'examples/data'), join(dir, 'examples/data'), { recursive: true });
    let text = doc;
    for (const { command, shown } of steps) {
      const r = await runCli(argv(command), { cwd: dir, lang: 'nl', today: asIsoDate('2026-11-22') });
      const printed = r.stdout.replace(/\n$/, '');
      expect(r.stderr, command).toBe('');
      if (process.env.SIGNAALREIS_UPDATE_DOCS)
        text = text.replace(
          `${command}\n\`\`\`\n\n\`\`\`text\n${shown}\n`,
          `${command}\n\`\`\`\n\n\`\`\`text\n${printed}\n`,
        );
      else expect(printed, command).toBe(shown);
      // the walk-through's own preset is fine; the typo example is the one that fails
      expect(r.code, command).toBe(command.includes('typo') ? 1 : 0);
    }
    if (process.env.SIGNAALREIS_UPDATE_DOCS) writeFileSync(DOC, text);
  });

  it('the documented $schema paths resolve: in an npm project and in a clone', () => {
    const schema = (JSON.parse(files.get('my-town.json') ?? '{}') as { $schema?: string }).$schema ?? '';
    // in an npm project my-town.json sits next to node_modules: the package ships the file
    const npm = 'node_modules/@signaalreis/rules-presets/';
    expect(schema.startsWith(npm)).toBe(true);
    const inPackage = schema.slice(npm.length);
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'packages/rules-presets/package.json'), 'utf8'));
    expect(pkg.files).toContain(inPackage.split('/')[0]);
    expect(existsSync(join(REPO_ROOT, 'packages/rules-presets', inPackage))).toBe(true);
    // in a clone my-town.json sits in the root: the path the docs give for it
    const clone = doc.match(
      /In a clone of this repository, save it in the root of the clone and write\s+`"\$schema": "([^"]+)"`/,
    )?.[1];
    expect(clone).toBe(`packages/rules-presets/${inPackage}`);
    expect(existsSync(join(REPO_ROOT, clone ?? 'missing'))).toBe(true);
  });
});
