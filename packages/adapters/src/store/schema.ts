// The tables of the case store as kysely sees them (schema "signaalreis"). Dates and months are
// text in ISO form (YYYY-MM-DD, YYYY-MM: they sort as they read, and come back exactly as written on
// every backend); amounts are bigint cents; sections and records are JSONB. Every row belongs to a
// municipality (its CBS code), which leads every key.
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** The PostgreSQL schema that holds every table of the store (and kysely's migration tables). */
export const STORE_SCHEMA = 'signaalreis';

/** A JSONB column: written as JSON text, read back as parsed JSON. */
type Json = ColumnType<unknown, string, string>;
/** A bigint column: the drivers give it back as a string (pg) or a number (PGlite). */
type BigIntColumn = ColumnType<string | number | bigint, number, number>;
/** A timestamp set by the database. */
type Stamp = ColumnType<Date | string, never, never>;

export interface MonthsTable {
  municipality: string;
  month: string;
  preset: string;
  decided_on: string;
  stored_at: Generated<Date | string>;
}

export interface CasesTable {
  municipality: string;
  month: string;
  case_id: string;
  /** The position of the case in its month (the case file's order). */
  ordinal: number;
  household_key: string;
  signal_status: string;
  intake_outcome: string;
  worklist_bucket: string;
  reached: boolean | null;
  data: Json;
  record: ColumnType<unknown, string | null, string | null>;
  lifecycle_status: string | null;
  /** The record's attempts: null when there are none, else whether one reached the household. */
  attempts_reached: boolean | null;
  closed_on: string | null;
  updated_at: ColumnType<Date | string, never, never>;
}

export interface SignalsTable {
  municipality: string;
  month: string;
  partner_id: string;
  signal_id: string;
  case_id: string;
  ordinal: number;
  household_key: string;
  sector: string;
  kind: string;
  signal_date: string;
  arrear_since: string;
  amount_cents: BigIntColumn;
  natural_person: boolean;
  picked_up: boolean;
}

export interface FeedbackSentTable {
  municipality: string;
  month: string;
  case_id: string;
  partner_id: string;
  signal_id: string;
  code: string;
  sent_on: string;
}

export interface AuditTable {
  id: Generated<number>;
  municipality: string;
  at: Stamp;
  action: string;
  month: string | null;
  details: Json;
}

/** An API key of the service (migration 0002): the sha256 of its secret, never the secret. */
export interface ApiKeysTable {
  id: string;
  role: string;
  /** CBS codes the key may read (JSON array of strings). */
  municipalities: Json;
  partner: string | null;
  label: string | null;
  secret_sha256: string;
  created_at: Stamp;
  revoked_at: ColumnType<Date | string | null, never, Date | string | null>;
}

/** One access to personal data through the service (migration 0002): who, when, what — never the data. */
export interface AccessAuditTable {
  id: Generated<number>;
  at: Stamp;
  key_id: string;
  action: string;
  route: string;
  municipality: string | null;
  month: string | null;
  count: number | null;
  status: number;
}

/** A partner's signal file for a month (migration 0003): counts and the report without values. */
export interface DeliveriesTable {
  id: string;
  seq: Generated<number>;
  municipality: string;
  month: string;
  /** The partner ids of its signals (JSON array of strings). */
  partners: Json;
  received_at: Stamp;
  rows: number;
  accepted: number;
  rejected: number;
  report: Json;
}

/** One accepted signal of a delivery (migration 0003): personal data, as the reader made it. */
export interface DeliverySignalsTable {
  municipality: string;
  month: string;
  partner_id: string;
  signal_id: string;
  delivery_id: string;
  ordinal: number;
  signal: Json;
}

/** One version of a municipality's active preset (migration 0004): never overwritten. */
export interface ActivePresetsTable {
  municipality: string;
  version: number;
  /** The preset JSON as written (not merged with its parents). */
  preset: Json;
  /** The key id (or `cli`) that set it. */
  set_by: string;
  set_at: Stamp;
}

/** A secret of the store (migration 0004): 32 random bytes, hex, made on first use. */
export interface StoreSecretsTable {
  purpose: string;
  secret_hex: string;
  created_at: Stamp;
}

/** Requests of a key in its current minute (migration 0004): the rate limit shared by processes. */
export interface RateWindowsTable {
  key_id: string;
  /** The minute: milliseconds since the epoch / 60,000, rounded down. */
  window: ColumnType<string | number, number, number>;
  count: number;
}

/** The database as kysely types it. */
export interface StoreDatabase {
  months: MonthsTable;
  cases: CasesTable;
  signals: SignalsTable;
  feedback_sent: FeedbackSentTable;
  audit: AuditTable;
  api_keys: ApiKeysTable;
  access_audit: AccessAuditTable;
  deliveries: DeliveriesTable;
  delivery_signals: DeliverySignalsTable;
  active_presets: ActivePresetsTable;
  store_secrets: StoreSecretsTable;
  rate_windows: RateWindowsTable;
}

export type CaseRow = Selectable<CasesTable>;
export type NewCaseRow = Insertable<CasesTable>;
export type SignalRow = Selectable<SignalsTable>;
export type NewSignalRow = Insertable<SignalsTable>;
