// The monthly run over HTTP (issue 12, the write side): what `signaalreis run --store` does — the
// month's signals (here: its stored deliveries), history from the store, the preset's matching,
// intake, routing and capacity — stored as the month in one transaction. And the stored month's
// worklists, with the names and contact data from the delivered signals.
import { type RouteHandler, z } from '@hono/zod-openapi';
import {
  ChannelSchema,
  fail,
  type Issue,
  type MunicipalityCode,
  ok,
  type Result,
  TeamSchema,
  zodMessage,
} from '@signaalreis/core';
import {
  type LoadedMunicipalityPreset,
  loadMunicipalityPreset,
  MUNICIPALITY_PRESETS,
  municipalityPreset,
  runPresetMonth,
} from '@signaalreis/rules-presets';
import type { Context } from 'hono';
import { heapCollector } from '../../cli/batch-heap';
import { saveRunMonth } from '../../store/save-run';
import { audit, storeProblem } from '../answer';
import { defineRoute, problemResponse } from '../define';
import type { ServiceEnv } from '../env';
import { SERVICE_MESSAGES as M } from '../messages';
import { problem } from '../problem';
import { LookupsBody, readLookups } from '../run-lookups';
import { IssueSchema, MonthParams } from '../schemas';
import { FormatQuery, TABLE_MEDIA, tableFormat, tableResponse } from '../table-answer';
import { storedWorklists, WorklistsSchema, worklistsJson, worklistTables } from '../worklists';

const OFFICER = { roles: ['officer'], scope: 'municipality' } as const;

const RunBody = z
  .object({
    preset: z
      .union([z.string().max(64), z.record(z.string(), z.unknown())])
      .optional()
      .openapi({
        description:
          'a bundled preset id, or a preset (its `extends` may name a bundled preset); without it the municipality’s active preset (PUT …/preset)',
      }),
    replace: z
      .boolean()
      .optional()
      .openapi({ description: 'replace the stored month (until feedback made records)' }),
    lookups: LookupsBody.optional(),
  })
  .strict()
  .openapi('RunRequest');

/** `POST /municipalities/{code}/months/{month}/run`. */
export const runRoute = defineRoute(OFFICER, {
  method: 'post',
  path: '/municipalities/{code}/months/{month}/run',
  summary:
    'Run the month over its stored deliveries with the history from the store, and store it (one transaction)',
  request: {
    params: MonthParams,
    body: { required: true, content: { 'application/json': { schema: RunBody } } },
  },
  responses: {
    201: {
      description: 'Stored: the counts, buckets, capacity use and the month’s warnings',
      content: {
        'application/json': {
          schema: z
            .object({
              municipality: z.string(),
              month: z.string(),
              preset: z.string(),
              activePresetVersion: z
                .number()
                .int()
                .optional()
                .openapi({ description: 'the version of the active preset used, when the body named none' }),
              lineage: z.array(z.string()),
              decidedOn: z.string(),
              replaced: z.boolean(),
              signals: z.number().int(),
              setAside: z
                .number()
                .int()
                .openapi({ description: 'signals matching set aside (e.g. dated outside the month)' }),
              history: z.number().int(),
              counts: z.record(z.string(), z.unknown()),
              buckets: z.record(z.string(), z.number().int()),
              capacity: z.array(z.record(z.string(), z.unknown())),
              issues: z.array(IssueSchema),
            })
            .openapi('RunResult'),
        },
      },
    },
    413: problemResponse(
      'The body is too large, or a lookup has more rows than maxRowsPerDelivery (`too_many_rows`)',
    ),
    409: problemResponse(
      'The month is stored already (`month_exists`: give replace), or has lifecycle records; or the body names no preset and the municipality has no active one (`no_active_preset`)',
    ),
  },
});

function loadPreset(ref: unknown, at: string[]): Result<LoadedMunicipalityPreset> {
  const r =
    typeof ref === 'string' ? municipalityPreset(ref) : loadMunicipalityPreset(ref, MUNICIPALITY_PRESETS);
  return r.ok ? r : fail(r.issues.map((i: Issue) => ({ ...i, path: [...at, ...i.path] })));
}

