// The case store on PostgreSQL, through kysely: the same queries for PGlite (a folder) and for a
// server. Every write is one transaction; a refusal or a failure inside it rolls everything back.

import type {
  ActivePreset,
  CaseList,
  CaseListPage,
  CaseOutline,
  CaseRecordChange,
  CaseStore,
  DeliverySummary,
  FeedbackSent,
  LifecycleUpdate,
  NewActivePreset,
  NewDelivery,
  PurgeReport,
  PurgeRequest,
  SaveMonthOptions,
  StoreAuditEntry,
  StoredCase,
  StoredCaseDetail,
  StoredMonth,
  StoredMonthParts,
  StoredMonthSummary,
  WriteOptions,
} from '@signaalreis/core';
import {
  type CaseId,
  fail,
  type HistoryEntry,
  type IsoMonth,
  issue,
  type MunicipalityCode,
  ok,
  type PartnerId,
  type Result,
  type Signal,
  type SignalId,
} from '@signaalreis/core';
import { type Kysely, sql, type Transaction } from 'kysely';
import { insertAccessNote, insertActivePreset, selectActivePresets, storeSecretOf } from './active-preset';
import { eachPage, selectCaseList, selectCaseOutlines, selectPartnerSignalIds } from './case-list';
import { checkExpected, Refusal, saveCaseRecordIn, updateRecords } from './case-record';
import {
  DeliveryRefusal,
  deliverySignalOf,
  deliverySummaryOf,
  insertDelivery,
  selectDeliveries,
  selectDeliverySignals,
} from './delivery-rows';
import { failedIssue, isDatabaseError } from './errors';
import { STORE_MESSAGES as M, type StoreAction } from './messages';
import { monthExists, notStored } from './month-check';
import { auditEntryOf, monthSummaryOf } from './month-rows';
import { purgeWith } from './purge';
import { AllOk, allOk, caseRow, feedbackOf, signalRow, storedCaseOf } from './rows';
import { STORE_SCHEMA, type StoreDatabase } from './schema';
import { insertSignalRows, SIGNAL_ROWS_PER_VALUE, selectHistory } from './signal-rows';

/** Rows per INSERT: PostgreSQL takes at most 65,535 parameters in one statement (project default). */
const BATCH = 1000;

/**
 * Rows per page when a month's cases are read (project default): a national month read whole held
 * its ~57,000 rows twice at once (PGlite's answer and the rows made of it); read 5,000 at a time in
 * one snapshot, `report --store` of three national months took 33–36 s instead of 39–42 s and
 * peaked 0.1–0.2 GB lower (docs/performance.md, "Thirty-sixth round").
 */
export const STORE_READ_PAGE = 5000;

export { Refusal };

/** An error of the caller's `beforeCommit`: rolls the transaction back, then is thrown on as it was. */
class CallerError extends Error {
  constructor(readonly inner: unknown) {
    super('beforeCommit failed');
  }
}

const chunks = <T>(list: readonly T[]): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += BATCH) out.push(list.slice(i, i + BATCH));
  return out;
};

const json = (value: unknown) => JSON.stringify(value);
type Db = Kysely<StoreDatabase> | Transaction<StoreDatabase>;

/**
 * A {@link CaseStore} on a kysely database with the store's schema (made by `openCaseStore`).
 */
export class SqlCaseStore implements CaseStore {
  private closed = false;

  constructor(
    readonly db: Kysely<StoreDatabase>,
    readonly location: string,
    private readonly secrets: readonly string[],
    private readonly onClose?: () => void,
  ) {}

  private get q(): Kysely<StoreDatabase> {
    return this.db.withSchema(STORE_SCHEMA);
  }

  /** Rows per page of a paged read ({@link STORE_READ_PAGE}; a test reads with smaller pages). */
  page = STORE_READ_PAGE;

  /** Signals per statement when a month is stored ({@link SIGNAL_ROWS_PER_VALUE}; a test writes fewer). */
  signalsPerStatement = SIGNAL_ROWS_PER_VALUE;

