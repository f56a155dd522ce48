// The lookups intake needs, as interfaces: core does no I/O, adapters implement them
// (packages/adapters/src/lookups has in-memory versions loaded from CSV).
import type { HouseholdKey } from '../model/ids';
import type { IsoDate } from '../model/iso-date';

/**
 * What intake asks the population register (BRP) about one signal's person.
 *
 * @example
 * ```ts
 * import { asHouseholdKey, type RegisterQuery } from '@signaalreis/core';
 * const q: RegisterQuery = { surname: 'Jansen', initials: 'J.', householdKey: asHouseholdKey('7411AB 12'), postcode: '7411AB' };
 * ```
 */
export interface RegisterQuery {
  /** The BSN, when the partner supplied one. */
  bsn?: string;
  /** Surname as written by the partner. */
  surname: string;
  /** Prefix (tussenvoegsel), e.g. "van der". */
  prefix?: string;
  /** Initials, e.g. "J.P.". */
  initials?: string;
  /** Birth date as written by the partner (may be a placeholder such as 2000-01-01). */
  birthDate?: IsoDate;
  /** The signal's household key (see `householdKey`). */
  householdKey: HouseholdKey;
  /** The signal's canonical postcode. */
  postcode: string;
}

/**
 * One person as the population register knows them. A register returns, for a query, everyone
 * registered at the query's address plus anyone it can identify elsewhere (same BSN, or same name
 * and birth date), so a move or a departure can be recognised.
 *
 * @example
 * ```ts
 * import { asHouseholdKey, type RegisterRecord } from '@signaalreis/core';
 * const r: RegisterRecord = { surname: 'Jansen', initials: 'J', householdKey: asHouseholdKey('7411AB 12'), inMunicipality: true };
 * ```
 */
export interface RegisterRecord {
  /** BSN, when known. */
  bsn?: string;
  /** Surname. */
  surname: string;
  /** Prefix (tussenvoegsel). */
  prefix?: string;
  /** Initials. */
  initials?: string;
  /** Birth date. */
  birthDate?: IsoDate;
  /** Household key of the address the person is (or was last) registered at. */
  householdKey: HouseholdKey;
  /** Whether the person is registered in this municipality now. */
  inMunicipality: boolean;
  /** Whether the person has died. */
  deceased?: boolean;
}

/**
 * The population register (BRP) as intake sees it: pluggable, asynchronous. Source: signaalreis-2023 (the
 * automatic BRP check is the municipality's own choice).
 *
 * @example
 * ```ts
 * import type { PopulationRegister } from '@signaalreis/core';
 * const empty: PopulationRegister = { lookup: async () => [] };
 * ```
 */
export interface PopulationRegister {
  /**
   * The records that may be the queried person (see {@link RegisterRecord}); `[]` when nobody is
   * registered at the address and nobody elsewhere fits.
   *
   * @example
   * ```ts
   * import type { PopulationRegister } from '@signaalreis/core';
   * const brp: PopulationRegister = { lookup: async (q) => [{ surname: q.surname, householdKey: q.householdKey, inMunicipality: true }] };
   * ```
   */
  lookup(query: RegisterQuery): Promise<RegisterRecord[]>;
}

/**
 * What intake asks the debt-assistance (schuldhulpverlening) administration.
 *
 * @example
 * ```ts
 * import { asHouseholdKey, type DebtAssistanceQuery } from '@signaalreis/core';
 * const q: DebtAssistanceQuery = { householdKey: asHouseholdKey('7411AB 12'), surname: 'Jansen' };
 * ```
 */
export interface DebtAssistanceQuery {
  /** BSN, when known. */
  bsn?: string;
  /** Household key of the signal's address. */
  householdKey: HouseholdKey;
  /** Surname as written by the partner. */
  surname: string;
}

/**
 * The debt-assistance administration as intake sees it: is the resident already in an active
 * trajectory? (signaalreis-2023: a coupling with the debt-assistance software, or by hand.)
 *
 * @example
 * ```ts
 * import type { DebtAssistanceRegister } from '@signaalreis/core';
 * const none: DebtAssistanceRegister = { isKnown: async () => false };
 * ```
 */
export interface DebtAssistanceRegister {
  /**
   * Whether the resident is known in an active debt-assistance trajectory.
   *
   * @example
   * ```ts
   * import type { DebtAssistanceRegister } from '@signaalreis/core';
   * const shv: DebtAssistanceRegister = { isKnown: async (q) => q.householdKey === '7411AB 12' };
   * ```
   */
  isKnown(query: DebtAssistanceQuery): Promise<boolean>;
}

/**
 * The lookups given to `intakeCase`; a check that is enabled but has no lookup sends the case to
 * manual review (register) or is recorded as not done (debt assistance).
 *
 * @example
 * ```ts
 * import type { IntakeLookups } from '@signaalreis/core';
 * const lookups: IntakeLookups = { debtAssistance: { isKnown: async () => false } };
 * ```
 */
export interface IntakeLookups {
  /** The population register (BRP). */
  register?: PopulationRegister;
  /** The debt-assistance administration (SHV). */
  debtAssistance?: DebtAssistanceRegister;
}
