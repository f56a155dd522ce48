// normaliseEmail tests zod's e-mail pattern directly (issue 14: no zod parse per address). This
// property holds it equal to zod's own check, z.email(), on the normalised text.
import { fc, test } from '@fast-check/vitest';
import { normaliseEmail } from '@signaalreis/core';
import { expect } from 'vitest';
import * as z from 'zod';

const EMAIL = z.email();
// Addresses built from parts near the pattern's edges: dots at the ends of the local part, hyphens
// at the ends of a label, one-letter and numeric top-level domains, case, spaces, non-ASCII.
const local = fc
  .array(fc.constantFrom('a', 'Z', '0', '.', '..', '_', "'", '+', '-', 'é', ' ', '"'), {
    minLength: 0,
    maxLength: 6,
  })
  .map((ps) => ps.join(''));
const label = fc.constantFrom('example', 'EXAMPLE', 'a-b', '-x', 'x-', '0', 'é', '', 'mail');
const tld = fc.constantFrom('nl', 'NL', 'c', 'com', 'x1', '12', 'Nl', 'é');
const domain = fc
  .tuple(fc.array(label, { minLength: 0, maxLength: 3 }), tld)
  .map(([ls, t]) => [...ls, t].join('.'));
const emailLike = fc
  .tuple(
    fc.constantFrom('', ' ', '\t'),
    local,
    fc.constantFrom('@', '@', '@@', ''),
    domain,
    fc.constantFrom('', ' '),
  )
  .map((ps) => ps.join(''));

test.prop([fc.oneof(emailLike, fc.string(), fc.emailAddress())], { numRuns: 20000 })(
  'an address is accepted exactly when z.email() accepts its normalised form',
  (input) => {
    const trimmed = input.trim();
    const at = trimmed.lastIndexOf('@');
    const value = at > 0 ? `${trimmed.slice(0, at)}@${trimmed.slice(at + 1).toLowerCase()}` : trimmed;
    expect(normaliseEmail(input).ok).toBe(EMAIL.safeParse(value).success);
  },
);
