// The fast path of SignalSchema against the schema itself (issue 14). `isParsedSignal` must say yes
// exactly when the schema accepts a value and gives it back unchanged (same keys in the same order,
// same prototype, same numbers down to -0), and validateSignal must give what the schema alone
// gives. The inputs are valid signals with up to four corruptions each, aimed at every rule of the
// schema; the last test makes sure the corruptions do reach both answers, so that none of these
// properties can pass by never testing anything.
import { fc, test } from '@fast-check/vitest';
import {
  isParsedSignal,
  LEGAL_FORMS,
  SECTORS,
  SIGNAL_KINDS,
  SignalSchema,
  validateSignal,
} from '@signaalreis/core';
import { expect } from 'vitest';
import { issuesFromZod } from './zod-issues';

type Obj = Record<string, unknown>;

/** Deep equality that also compares key order, prototypes and -0. */
function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b);
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Reflect.ownKeys(a);
  const kb = Reflect.ownKeys(b);
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
  return ka.every((k) => {
    const da = Object.getOwnPropertyDescriptor(a, k);
    const db = Object.getOwnPropertyDescriptor(b, k);
    return da?.enumerable === db?.enumerable && sameValue(da?.value, db?.value);
  });
}

/** What validateSignal gave before the fast path: the schema alone. */
function bySchema(input: unknown) {
  const parsed = SignalSchema.safeParse(input);
  return parsed.success
    ? { ok: true as const, value: parsed.data }
    : { ok: false as const, issues: issuesFromZod(parsed.error) };
}

/** An object with the defined entries only, in the order given (as a reader builds one). */
const defined = (entries: [string, unknown][]): Obj =>
  Object.fromEntries(entries.filter(([, v]) => v !== undefined));

const isoDay = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const validBsn = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
  .map((d) => {
    const sum = d.reduce((s, x, i) => s + (9 - i) * x, 0);
    return { d, last: sum % 11 };
  })
  .filter(({ d, last }) => last < 10 && (last > 0 || d.some((x) => x > 0)))
  .map(({ d, last }) => `${d.join('')}${last}`);
// biome-ignore lint/suspicious/noControlCharactersInRegex: a valid id holds no control character
const noControl = (s: string) => !/[\u0000-\u001f\u007f-\u009f]/.test(s);
const someText = fc.string({ minLength: 1, maxLength: 30 });
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

/** Valid signals in the schema's key order, as the CSV reader builds them. */
const validSignal: fc.Arbitrary<Obj> = fc
  .record({
    signalId: fc.string({ minLength: 1, maxLength: 100 }).filter(noControl),
    partnerId: fc.string({ minLength: 1, maxLength: 12 }).filter(noControl),
    partnerName: someText,
    sector: fc.constantFrom(...SECTORS),
    kind: fc.constantFrom(...SIGNAL_KINDS),
    dates: fc.tuple(isoDay, isoDay).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
    amountCents: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
    termsOverdue: opt(fc.nat()),
    remindersSent: opt(fc.nat(20)),
    initials: opt(someText),
    prefix: opt(someText),
    surname: someText,
    birthDate: opt(isoDay),
    legalForm: fc.constantFrom(...LEGAL_FORMS),
    bsn: opt(validBsn),
    personallyLiable: opt(fc.boolean()),
    postcode: fc.stringMatching(/^[1-9]\d{3}[A-Z]{2}$/).filter((p) => !/S[ADS]$/.test(p)),
    houseNumber: fc.integer({ min: 1, max: 99999 }),
    houseLetter: opt(fc.stringMatching(/^[A-Z]$/)),
    houseNumberAddition: opt(fc.stringMatching(/^[A-Z0-9]{1,4}$/)),
    city: opt(someText),
    phone: opt(fc.stringMatching(/^\+316\d{8}$/)),
    email: opt(fc.constantFrom('bewoner@example.nl', 'J.Jansen@example.nl', 'a_b+c@mail.example.org')),
    neighbourhood: opt(someText),
  })
  .map((r) =>
    defined([
      ['signalId', r.signalId],
      ['partner', { id: r.partnerId, name: r.partnerName, sector: r.sector }],
      ['kind', r.kind],
      ['signalDate', r.dates[1]],
      ['arrearSince', r.dates[0]],
      ['amountCents', r.amountCents],
      ['termsOverdue', r.termsOverdue],
      ['remindersSent', r.remindersSent],
      [
        'person',
        defined([
          ['initials', r.initials],
          ['prefix', r.prefix],
          ['surname', r.surname],
          ['birthDate', r.birthDate],
          ['legalForm', r.legalForm],
          ['bsn', r.bsn],
          ['personallyLiable', r.personallyLiable],
        ]),
      ],
      [
        'address',
        defined([
          ['postcode', r.postcode],
          ['houseNumber', r.houseNumber],
          ['houseLetter', r.houseLetter],
          ['houseNumberAddition', r.houseNumberAddition],
          ['city', r.city],
        ]),
      ],
      [
        'contact',
        defined([
          ['phone', r.phone],
          ['email', r.email],
        ]),
      ],
      ['neighbourhood', r.neighbourhood],
    ]),
  );

