// Plain objects whose properties are added one by one, each kind with room for all of them in the
// object itself (issue 14; docs/performance.md, "Twenty-third round"). V8 gives an object literal
// exactly as many in-object slots as the literal names (`{}`: four); every property added after that
// goes to a second, out-of-object store. A national month held ~470,000 such stores (24 MB, a tenth
// of its heap): signals with optional columns, intake decisions and routing plans with optional keys
// and lazy properties, journeys made by spreads. An object made by `new` gets the room its
// constructor's shapes need (V8's slack tracking); with `Object.prototype` as the constructor's
// prototype the objects are plain by every test (prototype, `constructor`, JSON, spread, structured
// clone, deep equality).

/**
 * The most properties {@link plainRecords} keeps in an object itself (project default: the kinds
 * made with it have at most 19); a larger `room` is cut to this, and keys past it go to V8's
 * second store as they would for `{}`.
 *
 * @example
 * ```ts
 * import { PLAIN_RECORD_ROOM, plainRecords } from '@signaalreis/core';
 * const newFacts = plainRecords(Math.min(40, PLAIN_RECORD_ROOM)); // room for 24, not 40
 * ```
 */
export const PLAIN_RECORD_ROOM = 24;

/**
 * A maker of empty plain objects of one kind, to which the caller adds properties in order: unlike
 * `{}` (room for four) or a literal with spreads or later keys, each object keeps up to `room`
 * properties in itself (at most {@link PLAIN_RECORD_ROOM}), whichever keys and in whichever order
 * — no second store for the rest. Use one maker per kind of object, with room for the most keys an
 * object of it has (lazy properties' state included); the objects are indistinguishable from
 * literals (prototype, `constructor`, JSON, spread, structured clone, deep equality).
 *
 * @example
 * ```ts
 * import { plainRecords } from '@signaalreis/core';
 * const newPerson = plainRecords(6); // initials, prefix, surname, birthDate, legalForm, bsn
 * const p = newPerson();
 * p.initials = 'J.';
 * p.surname = 'Jansen';
 * Object.getPrototypeOf(p) === Object.prototype; // true
 * JSON.stringify(p); // '{"initials":"J.","surname":"Jansen"}'
 * ```
 */
export function plainRecords(room: number): () => Record<string | symbol, unknown> {
  // A function of its own per kind: V8 sizes the objects of a constructor by the `this.…`
  // assignments it counts in its body (here PLAIN_RECORD_ROOM, never run) plus some slack, and trims
  // that to what the shapes it has seen need once its first few objects are made ("slack
  // tracking") — so one object with `room` keys is made first, and the trim leaves room for them.
  function PlainRecord(this: Record<string, unknown>, never?: symbol) {
    if (never === UNREACHABLE) {
      this.a = this.b = this.c = this.d = this.e = this.f = this.g = this.h = 0;
      this.i = this.j = this.k = this.l = this.m = this.n = this.o = this.p = 0;
      this.q = this.r = this.s = this.t = this.u = this.v = this.w = this.x = 0;
    }
  }
  PlainRecord.prototype = Object.prototype;
  const Maker = PlainRecord as unknown as new () => Record<string | symbol, unknown>;
  const first = new Maker();
  for (let i = 0; i < Math.min(room, PLAIN_RECORD_ROOM); i++) first[`\u0000room${i}`] = undefined;
  return () => new Maker();
}

/** A value no caller has: the sizing assignments of `plainRecords`' constructor never run. */
const UNREACHABLE = Symbol('never');

/**
 * `{ ...object, [key]: value }` made by `make` (a {@link plainRecords} maker): the same keys in the
 * same order, the same values — but with room in the object itself for all of them. For the
 * sections a month adds to each journey (intake, route, allocation), one maker per section.
 *
 * @example
 * ```ts
 * import { plainRecords, withSection } from '@signaalreis/core';
 * const newRouted = plainRecords(8);
 * const j = withSection(newRouted, { caseId: 'c1', match: {} }, 'route', { bucket: 'b' });
 * Object.keys(j); // ['caseId', 'match', 'route']
 * ```
 */
export function withSection<T extends object, K extends string, V>(
  make: () => Record<string | symbol, unknown>,
  object: T,
  key: K,
  value: V,
): T & { [P in K]: V } {
  // a `__proto__` key (an own one from JSON.parse, or the section's) would set the prototype
  // through assignment: spread it
  if (key === '__proto__' || Object.hasOwn(object, '__proto__'))
    return { ...object, [key]: value } as T & { [P in K]: V };
  const o = Object.assign(make(), object) as Record<string, unknown>;
  o[key] = value;
  return o as T & { [P in K]: V };
}
