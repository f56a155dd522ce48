// A DDAS v1.2 delivery as input (issue 12): a platform a municipality leaves hands over its
// history. The body is checked against the official schema (validateDdasDelivery), read by the
// same function `signaalreis import ddas` uses (importDdasDelivery), and each month it becomes is
// stored with its lifecycle records through saveMonth — one transaction per month.
import { type RouteHandler, z } from '@hono/zod-openapi';
import {
  type Issue,
  issue,
  type MunicipalityCode,
  parseMunicipalityCode,
  prefixIssues,
  type StoredMonth,
} from '@signaalreis/core';
import { lifecyclePreset } from '@signaalreis/rules-presets';
import { importDdasDelivery } from '../../ddas/import';
import { validateDdasDelivery } from '../../ddas/schema';
import { closedOn, storedMonthOf } from '../../store/stored-month';
import { accessNote, storeProblem } from '../answer';
import { defineRoute, problemResponse } from '../define';
import type { ServiceEnv } from '../env';
import { SERVICE_MESSAGES as M } from '../messages';
import { problem } from '../problem';
import { CodeParams, IssueSchema } from '../schemas';

/** Issues listed in one problem at most (project default, as for signal deliveries). */
const MAX_ISSUES = 100;

const MonthCounts = z
  .object({
    month: z.string(),
    cases: z.number().int(),
    signals: z.number().int(),
    records: z.number().int().openapi({ description: 'cases stored with a lifecycle record' }),
  })
  .openapi('DdasImportMonth');

/** `POST /municipalities/{code}/ddas`. */
export const ddasImportRoute = defineRoute(
  { roles: ['officer'], scope: 'municipality' },
  {
    method: 'post',
    path: '/municipalities/{code}/ddas',
    summary:
      'Import a DDAS v1.2 delivery (the history of another platform): validated against the official schema, read as `signaalreis import ddas` reads it, each month stored with its lifecycle records (one transaction per month)',
    request: {
      params: CodeParams,
      body: {
        required: true,
        content: {
          'application/json': {
            schema: z.record(z.string(), z.unknown()).openapi('DdasDelivery', {
              description:
                'a DDAS v1.2 Uitwisselmodel (standards/ddas-v1.2/json_schema_Uitwisselmodel.json); every levering must be of the municipality of the path',
            }),
          },
        },
      },
    },
    responses: {
      201: {
        description: 'Stored: per month the cases, signals and records, and what could not be kept',
        content: {
          'application/json': {
            schema: z
              .object({
                municipality: z.string(),
                period: z.object({ from: z.string(), to: z.string() }),
                supplierCode: z.string(),
                months: z.array(MonthCounts),
                warnings: z.array(IssueSchema),
              })
              .openapi('DdasImportResult'),
          },
        },
      },
      409: problemResponse('A month of the delivery is stored already (`month_exists`); nothing was stored'),
    },
  },
);

/** The leveringen of another municipality than the path's: each refused at its gemeentecode. */
function otherMunicipalities(
  leveringen: readonly { gemeentecode: string }[],
  code: MunicipalityCode,
): Issue[] {
  return leveringen.flatMap((l, i) => {
    const parsed = parseMunicipalityCode(l.gemeentecode);
    // an unreadable code is left to the import, which refuses it with its own issue
    return parsed.ok && parsed.value !== code
      ? [issue('other_municipality', ['body', 'leveringen', i, 'gemeentecode'], M.otherMunicipality(code))]
      : [];
  });
}

const countsOf = (m: StoredMonth) => ({
  month: m.month,
  cases: m.cases.length,
  signals: m.signals.length,
  records: m.cases.filter((x) => x.record !== undefined).length,
});

export const ddasImportHandler: RouteHandler<typeof ddasImportRoute, ServiceEnv> = async (c) => {
  const { code } = c.req.valid('param');
  const body: unknown = c.req.valid('json');
  const { store } = c.get('deps');
  const valid = validateDdasDelivery(body);
  if (!valid.ok)
    return problem(c, 'invalid_ddas_delivery', {
      issues: prefixIssues(valid.issues, ['body']).slice(0, MAX_ISSUES),
    });
  const foreign = otherMunicipalities(valid.value.leveringen ?? [], code);
  if (foreign.length > 0)
    return problem(c, 'other_municipality', {
      detail: M.otherMunicipality(code),
      issues: foreign.slice(0, MAX_ISSUES),
    });
  // the ddas lifecycle table: the one importDdasDelivery builds the records with (its default)
  const table = lifecyclePreset('ddas');
  if (!table.ok) return problem(c, 'internal', { detail: M.internal });
  const imported = importDdasDelivery(body, table.value);
  if (!imported.ok)
    return problem(c, 'invalid_ddas_delivery', {
      issues: prefixIssues(imported.issues, ['body']).slice(0, MAX_ISSUES),
    });
  const d = imported.value;
  if (d.files.length === 0)
    return problem(c, 'invalid_ddas_delivery', {
      detail: M.nothingToImport,
      issues: [issue('ddas_nothing_to_import', ['body', 'leveringen'], M.nothingToImport)],
    });
  const months = d.files
    .map((f) => storedMonthOf(f.caseFile, code, (r) => closedOn(r, table.value)))
    .sort((a, b) => a.month.localeCompare(b.month));
  // refuse up front when a month is stored: normally all months are stored or none
  const stored = await store.months(code);
  if (!stored.ok) return storeProblem(c, stored.issues);
  const taken = months.filter((m) => stored.value.some((s) => s.month === m.month));
  if (taken.length > 0)
    return problem(c, 'month_exists', {
      detail: M.importMonthExists(taken.map((m) => m.month)),
      issues: taken.map((m) => issue('month_exists', ['body'], M.importMonthExists([m.month]))),
    });
  const done: StoredMonth[] = [];
  for (const m of months) {
    const access = accessNote(c, 'import-ddas', ddasImportRoute.path, {
      municipality: code,
      month: m.month,
      count: m.cases.length,
      status: 201,
    });
    const saved = await store.saveMonth(m, { access });
    if (!saved.ok) {
      // stored in the meantime by another request: say which months this one did store
      const partly =
        done.length > 0 ? [issue('months_stored', ['body'], M.monthsStored(done.map((x) => x.month)))] : [];
      if (saved.issues.some((i) => i.code === 'month_exists'))
        return problem(c, 'month_exists', {
          detail: M.importMonthExists([m.month]),
          issues: [issue('month_exists', ['body'], M.importMonthExists([m.month])), ...partly],
        });
      return storeProblem(c, saved.issues);
    }
    done.push(m);
  }
  return c.json(
    {
      municipality: code,
      period: { from: d.period.from, to: d.period.to },
      supplierCode: d.supplierCode,
      months: done.map(countsOf),
      warnings: prefixIssues(d.issues, ['body']),
    },
    201,
  );
};