const PATHS = [
  'signalId',
  'partner',
  'partner.id',
  'partner.name',
  'partner.sector',
  'kind',
  'signalDate',
  'arrearSince',
  'amountCents',
  'termsOverdue',
  'remindersSent',
  'person',
  'person.initials',
  'person.prefix',
  'person.surname',
  'person.birthDate',
  'person.legalForm',
  'person.bsn',
  'person.personallyLiable',
  'address',
  'address.postcode',
  'address.houseNumber',
  'address.houseLetter',
  'address.houseNumberAddition',
  'address.city',
  'contact',
  'contact.phone',
  'contact.email',
  'neighbourhood',
] as const;
class Holder {
  surname = 'Jansen';
  legalForm = 'individual';
}
/** Values aimed at the edges of the schema's rules (types, lengths, ranges, forms). */
const NASTY: readonly unknown[] = [
  undefined,
  null,
  '',
  ' ',
  'x',
  'x'.repeat(100),
  'x'.repeat(101),
  'a\u0000b',
  'a\u0085b',
  'a\nb',
  0,
  -0,
  1,
  -1,
  1.5,
  99999,
  100000,
  2 ** 53,
  Number.MAX_SAFE_INTEGER,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  [],
  {},
  Object.create(null),
  new Holder(),
  '2026-10-26',
  '2026-10-27',
  '1999-01-01',
  '2024-02-29',
  '2023-02-29',
  '2026-13-01',
  '26-10-2026',
  '7411AB',
  '7411 AB',
  '7411ab',
  '0411AB',
  '7411SA',
  '111222333',
  '123456789',
  '000000000',
  '11122233',
  '+31612345678',
  '+31 6 12345678',
  '0612345678',
  '+310612345678',
  '+4915112345678',
  'bewoner@example.nl',
  'Bewoner@Example.NL',
  'bewoner@',
  ' bewoner@example.nl',
  'A',
  'a',
  'AB',
  '1',
  'ABCD',
  'ABCDE',
  'individual',
  'bv',
  'rent',
  'energy',
  'early',
  'cak',
  'urgent',
];

type Mutation =
  | { kind: 'set'; path: number; value: number }
  | { kind: 'delete'; path: number }
  | { kind: 'extra'; path: number }
  | { kind: 'shuffle'; path: number; seed: number }
  | { kind: 'hide'; path: number }
  | { kind: 'bare'; path: number }
  | { kind: 'swapDates' };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('set' as const), path: fc.nat(), value: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), path: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('extra' as const), path: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('shuffle' as const), path: fc.nat(), seed: fc.nat() }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('hide' as const), path: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('bare' as const), path: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('swapDates' as const) }) },
);

