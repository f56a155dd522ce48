// EXIT_CODES is not exported from the library (issue 10): users and scripts learn the exit codes from
// docs/getting-started.md, "Exit codes". This keeps that table and the code the same.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './cli-test-kit';
import { EXIT_CODES } from './io';

describe('exit codes', () => {
  it('are the codes of the table in docs/getting-started.md', () => {
    const doc = readFileSync(join(REPO_ROOT, 'docs/getting-started.md'), 'utf8');
    const section = doc.slice(
      doc.indexOf('## Exit codes'),
      doc.indexOf('\n## ', doc.indexOf('## Exit codes') + 1),
    );
    const documented = [...section.matchAll(/^\| (\d+) \|/gm)].map((m) => Number(m[1]));
    expect(documented).toEqual(Object.values(EXIT_CODES));
  });
});
