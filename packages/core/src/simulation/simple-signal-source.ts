// INTERIM signal source for the simulation runner (issue 16), for tests and the first runs until
// the synthetic population (part A of issue 16, `createPopulation`) replaces it: a fixed pool of
// households per municipality of which, month by month, a seeded draw delivers signals. It is not
// a population model: no arrears process, and partner criteria are not applied (see the docs).
import { addMonths } from '../calendar/months';
import type { Sector } from '../model/enums';
import type { IsoMonth } from '../model/iso-date';
import { fail, issue, ok, type Result } from '../model/issue';
import { type Signal, validateSignal } from '../model/signal';
import { SIMULATION_MESSAGES as M } from './messages';
import { caseStream } from './random';
import type { SimulatedMunicipality, SimulationSignalSource, SimulationUnit } from './signal-source';

/**
 * Inhabitants per municipality type when a simulated municipality gives none (project default:
 * with about 4 signals per 1,000 inhabitants a month they fall in the types' bands — small < 150,
 * medium 150–1,000, large > 1,000 signals a month; regional: one team for several municipalities).
 *
 * @example
 * ```ts
 * import { DEFAULT_INHABITANTS } from '@signaalreis/core';
 * DEFAULT_INHABITANTS.medium * 0.004; // 400 signals a month
 * ```
 */
export const DEFAULT_INHABITANTS = {
  small: 25_000,
  medium: 100_000,
  large: 400_000,
  regional: 200_000,
} as const;

/** Signals per inhabitant a month (issue 16: "about 4 signals per 1,000 inhabitants a month"). */
const PER_INHABITANT = 0.004;
/** The March peak (issue 16; its size is a project default of this interim source). */
const MARCH = 1.2;
/** Households in the pool per expected signal a month (project default: repeats across months occur). */
const POOL = 6;
/** Interim sector mix (project default; the synthetic population replaces it with the national one). */
const MIX: readonly [Sector, number, string, string][] = [
  ['health', 0.45, 'ZV-SIM', 'Zorgverzekeraar (gesimuleerd)'],
  ['rent', 0.2, 'WO-SIM', 'Woningcorporatie (gesimuleerd)'],
  ['energy', 0.2, 'EN-SIM', 'Energieleverancier (gesimuleerd)'],
  ['water', 0.15, 'WA-SIM', 'Waterbedrijf (gesimuleerd)'],
];

/**
 * The number of inhabitants of a simulated municipality: its own, else its type's default; `undefined`
 * when it has neither (or a number outside 1–100,000,000).
 *
 * @example
 * ```ts
 * import { inhabitantsOf } from '@signaalreis/core';
 * inhabitantsOf({ code: 'x', type: 'small' }); // 25000
 * inhabitantsOf({ code: 'x', inhabitants: 73_000 }); // 73000
 * ```
 */
export function inhabitantsOf(m: SimulatedMunicipality): number | undefined {
  const n = m.inhabitants ?? (m.type === undefined ? undefined : DEFAULT_INHABITANTS[m.type]);
  return n !== undefined && Number.isSafeInteger(n) && n >= 1 && n <= 100_000_000 ? n : undefined;
}

/** Household h → a canonical postcode and house number (pool up to 9,000 × 50 × 20 households). */
function address(h: number) {
  const digits = 1000 + (Math.floor(h / 50) % 9000);
  const letters = ['AB', 'AC', 'AD', 'AE', 'AG', 'AH', 'AJ', 'AK', 'AL', 'AM'][Math.floor(h / 450_000) % 10];
  return { postcode: `${digits}${letters}`, houseNumber: (h % 50) + 1 };
}

function monthSignals(unit: SimulationUnit, month: IsoMonth, expected: number, pool: number): Signal[] {
  const key = `${unit.seed}/${unit.replication}/${unit.municipality.code}`;
  const next = caseStream(0, `${key}/${month}/signals`);
  const count = Math.round(expected * (month.endsWith('-03') ? MARCH : 1) * (0.9 + 0.2 * next()));
  const arrearSince = `${addMonths(month, -2)}-01`;
  const out: Signal[] = [];
  for (let i = 0; i < count; i++) {
    const h = Math.floor(next() * pool);
    const u = next();
    let acc = 0;
    const [sector, , partnerId, partnerName] =
      MIX.find(([, w]) => {
        acc += w;
        return u < acc;
      }) ?? (MIX[0] as (typeof MIX)[0]);
    const day = 1 + Math.floor(next() * 28);
    const amountCents = 5_000 + Math.floor(next() * 145_000);
    // contact data belong to the household, the same every month
    const reach = caseStream(0, `${key}/household/${h}`);
    const [phone, email] = [reach() < 0.6, reach() < 0.5];
    const r = validateSignal({
      signalId: `${partnerId}-${month}-${i}`,
      partner: { id: partnerId, name: partnerName, sector },
      kind: 'early',
      signalDate: `${month}-${String(day).padStart(2, '0')}`,
      arrearSince,
      amountCents,
      person: { surname: 'Huishouden', legalForm: 'individual' },
      address: address(h),
      contact: {
        ...(phone ? { phone: `+3161${String(h % 10_000_000).padStart(7, '0')}` } : {}),
        ...(email ? { email: `h${h}@example.org` } : {}),
      },
    });
    if (!r.ok) throw new Error(`simple signal source made an invalid signal: ${JSON.stringify(r.issues)}`);
    out.push(r.value);
  }
  return out;
}

/**
 * INTERIM: a seeded signal source for the simulation runner until the synthetic population of
 * issue 16 replaces it. A municipality of `inhabitants` (or its type's {@link DEFAULT_INHABITANTS})
 * gets about 4 signals per 1,000 inhabitants a month (± 10 %, 20 % more in March) from a pool of
 * 6 households per expected signal, so households recur across months and some get two signals in
 * a month. Sectors: health 45 %, rent 20 %, energy 20 %, water 15 %; 60 % of households have a
 * phone number, 50 % an e-mail address. Criteria are **not** applied (every arrear is a signal).
 * The same unit gives the same signals; scenarios of a unit share them (common random numbers).
 *
 * @example
 * ```ts
 * import { asIsoMonth, createSimpleSignalSource } from '@signaalreis/core';
 * const s = createSimpleSignalSource({ seed: 'q1', replication: 0, municipality: { code: 'small', type: 'small' }, start: asIsoMonth('2027-01') });
 * if (s.ok) s.value.next({}).signals.length; // about 100 (25,000 inhabitants × 4 / 1,000)
 * ```
 */
export function createSimpleSignalSource(unit: SimulationUnit): Result<SimulationSignalSource> {
  const inhabitants = inhabitantsOf(unit.municipality);
  if (inhabitants === undefined) return fail(issue('bad_municipality', ['municipality'], M.badMunicipality));
  const expected = inhabitants * PER_INHABITANT;
  const pool = Math.max(20, Math.round(expected * POOL));
  let month = unit.start;
  const next = () => {
    const out = { month, signals: monthSignals(unit, month, expected, pool) };
    month = addMonths(month, 1);
    return out;
  };
  // criteria are not applied: every scenario gets the month's one list
  return ok({
    next,
    nextMany: (criteria) => {
      const m = next();
      return criteria.map(() => m);
    },
  });
}
