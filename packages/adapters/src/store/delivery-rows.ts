// Signal deliveries in and out of the store (migration 0003): one row per delivery with its counts
// and report, one row per accepted signal. Read back through core's schemas, like every row.
import { randomUUID } from 'node:crypto';
import {
  type DeliverySummary,
  fail,
  type IsoMonth,
  IsoMonthSchema,
  issue,
  type MunicipalityCode,
  MunicipalityCodeSchema,
  type NewDelivery,
  ok,
  PartnerIdSchema,
  type Result,
  type Signal,
  validateSignal,
} from '@signaalreis/core';
import { type Kysely, sql, type Transaction } from 'kysely';
import * as z from 'zod';
import { STORE_MESSAGES as M } from './messages';
import type { StoreDatabase } from './schema';

type Db = Kysely<StoreDatabase> | Transaction<StoreDatabase>;

/** Rows per INSERT and ids per look-up (PostgreSQL takes at most 65,535 parameters; project default). */
const BATCH = 1000;

const stamp = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));

const invalid = (table: string, key: string, where: string) =>
  issue(
    'store_row_invalid',
    [table, key],
    M.rowInvalid(table, key, { nl: `${where} klopt niet`, en: `${where} does not check` }),
  );

const SummaryColumns = z.object({
  id: z.string().min(1),
  municipality: MunicipalityCodeSchema,
  month: IsoMonthSchema,
  partners: z.array(PartnerIdSchema),
  rows: z.number().int().min(0),
  accepted: z.number().int().min(0),
  rejected: z.number().int().min(0),
});

/** A row of `deliveries`, read back (without its report and signals). */
export function deliverySummaryOf(row: Record<string, unknown>): Result<DeliverySummary> {
  const r = SummaryColumns.safeParse(row);
  if (!r.success) return fail(invalid('deliveries', String(row.id), r.error.issues[0]?.path.join('.') ?? ''));
  const { id, ...rest } = r.data;
  return ok({ deliveryId: id, ...rest, receivedAt: stamp(row.received_at) });
}

/** A stored signal, read back as a Signal (its ids, dates and amounts branded again). */
export function deliverySignalOf(row: {
  delivery_id: string;
  ordinal: number;
  signal: unknown;
}): Result<Signal> {
  const r = validateSignal(row.signal);
  if (r.ok) return r;
  // the row's key is the delivery and position: the signal's own values are personal data
  return fail(
    invalid('delivery_signals', `${row.delivery_id}#${row.ordinal}`, r.issues[0]?.path.join('.') ?? ''),
  );
}

/** A refusal of a delivery: rolls the transaction back, then becomes a failed Result. */
export class DeliveryRefusal extends Error {
  constructor(readonly result: Result<never>) {
    super('delivery refused');
  }
}

/**
 * Writes a delivery inside `trx`: refused (DeliveryRefusal) when an earlier delivery of the month
 * holds one of its signals (same partner and signal id); else the delivery row, its signals in
 * batches and the store's audit entry. Returns the new delivery's id.
 */
export async function insertDelivery(trx: Transaction<StoreDatabase>, d: NewDelivery): Promise<string> {
  const known = new Set<string>();
  const key = (partner: string, id: string) => `${partner}\u0000${id}`;
  for (let i = 0; i < d.signals.length; i += BATCH) {
    const batch = d.signals.slice(i, i + BATCH);
    const rows = await trx
      .selectFrom('delivery_signals')
      .select(['partner_id', 'signal_id'])
      .where('municipality', '=', d.municipality)
      .where('month', '=', d.month)
      .where(
        'signal_id',
        'in',
        batch.map((s) => s.signalId as string),
      )
      .execute();
    for (const r of rows) known.add(key(r.partner_id, r.signal_id));
  }
  const twice = d.signals.flatMap((s, i) => (known.has(key(s.partner.id, s.signalId)) ? [i] : []));
  if (twice.length > 0)
    throw new DeliveryRefusal(
      fail(
        twice.map((i) =>
          issue('signal_already_delivered', ['signals', i], M.signalAlreadyDelivered(d.month)),
        ),
      ),
    );
  const id = randomUUID();
  await trx
    .insertInto('deliveries')
    .values({
      id,
      municipality: d.municipality,
      month: d.month,
      partners: JSON.stringify(d.partners),
      rows: d.rows,
      accepted: d.accepted,
      rejected: d.rejected,
      report: JSON.stringify(d.report),
    })
    .execute();
  for (let i = 0; i < d.signals.length; i += BATCH)
    await trx
      .insertInto('delivery_signals')
      .values(
        d.signals.slice(i, i + BATCH).map((s, j) => ({
          municipality: d.municipality,
          month: d.month,
          partner_id: s.partner.id,
          signal_id: s.signalId,
          delivery_id: id,
          ordinal: i + j,
          signal: JSON.stringify(s),
        })),
      )
      .execute();
  await trx
    .insertInto('audit')
    .values({
      municipality: d.municipality,
      action: 'delivery-stored',
      month: d.month,
      details: JSON.stringify({
        deliveryId: id,
        partners: d.partners,
        rows: d.rows,
        accepted: d.accepted,
        rejected: d.rejected,
      }),
    })
    .execute();
  return id;
}

/** The deliveries of a month, oldest first. */
export async function selectDeliveries(
  db: Db,
  municipality: MunicipalityCode,
  month: IsoMonth,
): Promise<Record<string, unknown>[]> {
  return db
    .selectFrom('deliveries')
    .select(['id', 'municipality', 'month', 'partners', 'received_at', 'rows', 'accepted', 'rejected'])
    .where('municipality', '=', municipality)
    .where('month', '=', month)
    .orderBy('seq')
    .execute();
}

/** The signals of a month's deliveries: delivery by delivery (in the order stored), each in file order. */
export async function selectDeliverySignals(db: Db, municipality: MunicipalityCode, month: IsoMonth) {
  return db
    .selectFrom('delivery_signals as s')
    .innerJoin('deliveries as d', 'd.id', 's.delivery_id')
    .select(['s.delivery_id', 's.ordinal', 's.signal'])
    .where('s.municipality', '=', municipality)
    .where('s.month', '=', month)
    .orderBy('d.seq')
    .orderBy('s.ordinal')
    .execute();
}

/** The deliveries the purge removes: those of months before `before`, counted per month. */
export async function purgeDeliveries(
  db: Db,
  municipality: MunicipalityCode,
  before: IsoMonth,
  dryRun: boolean,
): Promise<{ month: IsoMonth; count: number }[]> {
  const counted = await db
    .selectFrom('deliveries')
    .select(['month', sql<number>`count(*)::int`.as('count')])
    .where('municipality', '=', municipality)
    .where('month', '<', before)
    .groupBy('month')
    .orderBy('month')
    .execute();
  if (!dryRun && counted.length > 0) {
    await db
      .deleteFrom('delivery_signals')
      .where('municipality', '=', municipality)
      .where('month', '<', before)
      .execute();
    await db
      .deleteFrom('deliveries')
      .where('municipality', '=', municipality)
      .where('month', '<', before)
      .execute();
  }
  return counted.map((c) => ({ month: c.month as IsoMonth, count: c.count }));
}
