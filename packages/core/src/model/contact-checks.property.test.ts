// The schema's phone and e-mail checks take a quick yes for text already in normal form (issue 14).
// These properties hold them equal to the checks as written before: normaliseDutchPhone(p).ok and
// a leading +, and normaliseEmail(e).ok.
import { fc, test } from '@fast-check/vitest';
import { normaliseDutchPhone, normaliseEmail } from '@signaalreis/core';
import { expect } from 'vitest';
import { isE164Phone, isEmailAddress } from './contact';

const phoneLike = fc
  .array(fc.constantFrom('+', '0', '3', '1', '6', '9', ' ', '-', '(', ')', '.', '00', '31', '+31', 'x'), {
    maxLength: 20,
  })
  .map((ps) => ps.join(''));
const e164 = fc.oneof(
  fc.stringMatching(/^\+31\d{8,10}$/),
  fc.stringMatching(/^\+\d{6,17}$/),
  fc.stringMatching(/^\+31 ?0?\d{9}$/),
);

test.prop([fc.oneof(phoneLike, e164, fc.string())], { numRuns: 20000 })(
  'isE164Phone is normaliseDutchPhone(p).ok with a leading +',
  (p) => {
    expect(isE164Phone(p)).toBe(normaliseDutchPhone(p).ok && p.startsWith('+'));
  },
);

const local = fc
  .array(fc.constantFrom('a', 'Z', '0', '.', '..', '_', "'", '+', '-', 'é', ' ', '@'), { maxLength: 6 })
  .map((ps) => ps.join(''));
const domain = fc
  .tuple(
    fc.array(fc.constantFrom('example', 'EXAMPLE', 'a-b', '-x', 'x-', '0', 'é', ''), { maxLength: 3 }),
    fc.constantFrom('nl', 'NL', 'c', 'x1', 'Nl'),
  )
  .map(([ls, t]) => [...ls, t].join('.'));
const emailLike = fc
  .tuple(
    fc.constantFrom('', ' ', '\uFEFF'),
    local,
    fc.constantFrom('@', '@', '@@', ''),
    domain,
    fc.constantFrom('', ' ', '\n'),
  )
  .map((ps) => ps.join(''));

test.prop([fc.oneof(emailLike, fc.emailAddress(), fc.string())], { numRuns: 20000 })(
  'isEmailAddress is normaliseEmail(e).ok',
  (e) => {
    expect(isEmailAddress(e)).toBe(normaliseEmail(e).ok);
  },
);