/** The preset of a run: the body's, else the municipality's active one (its version), else a problem. */
async function presetOfRun(
  c: Context<ServiceEnv>,
  code: MunicipalityCode,
  ref: unknown,
): Promise<Result<{ loaded: LoadedMunicipalityPreset; activeVersion?: number }> | Response> {
  if (ref !== undefined) {
    const r = loadPreset(ref, ['body', 'preset']);
    return r.ok ? ok({ loaded: r.value }) : problem(c, 'invalid_preset', { issues: r.issues });
  }
  const active = await c.get('deps').store.activePreset(code);
  if (!active.ok) return storeProblem(c, active.issues);
  if (!active.value) return problem(c, 'no_active_preset', { detail: M.noActivePreset(code) });
  const r = loadPreset(active.value.preset, ['activePreset']);
  if (!r.ok) return problem(c, 'invalid_preset', { detail: M.activePresetInvalid, issues: r.issues });
  return ok({ loaded: r.value, activeVersion: active.value.version });
}

export const runHandler: RouteHandler<typeof runRoute, ServiceEnv> = async (c) => {
  const { code, month } = c.req.valid('param');
  const body = c.req.valid('json');
  const { store } = c.get('deps');
  const chosen = await presetOfRun(c, code, body.preset);
  if (chosen instanceof Response) return chosen as never;
  if (!chosen.ok) return problem(c, 'internal', { detail: M.internal });
  const preset = ok(chosen.value.loaded);
  // the lookups are input: checked before anything is read from the store
  const read = readLookups(body.lookups, c.get('deps').limits.maxRowsPerDelivery);
  if (read.outcome === 'too-many-rows')
    return problem(c, 'too_many_rows', {
      detail: M.tooManyLookupRows(read.which, c.get('deps').limits.maxRowsPerDelivery),
    });
  if (read.outcome === 'issues')
    return problem(c, 'invalid_lookup', {
      detail: M.lookupIssues(read.total, read.issues.length),
      issues: read.issues,
    });
  const months = await store.months(code);
  if (!months.ok) return storeProblem(c, months.issues);
  if (body.replace !== true && months.value.some((m) => m.month === month))
    return problem(c, 'month_exists', { detail: M.monthExists(month) });
  const signals = await store.deliverySignals(code, month);
  if (!signals.ok) return storeProblem(c, signals.issues);
  if (signals.value.length === 0) return problem(c, 'no_deliveries', { detail: M.noDeliveries(month) });
  if (read.rows > 0) {
    // personal data given to the service: audited by count before it is used, never logged
    const refused = await audit(c, 'use-lookups', runRoute.path, {
      municipality: code,
      month,
      count: read.rows,
    });
    if (refused) return refused;
  }
  const history = await store.history(code, month);
  if (!history.ok) return storeProblem(c, history.issues);
  const run = await runPresetMonth(preset.value, {
    month,
    signals: signals.value,
    history: history.value,
    ...(read.rows > 0 ? { lookups: read.lookups } : {}),
  });
  if (!run.ok) return problem(c, 'invalid_preset', { issues: run.issues.slice(0, 100) });
  const m = run.value;
  const key = c.get('key');
  if (!key) return problem(c, 'internal', { detail: M.internal });
  // the access audit in the month's transaction: no audit row, no stored month
  const access = {
    keyId: key.id,
    action: 'write-run',
    route: runRoute.path,
    status: 201,
    municipality: code,
    month,
    count: m.journeys.length,
  };
  // in parts when the store takes parts, the heap collected between them when it grew by 128 MB (as
  // `run --store`): a national month's request 1.74 → 1.05 GB at its peak (docs/performance.md,
  // "Forty-fifth round"); a municipality's month grows the heap by less and is never collected
  const options = { replace: body.replace === true, access, beforePart: heapCollector() };
  const saved = await saveRunMonth(store, m, preset.value.preset.id, code, options);
  if (!saved.ok) {
    if (saved.issues.some((i) => i.code === 'month_exists'))
      return problem(c, 'month_exists', { detail: M.monthExists(month) });
    if (saved.issues.some((i) => i.code === 'month_has_records'))
      return problem(c, 'month_has_records', { detail: M.monthHasRecords(month) });
    return storeProblem(c, saved.issues);
  }
  const { buckets } = saved.value;
  return c.json(
    {
      municipality: code,
      month,
      preset: preset.value.preset.id,
      ...(chosen.value.activeVersion === undefined
        ? {}
        : { activePresetVersion: chosen.value.activeVersion }),
      lineage: [...preset.value.lineage],
      decidedOn: m.decidedOn,
      replaced: saved.value.replaced,
      signals: signals.value.length,
      setAside: m.matching.setAside.length,
      history: history.value.length,
      counts: { ...m.counts, matches: m.matching.counts.matches, allocation: m.allocation.counts },
      buckets,
      capacity: m.allocation.usage.map((u) => ({ ...u })),
      issues: [...m.issues],
    },
    201,
  );
};

