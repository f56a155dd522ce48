// In-memory implementations of the two intake lookups (population register, debt assistance):
// pure, for tests, examples and presets' embedded test cases. Loading them from CSV is an adapter.
import * as z from 'zod';
import { HouseholdKeySchema } from '../model/ids';
import { IsoDateSchema } from '../model/iso-date';
import { zodMessage } from '../model/zod-message';
import type { DebtAssistanceRegister, PopulationRegister, RegisterRecord } from './lookups';
import { nameWords, PARTICLES } from './names';

/**
 * zod schema of a {@link RegisterRecord} (synthetic data only).
 *
 * @example
 * ```ts
 * import { RegisterRecordSchema } from '@signaalreis/core';
 * RegisterRecordSchema.safeParse({ surname: 'Jansen', householdKey: '7411AB 12', inMunicipality: true }).success; // true
 * ```
 */
export const RegisterRecordSchema = z
  .object({
    bsn: z
      .string()
      .regex(/^\d{9}$/)
      .optional(),
    surname: z.string().min(1),
    prefix: z.string().min(1).optional(),
    initials: z.string().min(1).optional(),
    birthDate: IsoDateSchema.optional(),
    householdKey: HouseholdKeySchema,
    inMunicipality: z.boolean(),
    deceased: z.boolean().optional(),
  })
  .strict();

/**
 * zod schema of a {@link DebtAssistanceEntry}.
 *
 * @example
 * ```ts
 * import { DebtAssistanceEntrySchema } from '@signaalreis/core';
 * DebtAssistanceEntrySchema.safeParse({ householdKey: '7411AB 12', surname: 'Jansen' }).success; // true
 * ```
 */
export const DebtAssistanceEntrySchema = z
  .object({
    bsn: z
      .string()
      .regex(/^\d{9}$/)
      .optional(),
    householdKey: HouseholdKeySchema.optional(),
    surname: z.string().min(1).optional(),
  })
  .strict()
  .refine((e) => e.bsn !== undefined || e.householdKey !== undefined, {
    message: zodMessage({
      nl: 'Een regel heeft een BSN of een huishoudsleutel nodig',
      en: 'An entry needs a BSN or a household key',
    }),
  });

/**
 * A resident known at debt assistance: by BSN, or by address with an optional surname.
 *
 * @example
 * ```ts
 * import { asHouseholdKey, type DebtAssistanceEntry } from '@signaalreis/core';
 * const e: DebtAssistanceEntry = { householdKey: asHouseholdKey('7411AB 12'), surname: 'Jansen' };
 * ```
 */
export type DebtAssistanceEntry = z.infer<typeof DebtAssistanceEntrySchema>;

const surnameWords = (s: string) => nameWords(s).filter((w) => !PARTICLES.has(w));

/**
 * Whether two surnames share a word that is not a particle (case and accents ignored), so
 * "Jansen-de Vries" and "de Vries" agree.
 *
 * @example
 * ```ts
 * import { shareSurnameWord } from '@signaalreis/core';
 * shareSurnameWord('Jansen-de Vries', 'de Vries'); // true
 * shareSurnameWord('de Vries', 'de Jong'); // false
 * ```
 */
export function shareSurnameWord(a: string, b: string): boolean {
  const bs = surnameWords(b);
  return surnameWords(a).some((w) => bs.includes(w));
}

/**
 * A population register held in memory: `lookup` returns, in order, copies of the records with
 * the query's BSN, at the query's address, or with the query's birth date — the candidates the
 * tolerant matcher (`matchPerson`) then judges.
 *
 * @example
 * ```ts
 * import { asHouseholdKey, inMemoryPopulationRegister } from '@signaalreis/core';
 * const home = asHouseholdKey('7411AB 12');
 * const brp = inMemoryPopulationRegister([{ surname: 'Jansen', householdKey: home, inMunicipality: true }]);
 * (await brp.lookup({ surname: 'Jansen', householdKey: home, postcode: '7411AB' })).length; // 1
 * ```
 */
export function inMemoryPopulationRegister(records: readonly RegisterRecord[]): PopulationRegister {
  const frozen = records.map((r) => Object.freeze({ ...r }));
  // indexed once: a lookup per person of every case, a scan of the whole extract each was quadratic
  // (a national month: ~57,000 cases against an extract of ~80,000 rows)
  const [byBsn, byHome, byBirth] = [
    rowsBy(frozen, (r) => r.bsn),
    rowsBy(frozen, (r) => r.householdKey),
    rowsBy(frozen, (r) => r.birthDate),
  ];
  return {
    async lookup(query) {
      const hits = [
        ...(query.bsn === undefined ? [] : (byBsn.get(query.bsn) ?? [])),
        ...(byHome.get(query.householdKey) ?? []),
        ...(query.birthDate === undefined ? [] : (byBirth.get(query.birthDate) ?? [])),
      ];
      // in the extract's order, each record once: what a filter over the rows gives
      return [...new Set(hits)].sort((a, b) => a - b).map((i) => ({ ...(frozen[i] as RegisterRecord) }));
    },
  };
}

/** The positions of the rows by a value of theirs (rows without one left out), in ascending order. */
function rowsBy<T>(rows: readonly T[], key: (row: T) => string | undefined): Map<string, number[]> {
  const by = new Map<string, number[]>();
  rows.forEach((row, i) => {
    const k = key(row);
    if (k === undefined) return;
    const list = by.get(k);
    if (list) list.push(i);
    else by.set(k, [i]);
  });
  return by;
}

/**
 * A debt-assistance administration held in memory. A resident is known when the BSN is listed,
 * or when an entry at the household's address has no surname or shares a surname word with the
 * query.
 *
 * @example
 * ```ts
 * import { asHouseholdKey, inMemoryDebtAssistanceRegister } from '@signaalreis/core';
 * const home = asHouseholdKey('7411AB 12');
 * const shv = inMemoryDebtAssistanceRegister([{ householdKey: home, surname: 'Jansen' }]);
 * await shv.isKnown({ householdKey: home, surname: 'JANSEN' }); // true
 * ```
 */
export function inMemoryDebtAssistanceRegister(
  entries: readonly DebtAssistanceEntry[],
): DebtAssistanceRegister {
  const frozen = entries.map((e) => Object.freeze({ ...e }));
  // indexed once, as the register: a question per person of every case
  const bsns = new Set(frozen.flatMap((e) => (e.bsn === undefined ? [] : [e.bsn])));
  const byHome = rowsBy(frozen, (e) => e.householdKey);
  return {
    async isKnown(query) {
      if (query.bsn !== undefined && bsns.has(query.bsn)) return true;
      return (byHome.get(query.householdKey) ?? []).some((i) => {
        const e = frozen[i] as DebtAssistanceEntry;
        return e.surname === undefined || shareSurnameWord(e.surname, query.surname);
      });
    },
  };
}
