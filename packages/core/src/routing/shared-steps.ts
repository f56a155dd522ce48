// The immutable pieces of a month's plans, made once and shared by every case that has them: a
// contact step, a (channel, team) pair, a step change, an empty list of changes. A month of a
// hundred thousand cases has only a handful of distinct ones; made per case they held ~30 MB of the
// 100k month (issue 14, memory). Every shared object is frozen, so that no case can change another's.
// Internal to core (not exported from the package).

import type { Channel, Team } from '../model/enums';
import { EMPTY_LIST } from '../model/shared-lists';
import type { ContactStep } from './outcome';

/** A (channel, team) pair, as a step change's `from` and `to` hold it. Shared and frozen. */
export type Pair = Readonly<{ channel: Channel; team: Team }>;

/** A step change as {@link SharedPieces.change} keeps it (the shape of `StepChange`). */
type Change = { kind: 'fallback' | 'overflow' | 'merged' };

/**
 * The empty list of changes of a placement that nothing changed: one frozen array for all (typed
 * as the mutable array of `StepPlacement.changes`; a `push` on it throws).
 */
export const NO_CHANGES: never[] = EMPTY_LIST;

/**
 * Whether `copy` still holds what `source` holds (the same keys, each value the same), apart from
 * the channel and team when `pairApart`: a copy made once is checked on each use, so that a step
 * object its owner changed between two runs gets a new copy instead of a stale one.
 */
function sameAs(copy: ContactStep, source: ContactStep, pairApart: boolean): boolean {
  const c = copy as Record<string, unknown>;
  const s = source as Record<string, unknown>;
  let n = 0;
  for (const k in s) {
    n++;
    if (c[k] !== s[k] && !(pairApart && (k === 'channel' || k === 'team'))) return false;
  }
  for (const _ in c) n--;
  return n === 0;
}

// A frozen copy per step object of a routing outcome (a preset's step): a plan's steps are these.
const sharedCopies = new WeakMap<ContactStep, ContactStep>();

/**
 * A frozen copy of a routing outcome's step, the same object for every case that plans it (a
 * shallow copy, as before: `partsOfDay` is the outcome's array).
 */
export function sharedStep(step: ContactStep): ContactStep {
  let copy = sharedCopies.get(step);
  if (copy === undefined || !sameAs(copy, step, false)) {
    copy = Object.freeze({ ...step });
    sharedCopies.set(step, copy);
  }
  return copy;
}

// The final steps of a requested step, per (channel, team) it ended on.
const finalSteps = new WeakMap<ContactStep, Map<string, ContactStep>>();

/**
 * The final step of `requested` placed on the pair `at` (key `atKey`): the request with that
 * channel and team (a fallback or overflow keeps the attempts of the request). One frozen object
 * per request object and pair.
 */
export function stepAt(requested: ContactStep, at: Pair, atKey: string): ContactStep {
  let byPair = finalSteps.get(requested);
  if (byPair === undefined) {
    byPair = new Map();
    finalSteps.set(requested, byPair);
  }
  let step = byPair.get(atKey);
  if (step === undefined || !sameAs(step, requested, true)) {
    step = Object.freeze({ ...requested, channel: at.channel, team: at.team });
    byPair.set(atKey, step);
  }
  return step;
}

/**
 * The pairs and step changes of one allocation run (one ledger), shared by its cases: a change is
 * known by the pair it leaves and the configuration entries that made it, which do not change
 * while the run allocates.
 */
export interface SharedPieces {
  /** The pair (channel, team). */
  pair(channel: Channel, team: Team): Pair;
  /** The change known by `key`, made by `make` (and frozen) the first time. */
  change<C extends Change>(key: string, make: () => C): C;
}

/**
 * A new, empty {@link SharedPieces}; `keyOf` gives a pair's key (allocation passes `pairKey`, one
 * string object per pair, so that no key is made per call).
 */
export function sharedPieces(
  keyOf: (channel: Channel, team: Team) => string = (channel, team) => `${channel}/${team}`,
): SharedPieces {
  const pairs = new Map<string, Pair>();
  const changes = new Map<string, Change>();
  return {
    pair(channel, team) {
      const key = keyOf(channel, team);
      let p = pairs.get(key);
      if (p === undefined) {
        p = Object.freeze({ channel, team });
        pairs.set(key, p);
      }
      return p;
    },
    change<C extends Change>(key: string, make: () => C): C {
      let c = changes.get(key);
      if (c === undefined) {
        c = Object.freeze(make());
        changes.set(key, c);
      }
      return c as C;
    },
  };
}
