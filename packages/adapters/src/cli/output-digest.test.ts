// The digests of the regression guard (run-digest.test.ts) normalise only what is per run: the
// manifest's time, folder names and the case file's entry — never a decision.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDir, runCli } from './cli-test-kit';
import { digestDifferences, folderDigests, normalisedManifest } from './output-digest.test-support';

const MANIFEST = 'manifest.json (writtenAt, folder names and the cases.json entry normalised)';

describe('output digests of a run folder', () => {
  it('are equal for two runs into different folders at different times, and differ when a worklist does', async () => {
    const dir = fixtureDir({});
    const args = ['run', 'examples/data/signals-2026-10.csv', '--month', '2026-10', '--preset', 'type-small'];
    const digestsOf = async (name: string) => {
      const out = join(dir, name);
      expect((await runCli([...args, '--out', out])).code).toBe(0);
      return folderDigests(out, [[out, '<out>']]);
    };
    const a = await digestsOf('a');
    await new Promise((r) => setTimeout(r, 5)); // another writtenAt
    const b = await digestsOf('b');
    expect(digestDifferences(a.decisions, b.decisions)).toEqual([]);
    expect(a.caseFile['cases.json']).toBe(b.caseFile['cases.json']);
    const [worklist] = Object.keys(b.decisions).filter((n) => n.startsWith('worklist-'));
    if (!worklist) throw new Error('the example month has worklists');
    writeFileSync(join(dir, 'b', worklist), `${readFileSync(join(dir, 'b', worklist), 'utf8')} `);
    const changed = folderDigests(join(dir, 'b'), [[join(dir, 'b'), '<out>']]);
    expect(digestDifferences(a.decisions, changed.decisions)).toEqual([
      expect.stringMatching(
        new RegExp(`^${worklist}: differs \\(expected [0-9a-f]{12}…, got [0-9a-f]{12}…\\)$`),
      ),
    ]);
    expect(Object.keys(a.decisions)).toContain(MANIFEST);
  });

  it('mask the case file in the manifest but keep every other file’s hash', () => {
    const manifest = (casesHash: string, worklistHash: string) =>
      JSON.stringify({
        format: 'signaalreis-output/1',
        command: 'signaalreis run /tmp/x/signals.csv --out /tmp/x/out',
        writtenAt: new Date().toISOString(),
        files: [
          { name: 'cases.json', bytes: 10, sha256: casesHash },
          { name: 'worklist-a.csv', bytes: 5, sha256: worklistHash },
        ],
      });
    const n = (text: string) => normalisedManifest(text, [['/tmp/x', '<dir>']]);
    expect(n(manifest('a'.repeat(64), 'b'.repeat(64)))).toBe(n(manifest('c'.repeat(64), 'b'.repeat(64))));
    expect(n(manifest('a'.repeat(64), 'b'.repeat(64)))).not.toBe(n(manifest('a'.repeat(64), 'd'.repeat(64))));
    expect(JSON.parse(n(manifest('a'.repeat(64), 'b'.repeat(64)))).command).toBe(
      'signaalreis run <dir>/signals.csv --out <dir>/out',
    );
  });

  it('name outputs that are missing or new', () => {
    expect(digestDifferences({ 'a.csv': '1', 'b.csv': '2' }, { 'b.csv': '2', 'c.csv': '3' })).toEqual([
      'a.csv: no longer written',
      'c.csv: new output',
    ]);
  });
});
