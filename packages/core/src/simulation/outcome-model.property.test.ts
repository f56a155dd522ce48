// Properties of the outcome model (issue 16): deterministic for a seed, chances in [0, 1], and
// common random numbers — appending attempts never loses a household that was reached.
import { fc, test } from '@fast-check/vitest';
import {
  applyOutcomePatch,
  attemptChances,
  CHANNELS,
  DEFAULT_OUTCOME_PARAMETERS,
  drawOutcome,
  type OutcomeParameters,
  type PlannedAttempt,
  reachChance,
} from '@signaalreis/core';
import { expect } from 'vitest';

const TEAMS = ['municipality', 'neighbourhood-team', 'youth-worker'] as const;
const attemptArb: fc.Arbitrary<PlannedAttempt> = fc.record(
  { channel: fc.constantFrom(...CHANNELS), team: fc.constantFrom(...TEAMS) },
  { requiredKeys: ['channel'] },
);
const planArb = fc.array(attemptArb, { maxLength: 12 });
const probability = fc.double({ min: 0, max: 1, noNaN: true });

/** Valid parameters: random chances per channel and attempt, team factors up to 10, acceptance. */
const paramsArb: fc.Arbitrary<OutcomeParameters> = fc
  .record({
    chances: fc.array(fc.array(probability, { minLength: 1, maxLength: 4 }), {
      minLength: CHANNELS.length,
      maxLength: CHANNELS.length,
    }),
    factors: fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: 3, maxLength: 3 }),
    acceptance: probability,
  })
  .map(({ chances, factors, acceptance }) => {
    const r = applyOutcomePatch(DEFAULT_OUTCOME_PARAMETERS, {
      reach: {
        byChannel: Object.fromEntries(CHANNELS.map((c, i) => [c, { byAttempt: chances[i], source: 'test' }])),
        byTeam: Object.fromEntries(TEAMS.map((t, i) => [t, { factor: factors[i], source: 'test' }])),
      },
      acceptance: { probability: acceptance },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.value;
  });
const seedArb = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const keyArb = fc.string({ maxLength: 30 });

test.prop([keyArb, planArb, paramsArb, seedArb])(
  'deterministic: the same case, parameters and seed draw the same outcome',
  (key, attempts, p, seed) => {
    expect(drawOutcome({ key, attempts }, p, seed)).toEqual(drawOutcome({ key, attempts }, p, seed));
  },
);

test.prop([planArb, paramsArb])('every chance is a probability in [0, 1]', (attempts, p) => {
  for (const c of [...attemptChances(attempts, p), reachChance(attempts, p)]) {
    expect(c).toBeGreaterThanOrEqual(0);
    expect(c).toBeLessThanOrEqual(1);
  }
});

test.prop([keyArb, planArb, planArb, paramsArb, seedArb])(
  'more attempts never lower the chance of being reached, nor lose a reached household for the same draws',
  (key, plan, extra, p, seed) => {
    const longer = [...plan, ...extra];
    expect(reachChance(longer, p)).toBeGreaterThanOrEqual(reachChance(plan, p) - 1e-12);
    const a = drawOutcome({ key, attempts: plan }, p, seed);
    const b = drawOutcome({ key, attempts: longer }, p, seed);
    if (a.reached) {
      expect(b).toEqual(a); // reached by the same attempt: help, follow-up and risks are the same too
    } else if (b.reached) {
      expect(b.reachedAt).toBeGreaterThanOrEqual(plan.length); // reached by one of the added attempts
    } else {
      expect(b).toEqual({ ...a, attemptsMade: longer.length }); // the same draws, more attempts made
    }
  },
);

test.prop([keyArb, planArb, paramsArb, seedArb])(
  'a draw is consistent: reached by the attempt it names, help only when reached, attempts stop once reached',
  (key, attempts, p, seed) => {
    const d = drawOutcome({ key, attempts }, p, seed);
    if (d.reached) {
      expect(d.reachedBy).toBe(attempts[d.reachedAt as number]?.channel);
      expect(d.attemptsMade).toBe((d.reachedAt as number) + 1);
    } else {
      expect([d.helpAccepted, d.reachedAt, d.attemptsMade]).toEqual([false, undefined, attempts.length]);
    }
  },
);
