// Rows of `months` and `audit` read back, checked (see rows.ts).

import type { StoreAuditEntry, StoredMonthSummary } from '@signaalreis/core';
import {
  fail,
  IsoDateSchema,
  IsoMonthSchema,
  issue,
  issuesFromZod,
  MunicipalityCodeSchema,
  ok,
  type Result,
} from '@signaalreis/core';
import * as z from 'zod';
import { STORE_MESSAGES as M } from './messages';

/** A timestamp column as the store answers it (ISO 8601). */
export const stamp = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));

const MonthColumns = z.object({
  municipality: MunicipalityCodeSchema,
  month: IsoMonthSchema,
  preset: z.string(),
  decided_on: IsoDateSchema,
  cases: z.number().int(),
  signals: z.number().int(),
});

const AuditColumns = z.object({
  municipality: MunicipalityCodeSchema,
  action: z.enum([
    'month-stored',
    'month-replaced',
    'lifecycle-updated',
    'record-updated',
    'purged',
    'delivery-stored',
    'preset-set',
  ]),
  month: IsoMonthSchema.nullable(),
  details: z.record(z.string(), z.unknown()),
});

const invalid = (table: string, key: string, error: z.ZodError) => {
  const [first] = issuesFromZod(error);
  const where = first && first.path.length > 0 ? `${first.path.join('.')}: ` : '';
  const why = { nl: `${where}${first?.message.nl ?? ''}`, en: `${where}${first?.message.en ?? ''}` };
  return fail(issue('store_row_invalid', [table, key], M.rowInvalid(table, key, why)));
};

/** A row of `months` with its counts, read back. */
export function monthSummaryOf(row: Record<string, unknown>): Result<StoredMonthSummary> {
  const r = MonthColumns.safeParse(row);
  if (!r.success) return invalid('months', String(row.month), r.error);
  const { municipality, month, preset, decided_on, cases, signals } = r.data;
  return ok({
    municipality,
    month,
    preset,
    decidedOn: decided_on,
    cases,
    signals,
    storedAt: stamp(row.stored_at),
  });
}

/** A row of `audit`, read back. */
export function auditEntryOf(row: Record<string, unknown>): Result<StoreAuditEntry> {
  const r = AuditColumns.safeParse(row);
  if (!r.success) return invalid('audit', String(row.id), r.error);
  const { municipality, action, month, details } = r.data;
  return ok({ municipality, at: stamp(row.at), action, ...(month ? { month } : {}), details });
}