  /**
   * Runs the reads of `work` in one read-only transaction at `repeatable read`: the pages of a paged
   * read are one snapshot, whatever is stored meanwhile (a month replaced between two pages would
   * otherwise be read half old, half new).
   */
  private snapshot<T>(work: (db: Db) => Promise<Result<T>>): Promise<Result<T>> {
    return this.q.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(work);
  }

  /** Runs `work`; refusals and database errors become failed Results, the caller's errors are thrown on. */
  private async guard<T>(what: StoreAction, work: () => Promise<Result<T>>): Promise<Result<T>> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof Refusal) return fail(error.issues);
      if (error instanceof DeliveryRefusal) return error.result;
      if (error instanceof CallerError) throw error.inner;
      if (isDatabaseError(error)) return fail(failedIssue(what, error, this.secrets));
      throw error;
    }
  }

  private async beforeCommit(f: SaveMonthOptions['beforeCommit']): Promise<void> {
    if (!f) return;
    try {
      await f();
    } catch (error) {
      throw new CallerError(error);
    }
  }

  private async audit_(
    db: Db,
    municipality: MunicipalityCode,
    action: string,
    month: string | null,
    details: unknown,
  ) {
    await db
      .insertInto('audit')
      .values({ municipality, action, month, details: json(details) })
      .execute();
  }

  saveMonth(m: StoredMonth, options: SaveMonthOptions = {}): Promise<Result<{ replaced: boolean }>> {
    const { cases, signals, ...head } = m;
    return this.saveMonthInParts({ ...head, parts: [{ cases, signals }] }, options).then((r) =>
      r.ok ? ok({ replaced: r.value.replaced }) : r,
    );
  }

  saveMonthInParts(
    m: StoredMonthParts,
    options: SaveMonthOptions = {},
  ): Promise<Result<{ replaced: boolean; cases: number; signals: number }>> {
    return this.guard('store the month', async () => {
      let replaced = false;
      let cases = 0;
      let signals = 0;
      try {
        await this.q.transaction().execute(async (trx) => {
          const where = { municipality: m.municipality, month: m.month };
          if (await monthExists(trx, m.municipality, m.month, true)) {
            if (!options.replace)
              throw new Refusal([issue('month_exists', [], M.monthExists(m.municipality, m.month))]);
            const recorded = await trx
              .selectFrom('cases')
              .select(sql<number>`count(*)::int`.as('n'))
              .where('municipality', '=', where.municipality)
              .where('month', '=', where.month)
              .where('record', 'is not', null)
              .executeTakeFirstOrThrow();
            if (recorded.n > 0)
              throw new Refusal([
                issue('month_has_records', [], M.monthHasRecords(m.municipality, m.month, recorded.n)),
              ]);
            for (const table of ['feedback_sent', 'signals', 'cases', 'months'] as const)
              await trx
                .deleteFrom(table)
                .where('municipality', '=', where.municipality)
                .where('month', '=', where.month)
                .execute();
            replaced = true;
          }
          await trx
            .insertInto('months')
            .values({ ...where, preset: m.preset, decided_on: m.decidedOn })
            .execute();
          // each part written as it is taken: its cases' ordinals and its signals' follow the parts before
          for (const part of m.parts) {
            for (const batch of chunks(part.cases))
              await trx
                .insertInto('cases')
                .values(batch.map((c) => caseRow(m.municipality, m.month, c, cases++)))
                .execute();
            const rows = part.signals.map((s) => signalRow(m.municipality, s, signals++));
            await insertSignalRows(trx, rows, this.signalsPerStatement);
          }
          const details = { preset: m.preset, decidedOn: m.decidedOn, cases, signals };
          await this.audit_(
            trx,
            m.municipality,
            replaced ? 'month-replaced' : 'month-stored',
            m.month,
            details,
          );
          await insertAccessNote(trx, options.access);
          await this.beforeCommit(options.beforeCommit);
        });
      } catch (error) {
        // two runs of one month at once: the second finds the first's row when it commits
        if (
          (error as { code?: unknown }).code === '23505' &&
          /months_pk/.test(String((error as Error).message))
        )
          throw new Refusal([issue('month_exists', [], M.monthExists(m.municipality, m.month))]);
        throw error;
      }
      return ok({ replaced, cases, signals });
    });
  }

  history(municipality: MunicipalityCode, month: IsoMonth): Promise<Result<HistoryEntry[]>> {
    return this.guard('read the history', () => selectHistory(this.q, municipality, month, this.page));
  }

  months(municipality: MunicipalityCode): Promise<Result<StoredMonthSummary[]>> {
    return this.guard('list the months', async () => {
      const rows = await this.q
        .selectFrom('months as m')
        .selectAll('m')
        .select((eb) => [
          eb
            .selectFrom('cases as c')
            .select(sql<number>`count(*)::int`.as('n'))
            .whereRef('c.municipality', '=', 'm.municipality')
            .whereRef('c.month', '=', 'm.month')
            .as('cases'),
          eb
            .selectFrom('signals as s')
            .select(sql<number>`count(*)::int`.as('n'))
            .whereRef('s.municipality', '=', 'm.municipality')
            .whereRef('s.month', '=', 'm.month')
            .as('signals'),
        ])
        .where('m.municipality', '=', municipality)
        .orderBy('m.month')
        .execute();
      return allOk(rows.map(monthSummaryOf));
    });
  }

  cases(
    municipality: MunicipalityCode,
    month: IsoMonth,
    options: { withStep?: { team: string; channel: string } } = {},
  ): Promise<Result<StoredCase[]>> {
    const step = options.withStep;
    // jsonb containment: a plan (a list of steps) holding a step with this team and channel
    const withStep = step && JSON.stringify([{ team: step.team, channel: step.channel }]);
    return this.guard('read the cases', () =>
      this.snapshot(async (db) => {
        const missing = await notStored(db, municipality, month);
        if (missing) return missing;
        const out = new AllOk<StoredCase>();
        await eachPage(
          this.page,
          (after, limit) =>
            db
              .selectFrom('cases')
              .selectAll()
              .where('municipality', '=', municipality)
              .where('month', '=', month)
              .where('ordinal', '>', after)
              .$if(withStep !== undefined, (q) => q.where(sql<boolean>`data->'plan' @> ${withStep}::jsonb`))
              .orderBy('ordinal')
              .limit(limit)
              .execute(),
          (rows) => out.take(rows.map(storedCaseOf)),
        );
        return out.result();
      }),
    );
  }

  caseList(
    municipality: MunicipalityCode,
    month: IsoMonth,
    page: CaseListPage = {},
  ): Promise<Result<CaseList>> {
    return this.guard('read the cases', () =>
      this.snapshot((db) => selectCaseList(db, municipality, month, page, this.page)),
    );
  }

  caseOutlines(municipality: MunicipalityCode, month: IsoMonth): Promise<Result<CaseOutline[]>> {
    return this.guard('read the cases', () =>
      this.snapshot((db) => selectCaseOutlines(db, municipality, month, this.page)),
    );
  }

  partnerSignalIds(
    municipality: MunicipalityCode,
    month: IsoMonth,
    partner: PartnerId,
  ): Promise<Result<SignalId[]>> {
    return this.guard('read the cases', () =>
      this.snapshot((db) => selectPartnerSignalIds(db, municipality, month, partner)),
    );
  }

  caseDetail(municipality: MunicipalityCode, caseId: CaseId): Promise<Result<StoredCaseDetail>> {
    return this.guard('read the case', async () => {
      const row = await this.q
        .selectFrom('cases')
        .selectAll()
        .where('municipality', '=', municipality)
        .where('case_id', '=', caseId)
        .executeTakeFirst();
      if (!row) return fail(issue('case_not_found', [], M.caseNotFound(municipality)));
      const c = storedCaseOf(row);
      if (!c.ok) return c;
      const sent = await this.q
        .selectFrom('feedback_sent')
        .selectAll()
        .where('municipality', '=', municipality)
        .where('case_id', '=', caseId)
        .orderBy('sent_on')
        .orderBy('partner_id')
        .orderBy('signal_id')
        .orderBy('code')
        .execute();
      const feedback = allOk(sent.map(feedbackOf));
      if (!feedback.ok) return feedback;
      return ok({ municipality, month: row.month as IsoMonth, case: c.value, feedback: feedback.value });
    });
  }

  feedback(municipality: MunicipalityCode, month: IsoMonth): Promise<Result<FeedbackSent[]>> {
    return this.guard('read the feedback sent', async () => {
      const missing = await notStored(this.q, municipality, month);
      if (missing) return missing;
      const rows = await this.q
        .selectFrom('feedback_sent')
        .selectAll()
        .where('municipality', '=', municipality)
        .where('month', '=', month)
        .orderBy('case_id')
        .orderBy('partner_id')
        .orderBy('signal_id')
        .orderBy('sent_on')
        .orderBy('code')
        .execute();
      return allOk(rows.map(feedbackOf));
    });
  }

  saveLifecycle(
    u: LifecycleUpdate,
    options: Pick<SaveMonthOptions, 'beforeCommit' | 'access'> = {},
  ): Promise<Result<{ records: number; feedback: number }>> {
    return this.guard('store the lifecycle records', async () => {
      let added = 0;
      await this.q.transaction().execute(async (trx) => {
        if (!(await monthExists(trx, u.municipality, u.month, true)))
          throw new Refusal([issue('month_not_found', [], M.monthNotFound(u.municipality, u.month))]);
        const inMonth = new Set(
          (
            await trx
              .selectFrom('cases')
              .select('case_id')
              .where('municipality', '=', u.municipality)
              .where('month', '=', u.month)
              .execute()
          ).map((r) => r.case_id),
        );
        // paths by position: an older store's case ids hold a household key and are never shown
        const notInMonth = [
          ...u.records.flatMap((r, i) => (inMonth.has(r.caseId) ? [] : [['records', i]])),
          ...u.feedback.flatMap((f, i) => (inMonth.has(f.caseId) ? [] : [['feedback', i]])),
        ];
        if (notInMonth.length > 0)
          throw new Refusal(
            notInMonth.map((path) => issue('case_not_found', path, M.caseNotInMonth(u.month))),
          );
        const mismatched = u.records.flatMap((r, i) => (r.record.caseId === r.caseId ? [] : [i]));
        if (mismatched.length > 0)
          throw new Refusal(
            mismatched.map((i) => issue('record_conflict', ['records', i], M.recordOfOtherCase)),
          );
        await checkExpected(trx, u.municipality, u.month, u.records);
        await updateRecords(trx, STORE_SCHEMA, u.municipality, u.records);
        for (const batch of chunks(u.feedback)) {
          const inserted = await trx
            .insertInto('feedback_sent')
            .values(
              batch.map((f) => ({
                municipality: u.municipality,
                month: u.month,
                case_id: f.caseId,
                partner_id: f.partnerId,
                signal_id: f.signalId,
                code: f.code,
                sent_on: f.sentOn,
              })),
            )
            .onConflict((oc) =>
              oc.columns(['municipality', 'case_id', 'partner_id', 'signal_id', 'code']).doNothing(),
            )
            .executeTakeFirst();
          added += Number(inserted.numInsertedOrUpdatedRows ?? 0n);
        }
        const details = { on: u.on, records: u.records.length, feedback: added };
        await this.audit_(trx, u.municipality, 'lifecycle-updated', u.month, details);
        await insertAccessNote(trx, options.access);
        await this.beforeCommit(options.beforeCommit);
      });
      return ok({ records: u.records.length, feedback: added });
    });
  }

  saveCaseRecord(change: CaseRecordChange, options: WriteOptions = {}): Promise<Result<{ month: IsoMonth }>> {
    return this.guard('store the case record', async () => {
      const month = await this.q.transaction().execute(async (trx) => {
        const saved = await saveCaseRecordIn(trx, change);
        const details = { attempts: change.record.attempts.length, events: change.record.audit.length };
        await this.audit_(trx, change.municipality, 'record-updated', saved.month, details);
        await insertAccessNote(trx, options.access);
        return saved.month;
      });
      return ok({ month });
    });
  }

  purge(request: PurgeRequest): Promise<Result<PurgeReport>> {
    return this.guard(request.dryRun ? 'list what to purge' : 'purge', async () => {
      if (request.dryRun) return ok(await purgeWith(this.q, request));
      const report = await this.q
        .transaction()
        .setIsolationLevel('serializable')
        .execute(async (trx) => {
          const r = await purgeWith(trx, request);
          const removed = {
            signals: r.signals.reduce((n, s) => n + s.count, 0),
            cases: r.cases.reduce((n, c) => n + c.caseIds.length, 0),
          };
          await this.audit_(trx, request.municipality, 'purged', null, {
            cutoffs: request.cutoffs,
            ...removed,
            deliveries: r.deliveries.reduce((n, d) => n + d.count, 0),
            months: r.months,
          });
          return r;
        });
      return ok(report);
    });
  }

  saveDelivery(delivery: NewDelivery, options: WriteOptions = {}): Promise<Result<{ deliveryId: string }>> {
    return this.guard('store the delivery', async () => {
      const deliveryId = await this.q.transaction().execute(async (trx) => {
        const id = await insertDelivery(trx, delivery);
        await insertAccessNote(trx, options.access);
        return id;
      });
      return ok({ deliveryId });
    });
  }

  deliveries(municipality: MunicipalityCode, month: IsoMonth): Promise<Result<DeliverySummary[]>> {
    return this.guard('list the deliveries', async () =>
      allOk((await selectDeliveries(this.q, municipality, month)).map(deliverySummaryOf)),
    );
  }

  deliverySignals(municipality: MunicipalityCode, month: IsoMonth): Promise<Result<Signal[]>> {
    return this.guard('read the delivered signals', async () =>
      allOk((await selectDeliverySignals(this.q, municipality, month)).map(deliverySignalOf)),
    );
  }

  audit(municipality: MunicipalityCode): Promise<Result<StoreAuditEntry[]>> {
    return this.guard('read the audit trail', async () => {
      const rows = await this.q
        .selectFrom('audit')
        .selectAll()
        .where('municipality', '=', municipality)
        .orderBy('id')
        .execute();
      return allOk(rows.map(auditEntryOf));
    });
  }

  setActivePreset(p: NewActivePreset, options: WriteOptions = {}): Promise<Result<ActivePreset>> {
    return this.guard('store the active preset', async () => {
      const once = () => this.q.transaction().execute((trx) => insertActivePreset(trx, p, options.access));
      // several at once read the same highest version: the one that loses the primary key tries
      // again with the next (project default: 10 tries; more writers of one municipality's preset
      // at one moment than that is not a real case)
      for (let attempt = 1; ; attempt++) {
        try {
          return await once();
        } catch (error) {
          if ((error as { code?: unknown }).code !== '23505' || attempt >= 10) throw error;
        }
      }
    });
  }

  activePreset(municipality: MunicipalityCode): Promise<Result<ActivePreset | undefined>> {
    return this.guard('read the active preset', async () => {
      const all = await selectActivePresets(this.q, municipality);
      return all.ok ? ok(all.value[0]) : all;
    });
  }

  activePresetHistory(municipality: MunicipalityCode): Promise<Result<ActivePreset[]>> {
    return this.guard('read the preset history', () => selectActivePresets(this.q, municipality));
  }

  storeSecret(purpose: 'pseudonym'): Promise<Result<Uint8Array>> {
    return this.guard('read the store secret', async () => ok(await storeSecretOf(this.q, purpose)));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.db.destroy();
    } finally {
      this.onClose?.();
    }
  }
}