/** The object at a dotted path's parent and the last key ([root, key] for a top-level path). */
function locate(root: Obj, path: string): [Obj | undefined, string] {
  const parts = path.split('.');
  const key = parts.pop() as string;
  let at: unknown = root;
  for (const p of parts) at = typeof at === 'object' && at !== null ? (at as Obj)[p] : undefined;
  return [typeof at === 'object' && at !== null ? (at as Obj) : undefined, key];
}
const clone = (v: unknown): unknown =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype
    ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clone(x)]))
    : v;

/** A new copy of a pool value that is an object, so that no run changes the pool. */
function fresh(v: unknown): unknown {
  if (Array.isArray(v)) return [];
  if (v instanceof Holder) return new Holder();
  if (typeof v === 'object' && v !== null)
    return Object.getPrototypeOf(v) === null ? Object.create(null) : {};
  return v;
}

function apply(signal: Obj, ms: readonly Mutation[]): Obj {
  const root = clone(signal) as Obj;
  for (const m of ms) {
    if (m.kind === 'swapDates') {
      [root.signalDate, root.arrearSince] = [root.arrearSince, root.signalDate];
      continue;
    }
    const [parent, key] = locate(root, PATHS[m.path % PATHS.length] as string);
    if (!parent) continue;
    if (m.kind === 'set') parent[key] = fresh(NASTY[m.value % NASTY.length]);
    else if (m.kind === 'delete') delete parent[key];
    else if (m.kind === 'extra') {
      const target = parent[key];
      if (typeof target === 'object' && target !== null) (target as Obj).extra = 1;
      else parent.extra = 1;
    } else if (m.kind === 'hide') {
      const value = parent[key] ?? 'x';
      delete parent[key];
      Object.defineProperty(parent, key, { value, enumerable: false, configurable: true, writable: true });
    } else {
      const target = parent[key];
      if (typeof target !== 'object' || target === null) continue;
      const entries = Object.entries(target);
      if (m.kind === 'bare') parent[key] = Object.assign(Object.create(null), target);
      else {
        // rotate the keys (a shuffle that always changes the order of two or more keys)
        const by = 1 + (m.seed % Math.max(1, entries.length - 1));
        parent[key] = Object.fromEntries([...entries.slice(by), ...entries.slice(0, by)]);
      }
    }
  }
  return root;
}

const input = fc.tuple(validSignal, fc.array(mutation, { maxLength: 4 })).map(([s, ms]) => apply(s, ms));

test.prop([input], { numRuns: 4000 })(
  'isParsedSignal says yes exactly when the schema accepts the value and gives it back unchanged',
  (x) => {
    const parsed = SignalSchema.safeParse(x);
    const unchanged = parsed.success && sameValue(parsed.data, x);
    expect(isParsedSignal(x)).toBe(unchanged);
  },
);

test.prop([input], { numRuns: 2000 })('validateSignal gives exactly what the schema alone gives', (x) => {
  expect(sameValue(validateSignal(x), bySchema(x))).toBe(true);
});

test.prop([validSignal], { numRuns: 1000 })(
  'every valid signal built in the schema order takes the fast path, and comes back a copy',
  (s) => {
    expect(isParsedSignal(s)).toBe(true);
    const r = validateSignal(s);
    expect(r.ok && r.value !== s && sameValue(r.value, s)).toBe(true);
  },
);

test('the corrupted inputs reach every answer: fast path, schema success after a copy, and failure', () => {
  const seen = { fast: 0, copiedBySchema: 0, rejected: 0 };
  fc.assert(
    fc.property(input, (x) => {
      if (isParsedSignal(x)) seen.fast++;
      else if (SignalSchema.safeParse(x).success) seen.copiedBySchema++;
      else seen.rejected++;
    }),
    { numRuns: 2000, seed: 14 },
  );
  expect(seen.fast).toBeGreaterThan(100);
  expect(seen.copiedBySchema).toBeGreaterThan(20);
  expect(seen.rejected).toBeGreaterThan(500);
});
