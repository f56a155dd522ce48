// The words `validate` shows for each issue code of reading a signal file: one for every code the
// formats' documentation lists as a reject, a flag or a warning, and none for a code it does not.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../cli-test-kit';
import { ISSUE_CODE_TEXTS, issueCodeText } from './validate';

/** The codes of a format's "Issue codes" table at the levels a row or a file's warning can have. */
function documentedCodes(doc: string): string[] {
  const text = readFileSync(join(REPO_ROOT, 'docs/formats', doc), 'utf8');
  const codes: string[] = [];
  for (const line of text.split('\n')) {
    const m = /^\| (`[a-z_]+`(?:, `[a-z_]+`)*) \| (reject|flag|warning) \|/.exec(line);
    if (m) codes.push(...[...(m[1] as string).matchAll(/`([a-z_]+)`/g)].map((x) => x[1] as string));
  }
  return codes;
}

describe('issue codes in words', () => {
  it('has Dutch and English words for every code the formats document as a reject, flag or warning, and for no other', () => {
    const documented = new Set([...documentedCodes('signals-csv.md'), ...documentedCodes('signals-xlsx.md')]);
    expect(documented.size).toBeGreaterThan(25);
    expect(Object.keys(ISSUE_CODE_TEXTS).sort()).toEqual([...documented].sort());
    for (const [code, words] of Object.entries(ISSUE_CODE_TEXTS)) {
      expect(words.nl, code).not.toBe(code);
      expect(words.nl.length, code).toBeGreaterThan(3);
      expect(words.en.length, code).toBeGreaterThan(3);
    }
  });

  it('shows the words with the code after them; a code without words, or an object key, as it came', () => {
    expect(issueCodeText('invalid_bsn', 'nl')).toBe('ongeldig BSN (invalid_bsn)');
    expect(issueCodeText('invalid_bsn', 'en')).toBe('invalid BSN (invalid_bsn)');
    expect(issueCodeText('a_newer_code', 'nl')).toBe('a_newer_code');
    expect(issueCodeText('__proto__', 'nl')).toBe('__proto__');
    expect(issueCodeText('toString', 'en')).toBe('toString');
  });
});
