// Purging by retention: one function finds what the limits remove, and — unless it is a dry run —
// removes exactly that, inside the caller's transaction. A dry run and the real purge therefore
// list the same rows.
import type { CaseId, IsoMonth, PurgeReport, PurgeRequest } from '@signaalreis/core';
import { type ExpressionBuilder, type Kysely, sql, type Transaction } from 'kysely';
import { purgeDeliveries } from './delivery-rows';
import type { StoreDatabase } from './schema';

type Db = Kysely<StoreDatabase> | Transaction<StoreDatabase>;

/** Signals past retention: not picked up before `keepSignalsFrom`, picked up before `keepPickedUpFrom`. */
const signalGone = (r: PurgeRequest) => (eb: ExpressionBuilder<StoreDatabase, 'signals'>) =>
  eb.and([
    eb('municipality', '=', r.municipality),
    eb.or([
      eb.and([eb('picked_up', '=', false), eb('month', '<', r.cutoffs.keepSignalsFrom)]),
      eb.and([eb('picked_up', '=', true), eb('month', '<', r.cutoffs.keepPickedUpFrom)]),
    ]),
  ]);

/** Cases closed on or before the limit (a case that was never closed stays). */
const caseGone = (r: PurgeRequest) => (eb: ExpressionBuilder<StoreDatabase, 'cases'>) =>
  eb.and([
    eb('municipality', '=', r.municipality),
    eb('closed_on', 'is not', null),
    eb('closed_on', '<=', r.cutoffs.removeCasesClosedOnOrBefore),
  ]);

const count = sql<number>`count(*)::int`;

/**
 * What the purge removes: signals per month, cases per month, and the months left with neither
 * cases nor signals (only months before `keepPickedUpFrom`, so an empty month that just ran stays).
 * Unless `dryRun`, removes exactly those rows (feedback sent about a case goes with it).
 */
export async function purgeWith(db: Db, r: PurgeRequest): Promise<PurgeReport> {
  const signals = await db
    .selectFrom('signals')
    .select(['month', count.as('count')])
    .where(signalGone(r))
    .groupBy('month')
    .orderBy('month')
    .execute();
  const caseRows = await db
    .selectFrom('cases')
    .select(['month', 'case_id'])
    .where(caseGone(r))
    .orderBy('month')
    .orderBy('ordinal')
    .execute();
  const totals = await db
    .selectFrom('months as m')
    .select((eb) => [
      'm.month',
      eb
        .selectFrom('cases as c')
        .select(count.as('n'))
        .whereRef('c.municipality', '=', 'm.municipality')
        .whereRef('c.month', '=', 'm.month')
        .as('cases'),
      eb
        .selectFrom('signals as s')
        .select(count.as('n'))
        .whereRef('s.municipality', '=', 'm.municipality')
        .whereRef('s.month', '=', 'm.month')
        .as('signals'),
    ])
    .where('m.municipality', '=', r.municipality)
    .where('m.month', '<', r.cutoffs.keepPickedUpFrom)
    .orderBy('m.month')
    .execute();
  const cases = new Map<string, CaseId[]>();
  for (const c of caseRows) {
    // pushed, not copied: a national month in the store is ~57,000 cases
    const list = cases.get(c.month);
    if (list) list.push(c.case_id as CaseId);
    else cases.set(c.month, [c.case_id as CaseId]);
  }
  const signalsOf = new Map(signals.map((s) => [s.month, s.count]));
  const months = totals
    .filter(
      (t) =>
        (t.cases ?? 0) === (cases.get(t.month)?.length ?? 0) &&
        (t.signals ?? 0) === (signalsOf.get(t.month) ?? 0),
    )
    .map((t) => t.month as IsoMonth);
  // deliveries are matching data: they go with the signals not picked up (keepSignalsFrom)
  const deliveries = await purgeDeliveries(db, r.municipality, r.cutoffs.keepSignalsFrom, r.dryRun);
  const report: PurgeReport = {
    municipality: r.municipality,
    cutoffs: r.cutoffs,
    dryRun: r.dryRun,
    signals: signals.map((s) => ({ month: s.month as IsoMonth, count: s.count })),
    cases: [...cases].map(([month, caseIds]) => ({ month: month as IsoMonth, caseIds })),
    months,
    deliveries,
  };
  if (r.dryRun) return report;
  await db
    .deleteFrom('feedback_sent')
    .where('municipality', '=', r.municipality)
    .where('case_id', 'in', (eb) => eb.selectFrom('cases').select('case_id').where(caseGone(r)))
    .execute();
  await db.deleteFrom('cases').where(caseGone(r)).execute();
  await db.deleteFrom('signals').where(signalGone(r)).execute();
  if (months.length > 0)
    await db
      .deleteFrom('months')
      .where('municipality', '=', r.municipality)
      .where('month', 'in', months)
      .execute();
  return report;
}
