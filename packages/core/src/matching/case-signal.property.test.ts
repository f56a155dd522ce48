// caseSignal's shortcuts (issue 14, third round) against what they replace: the window rule shared
// per configured window (`sharedWindowFor`) equals a fresh `windowFor`; `mayFollowUpAllowed` is
// `mayFollowUp(…).allowed`; the remembered arrear age (per date, then per date) is `arrearAgeDays`.
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { arrearAgeDays } from '../calendar/arrear-age';
import { SECTORS } from '../model/enums';
import { asIsoDate, asIsoMonth } from '../model/iso-date';
import { LEGAL_FORMS, mayFollowUp, mayFollowUpAllowed } from '../model/person';
import { caseSignal } from './case-facts';
import { DEFAULT_MATCHING_CONFIG, PILOT_MATCHING_CONFIG, sharedWindowFor, windowFor } from './config';
import { type PARTNERS, sig } from './test-support/signals';

const dateArb = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => asIsoDate(d.toISOString().slice(0, 10)));
const configArb = fc.constantFrom(DEFAULT_MATCHING_CONFIG, PILOT_MATCHING_CONFIG);

test.prop([configArb, fc.constantFrom(...SECTORS), dateArb])(
  'sharedWindowFor equals windowFor, one object per configured window',
  (config, sector, date) => {
    const shared = sharedWindowFor(config, sector, date);
    expect(shared).toStrictEqual(windowFor(config, sector, date));
    expect(sharedWindowFor(config, sector, date)).toBe(shared);
  },
);

test.prop([fc.constantFrom(...LEGAL_FORMS), fc.constantFrom(undefined, true, false)])(
  'mayFollowUpAllowed is mayFollowUp(…).allowed',
  (legalForm, personallyLiable) => {
    const person = { legalForm, ...(personallyLiable === undefined ? {} : { personallyLiable }) };
    expect(mayFollowUpAllowed(person)).toBe(mayFollowUp(person).allowed);
  },
);

test.prop([
  fc.array(fc.tuple(dateArb, dateArb), { minLength: 1, maxLength: 30 }),
  configArb,
  fc.constantFrom('rent', 'energy', 'health', 'water') as fc.Arbitrary<keyof typeof PARTNERS>,
])("a case signal's age is arrearAgeDays, asked again or not", (pairs, config, partner) => {
  for (const [a, b] of [...pairs, ...pairs]) {
    const [since, on] = a <= b ? [a, b] : [b, a];
    const s = sig('S1', partner, { signalDate: on, arrearSince: since });
    const cs = caseSignal(s, asIsoMonth(on.slice(0, 7)), [], config);
    expect(cs.ageDays).toBe(arrearAgeDays(since, on));
    expect(cs.windowRule).toStrictEqual(
      windowFor(config, s.partner.sector, on) ?? {
        minAgeDays: 0,
        maxAgeDays: Number.POSITIVE_INFINITY,
        source: cs.windowRule.source,
      },
    );
  }
});
