// Signal deliveries (issue 12, the write side): a partner's signal file for a month of a
// municipality — CSV, an Excel workbook or JSON rows — checked row by row exactly as
// `signaalreis validate` checks a file, and its accepted signals stored in one transaction.
import { type RouteHandler, z } from '@hono/zod-openapi';
import { type Issue, issue, type NewDelivery, type PartnerId, prefixIssues } from '@signaalreis/core';
import type { Context } from 'hono';
import { csvIssuePlace } from '../../csv/issues';
import { todayInAmsterdam } from '../../csv/read-signals';
import type { ValidationReport } from '../../files/validation-report';
import { accessNote, storeProblem } from '../answer';
import { defineRoute, problemResponse } from '../define';
import { type DeliveryBody, readDelivery, XLSX_TYPE } from '../delivery-body';
import type { ServiceEnv } from '../env';
import { SERVICE_MESSAGES as M } from '../messages';
import { problem } from '../problem';
import { IssueSchema, MonthParams } from '../schemas';

/** Issues listed in one problem at most (project default: enough to fix a file, not a flood). */
const MAX_ISSUES = 100;

const Cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const JsonRows = z
  .object({
    rows: z
      .array(z.record(z.string().max(200), Cell))
      .openapi({ description: 'one object per signal, keyed by the column names of the signal CSV' }),
  })
  .strict()
  .openapi('DeliveryRows');

const ReportSchema = z.record(z.string(), z.unknown()).openapi('ValidationReport', {
  description:
    'what `signaalreis validate --format json` prints: rows, accepted, rejected (row, line, column, code, message), rejectedByCode, flags, warnings, counts',
});

const SummarySchema = z
  .object({
    deliveryId: z.string(),
    month: z.string(),
    partners: z.array(z.string()),
    receivedAt: z.string(),
    rows: z.number().int(),
    accepted: z.number().int(),
    rejected: z.number().int(),
  })
  .openapi('DeliverySummary');

const binary = z.string().openapi({ format: 'binary' });

/** `POST /municipalities/{code}/months/{month}/deliveries`. */
export const deliverRoute = defineRoute(
  { roles: ['partner', 'officer'], scope: 'partner' },
  {
    method: 'post',
    path: '/municipalities/{code}/months/{month}/deliveries',
    summary:
      'Deliver signals for a month: the signal CSV, an Excel workbook, or JSON rows; checked as `signaalreis validate` checks a file, stored all or nothing',
    request: {
      params: MonthParams,
      body: {
        required: false,
        content: {
          'text/csv': { schema: binary },
          [XLSX_TYPE]: { schema: binary },
          'application/json': { schema: JsonRows },
        },
      },
    },
    responses: {
      201: {
        description: 'Stored: the delivery id and the row-level report',
        content: {
          'application/json': {
            schema: z.object({
              deliveryId: z.string(),
              municipality: z.string(),
              month: z.string(),
              report: ReportSchema,
              warnings: z.array(IssueSchema).openapi({
                description:
                  'what the month’s run will make of the delivery: `signals_outside_month` (signals dated in another month: set aside), `month_already_run` (counted only when the month is run again)',
              }),
            }),
          },
        },
      },
      409: problemResponse('An earlier delivery of the month holds some of these signals already'),
      422: problemResponse(
        'Nothing readable or no row accepted (`unreadable_delivery`, `no_signals_accepted`), or a month after this one (`month_in_future`)',
      ),
    },
  },
);

/** The body as the readers take it; undefined for a type they do not read (the 415 comes earlier). */
async function bodyOf(
  c: Context<ServiceEnv>,
  rows: () => z.infer<typeof JsonRows>['rows'],
): Promise<DeliveryBody | undefined> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type === 'application/json') return { kind: 'json', rows: rows() };
  if (type === 'text/csv') return { kind: 'csv', bytes: new Uint8Array(await c.req.arrayBuffer()) };
  if (type === XLSX_TYPE) return { kind: 'xlsx', bytes: new Uint8Array(await c.req.arrayBuffer()) };
  return undefined;
}

/** The report without values, as the store keeps it: counts, and rejected rows by line and code. */
function storedReport(r: ValidationReport): Record<string, unknown> {
  return {
    encoding: r.encoding,
    delimiter: r.delimiter,
    ...(r.sheet === undefined ? {} : { sheet: r.sheet }),
    rows: r.rows,
    accepted: r.accepted,
    rejectedByCode: r.rejectedByCode,
    flagsByCode: r.flagsByCode,
    rejected: r.rejected.map((x) => ({ row: x.row, line: x.line, column: x.column, code: x.code })),
  };
}

