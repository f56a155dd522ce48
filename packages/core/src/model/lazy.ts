// Properties computed when read: for what a month holds per case but few ever read (a routing
// trace, an explanation text), so that a hundred thousand cases do not each keep it. Internal to
// core (not exported from the package).
//
// The getters are shared by every object of a kind and the state sits under a symbol that is not
// enumerable: V8 then keeps the objects in its fast shape (a getter per object would turn each into
// a slow dictionary). For anyone reading the object nothing changes: the properties are own and
// enumerable, so JSON, `{ ...spread }`, `Object.keys` and deep equality see the computed values
// (a spread copy keeps them as plain values). Computing must be pure: every read gives an equal value.

/** What {@link lazyProperties} gives: a function that adds the properties, and a way back to the state. */
export interface LazyProperties<S, R extends object> {
  /** Adds the properties to `target` (at this position in its key order), computed from `state`. */
  <T extends object>(target: T, state: S): T & R;
  /** The state of an object these properties were added to (undefined for any other object, e.g. a spread copy). */
  stateOf(target: object): S | undefined;
}

/**
 * Adds the lazy properties `computed` (name → how to compute it from a state) to objects: one
 * shared getter per name, the state kept per object, the properties added at the position of the
 * call (JSON shows them in that order).
 *
 * For example (internal, not exported by the package): with
 * `const withText = lazyProperties<number, { text: string }>({ text: (n) => \`case ${n}\` })`,
 * `withText({ id: 1 }, 7)` reads as `{ id: 1, text: 'case 7' }` (`text` computed on each read) and
 * `withText.stateOf(that)` is `7`.
 */
export function lazyProperties<S, R extends object>(
  computed: {
    [K in keyof R]: (state: S) => R[K];
  },
): LazyProperties<S, R> {
  const key = Symbol('lazy state');
  const descriptors: [string, PropertyDescriptor][] = [];
  for (const [name, compute] of Object.entries(computed) as [string, (state: S) => unknown][])
    descriptors.push([
      name,
      {
        get(this: Record<symbol, S>) {
          return compute(this[key] as S);
        },
        enumerable: true,
        configurable: true,
      },
    ]);
  // one defineProperty per name: about twice as fast in V8 as defineProperties with a map (issue 14:
  // a national month adds these to ~165,000 objects; docs/performance.md, "Tenth round")
  const define = <T extends object>(target: T, state: S): T & R => {
    Object.defineProperty(target, key, { value: state, configurable: true });
    for (const [name, descriptor] of descriptors) Object.defineProperty(target, name, descriptor);
    return target as T & R;
  };
  return Object.assign(define, {
    stateOf: (target: object): S | undefined =>
      Object.hasOwn(target, key) ? (target as Record<symbol, S>)[key] : undefined,
  });
}
