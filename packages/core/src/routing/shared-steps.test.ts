// The shared pieces of a month's plans (issue 14, memory): equal to the copies made per case
// before, frozen, one object per distinct piece, and never stale when a step object is changed.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { CHANNELS, TEAMS } from '../model/enums';
import type { ContactStep } from './outcome';
import { newLedger, placeStep } from './place-step';
import { NO_CHANGES, sharedPieces, sharedStep, stepAt } from './shared-steps';

const stepArb: fc.Arbitrary<ContactStep> = fc.record(
  {
    channel: fc.constantFrom(...CHANNELS),
    team: fc.constantFrom(...TEAMS.slice(0, 3)),
    attempts: fc.integer({ min: 1, max: 20 }),
    spacingDays: fc.integer({ min: 1, max: 60 }),
    partsOfDay: fc.constant(['morning', 'evening'] as ContactStep['partsOfDay']),
    saturday: fc.boolean(),
    ifCapacityLeft: fc.boolean(),
  },
  { requiredKeys: ['channel', 'team', 'attempts'] },
);

describe('sharedStep', () => {
  test.prop([stepArb, fc.integer({ min: 1, max: 20 })])(
    'is the copy made per case before, frozen and shared; a changed step gets a new copy',
    (step, attempts) => {
      const a = sharedStep(step);
      expect(a).toStrictEqual({ ...step });
      expect(JSON.stringify(a)).toBe(JSON.stringify({ ...step }));
      expect(Object.isFrozen(a)).toBe(true);
      expect(sharedStep(step)).toBe(a);
      step.attempts = attempts; // its owner changes it between two runs
      expect(sharedStep(step)).toStrictEqual({ ...step });
      delete step.saturday;
      expect(sharedStep(step)).toStrictEqual({ ...step });
    },
  );
});

describe('stepAt', () => {
  test.prop([stepArb, fc.constantFrom(...CHANNELS), fc.constantFrom(...TEAMS.slice(0, 3))])(
    'is the request on the pair, as the spread made it before, one frozen object per request and pair',
    (requested, channel, team) => {
      const at = { channel, team };
      const s = stepAt(requested, at, `${channel}/${team}`);
      const before = { ...requested, channel, team };
      expect(s).toStrictEqual(before);
      expect(JSON.stringify(s)).toBe(JSON.stringify(before));
      expect(Object.isFrozen(s)).toBe(true);
      expect(stepAt(requested, at, `${channel}/${team}`)).toBe(s);
      requested.attempts = requested.attempts === 1 ? 2 : 1;
      expect(stepAt(requested, at, `${channel}/${team}`)).toStrictEqual({ ...requested, channel, team });
    },
  );
});

describe('sharedPieces', () => {
  it('keeps one frozen pair per key and one frozen change per key', () => {
    const shared = sharedPieces();
    const p = shared.pair('phone', 'municipality');
    expect(p).toStrictEqual({ channel: 'phone', team: 'municipality' });
    expect(Object.isFrozen(p)).toBe(true);
    expect(shared.pair('phone', 'municipality')).toBe(p);
    let made = 0;
    const make = () => {
      made++;
      return { kind: 'merged' as const, from: p, to: p };
    };
    const c = shared.change('phone/municipality m', make);
    expect(shared.change('phone/municipality m', make)).toBe(c);
    expect(made).toBe(1);
    expect(Object.isFrozen(c)).toBe(true);
    expect(sharedPieces().pair('phone', 'municipality')).not.toBe(p);
  });

  it('has one empty list of changes, which cannot be changed', () => {
    expect(NO_CHANGES).toEqual([]);
    expect(() => (NO_CHANGES as unknown[]).push(1)).toThrow(TypeError);
  });
});

describe('placeStep shares what repeats', () => {
  it('gives cases with the same change the same objects, and no change the shared empty list', () => {
    const config = {
      capacity: [{ channel: 'home-visit' as const, perMonth: 1, source: 'project default' }],
      overflow: [
        {
          from: { channel: 'home-visit' as const },
          to: { channel: 'email' as const },
          source: 'project default',
        },
      ],
      fallbacks: [],
    };
    const ledger = newLedger(config);
    const has = { phone: true, email: true, address: true };
    const visit = sharedStep({ channel: 'home-visit', team: 'municipality', attempts: 2 });
    const first = placeStep(visit, has, new Set(), config, ledger);
    expect(first.changes).toBe(NO_CHANGES);
    expect(first.step).toStrictEqual(visit);
    const second = placeStep(visit, has, new Set(), config, ledger);
    const third = placeStep(visit, has, new Set(), config, ledger);
    expect(second.step).toStrictEqual({ channel: 'email', team: 'municipality', attempts: 2 });
    expect(third.step).toBe(second.step);
    expect(third.changes[0]).toBe(second.changes[0]);
    expect(third.changes).not.toBe(second.changes);
    expect(second.changes[0]).toStrictEqual({
      kind: 'overflow',
      from: { channel: 'home-visit', team: 'municipality' },
      to: { channel: 'email', team: 'municipality' },
      source: 'project default',
      limit: { perMonth: 1 },
    });
    expect(Object.isFrozen(second.changes[0]?.limit)).toBe(true);
  });
});