export const deliverHandler: RouteHandler<typeof deliverRoute, ServiceEnv> = async (c) => {
  const { code, month } = c.req.valid('param');
  const { limits, clock, store } = c.get('deps');
  const key = c.get('key');
  // signals are delivered for the month they fall in: a later month has none yet (its run would set
  // every one of them aside)
  const thisMonth = todayInAmsterdam(clock()).slice(0, 7);
  if (month > thisMonth) return problem(c, 'month_in_future', { detail: M.monthInFuture(month, thisMonth) });
  const body = await bodyOf(c, () => (c.req.valid('json') as z.infer<typeof JsonRows>).rows);
  if (!body) return problem(c, 'unsupported_media_type', { detail: M.deliveryType });
  if (body.kind === 'json' && body.rows.length > limits.maxRowsPerDelivery)
    return problem(c, 'too_many_rows', { detail: M.tooManyRows(limits.maxRowsPerDelivery) });
  if (body.kind === 'json' ? body.rows.length === 0 : body.bytes.length === 0)
    return problem(c, 'unreadable_delivery', {
      detail: M.emptyDelivery,
      issues: [issue('empty_body', ['body'], M.emptyDelivery)],
    });
  const read = await readDelivery(body, {
    today: todayInAmsterdam(clock()),
    maxRows: limits.maxRowsPerDelivery,
    lang: c.get('lang'),
  });
  if (read.outcome === 'too-many-rows')
    return problem(c, 'too_many_rows', { detail: M.tooManyRows(limits.maxRowsPerDelivery) });
  if (read.outcome === 'fatal')
    return problem(c, 'unreadable_delivery', {
      issues: prefixIssues(read.issues, ['body']).slice(0, MAX_ISSUES),
    });
  const { report, accepted } = read;
  if (accepted.length === 0) {
    // the reader's own issues, their messages in both languages (the report's are in one)
    const issues: Issue[] = read.rejections.slice(0, MAX_ISSUES).map((r) => {
      const { column } = csvIssuePlace(r.issue);
      return issue(
        r.issue.code,
        ['body', 'rows', r.row, ...(column ? [column] : [])],
        r.issue.message,
        r.line,
      );
    });
    return problem(c, 'no_signals_accepted', { detail: M.noneAccepted(report.rows), issues });
  }
  // a partner key delivers its own signals only: one row of another partner refuses the whole file
  if (key?.role === 'partner') {
    const foreign = accepted.filter((a) => a.signal.partner.id !== key.partner);
    if (foreign.length > 0)
      return problem(c, 'forbidden', {
        detail: M.otherPartnerRows,
        issues: foreign
          .slice(0, MAX_ISSUES)
          .map((a) => issue('other_partner', ['body', 'rows', a.row, 'partner_id'], M.otherPartnerRows)),
      });
  }
  const delivery: NewDelivery = {
    municipality: code,
    month,
    partners: [...new Set(accepted.map((a) => a.signal.partner.id))].sort() as PartnerId[],
    rows: report.rows,
    accepted: report.accepted,
    rejected: report.rows - report.accepted,
    signals: accepted.map((a) => a.signal),
    report: storedReport(report),
  };
  const access = accessNote(c, 'write-delivery', deliverRoute.path, {
    municipality: code,
    month,
    count: accepted.length,
    status: 201,
  });
  const saved = await store.saveDelivery(delivery, { access });
  if (!saved.ok) {
    const twice = saved.issues.filter((i) => i.code === 'signal_already_delivered');
    if (twice.length === 0) return storeProblem(c, saved.issues);
    return problem(c, 'signal_already_delivered', {
      detail: M.alreadyDelivered,
      issues: twice.slice(0, MAX_ISSUES).map((i) => {
        const row = accepted[Number(i.path[1])]?.row ?? 0;
        return { ...i, path: ['body', 'rows', row, 'signal_id'] };
      }),
    });
  }
  // what the month's run will make of it: signals of another month set aside; a month already run
  // decides them only when it is run again
  const warnings: Issue[] = [];
  const outside = accepted.filter((a) => a.signal.signalDate.slice(0, 7) !== month).length;
  if (outside > 0)
    warnings.push(issue('signals_outside_month', ['body'], M.outsideMonth(outside, accepted.length, month)));
  const stored = await store.months(code);
  const run = stored.ok ? stored.value.find((m) => m.month === month) : undefined;
  if (run) warnings.push(issue('month_already_run', [], M.monthAlreadyRun(month, run.decidedOn)));
  return c.json(
    { deliveryId: saved.value.deliveryId, municipality: code, month, report: { ...report }, warnings },
    201,
  );
};

/** `GET /municipalities/{code}/months/{month}/deliveries`. */
export const deliveriesRoute = defineRoute(
  { roles: ['partner', 'officer'], scope: 'partner' },
  {
    method: 'get',
    path: '/municipalities/{code}/months/{month}/deliveries',
    summary: 'The deliveries of a month: who, when, counts (no signals); a partner key sees only its own',
    request: { params: MonthParams },
    responses: {
      200: {
        description: 'The deliveries, oldest first',
        content: {
          'application/json': {
            schema: z.object({
              municipality: z.string(),
              month: z.string(),
              deliveries: z.array(SummarySchema),
            }),
          },
        },
      },
    },
  },
);

export const deliveriesHandler: RouteHandler<typeof deliveriesRoute, ServiceEnv> = async (c) => {
  const { code, month } = c.req.valid('param');
  const key = c.get('key');
  const listed = await c.get('deps').store.deliveries(code, month);
  if (!listed.ok) return storeProblem(c, listed.issues);
  const own = listed.value.filter(
    (d) => key?.role !== 'partner' || (d.partners.length === 1 && d.partners[0] === key.partner),
  );
  return c.json(
    {
      municipality: code,
      month,
      deliveries: own.map(({ municipality: _, ...d }) => ({ ...d, partners: [...d.partners] })),
    },
    200,
  );
};