const WorklistsQuery = z
  .object({
    format: FormatQuery,
    lang: z
      .enum(['nl', 'en'])
      .optional()
      .openapi({
        param: { name: 'lang', in: 'query' },
        description:
          'the language of the texts in the lists (headers, bucket, step, deadline note, explanation): nl (default) or en; without it Accept-Language decides, else Dutch',
        example: 'en',
      }),
    team: TeamSchema.optional().openapi({
      param: { name: 'team', in: 'query' },
      description:
        'with channel: only the worklist of this team (id) — as CSV, byte for byte the file worklist-<team>-<channel>.csv of `signaalreis run`',
      example: 'neighbourhood-team',
    }),
    channel: ChannelSchema.optional().openapi({
      param: { name: 'channel', in: 'query' },
      description: 'with team: only the worklist of this channel',
      example: 'home-visit',
    }),
  })
  .refine((q) => (q.team === undefined) === (q.channel === undefined), {
    path: ['team'],
    message: zodMessage({
      nl: 'Geef team en channel samen: één werklijst is die van één team en één kanaal',
      en: 'Give team and channel together: one worklist is that of one team and one channel',
    }),
  });

/** `GET /municipalities/{code}/months/{month}/worklists`. */
export const worklistsRoute = defineRoute(OFFICER, {
  method: 'get',
  path: '/municipalities/{code}/months/{month}/worklists',
  summary:
    'The worklists of a stored month per team and channel, with names and contact data from the deliveries (personal data: audited)',
  request: { params: MonthParams, query: WorklistsQuery },
  responses: {
    200: {
      description:
        'The worklists: JSON, or by `?format=` or Accept a CSV file (every list one after the other, with the columns of the run’s worklist files) or an Excel workbook (a sheet per team and channel), as `signaalreis run` writes them (cells neutralised against formulas, texts in `?lang`); `?team=&channel=` gives one list. `Content-Disposition: attachment; filename="werklijst-<code>-<month>[-<team>-<channel>].csv|xlsx"`',
      content: { 'application/json': { schema: WorklistsSchema }, ...TABLE_MEDIA },
    },
    404: problemResponse('`?team=&channel=` names a worklist the month does not have'),
    422: problemResponse(
      'A bad query: an unknown format, language, team id or channel, or team without channel',
    ),
  },
});

export const worklistsHandler: RouteHandler<typeof worklistsRoute, ServiceEnv> = async (c) => {
  const { code, month } = c.req.valid('param');
  const query = c.req.valid('query');
  const lang = query.lang ?? c.get('lang') ?? 'nl';
  const { store } = c.get('deps');
  // one team's list: its cases picked out in the store, not every case of the month
  const withStep = query.team && query.channel ? { team: query.team, channel: query.channel } : undefined;
  const cases = await store.cases(code, month, withStep ? { withStep } : {});
  if (!cases.ok) return storeProblem(c, cases.issues);
  const signals = await store.deliverySignals(code, month);
  if (!signals.ok) return storeProblem(c, signals.issues);
  const months = await store.months(code);
  if (!months.ok) return storeProblem(c, months.issues);
  const decidedOn = months.value.find((m) => m.month === month)?.decidedOn;
  const one = query.team && query.channel ? `${query.team}/${query.channel}` : undefined;
  const w = { ...storedWorklists(cases.value, signals.value, decidedOn), ...(one ? { only: one } : {}) };
  const lists = worklistsJson(w, lang);
  if (one && lists.length === 0)
    return problem(c, 'not_found', {
      detail: M.noWorklist(query.team ?? '', query.channel ?? '', month),
    }) as never;
  const count = lists.reduce((n, l) => n + l.cases.length, 0);
  const refused = await audit(c, 'read-worklists', worklistsRoute.path, { municipality: code, month, count });
  if (refused) return refused;
  const format = tableFormat(c, query.format);
  if (format === 'json') return c.json({ municipality: code, month, worklists: lists }, 200);
  const { table, sheets } = worklistTables(w, lang);
  const name = `werklijst-${code}-${month}${one ? `-${one.replace('/', '-')}` : ''}`;
  return (await tableResponse(format, name, table, sheets, c.get('deps').clock())) as never;
};
