// createService: the HTTP service on the case store — one OpenAPIHono app made from the route
// table, with the access guard on every route, RFC 9457 problems for every refusal, a structured
// log without personal data, and the OpenAPI 3.1 document made from the same schemas.
import { OpenAPIHono } from '@hono/zod-openapi';
import { type CaseStore, issuesFromZod, parseJsonText } from '@signaalreis/core';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { AccessStore } from '../store/access-store';
import type { ServiceDdasOptions, ServiceEnv, ServiceLimits, ServiceLogEntry } from './env';
import { SERVICE_MESSAGES as M } from './messages';
import { langOf, problem } from './problem';
import { DEFAULT_K } from './research';
import {
  activePresetHandler,
  activePresetRoute,
  presetHistoryHandler,
  presetHistoryRoute,
  setPresetHandler,
  setPresetRoute,
} from './routes/active-preset';
// the lifecycle's write side and the admin routes (issue 12)
import {
  auditHandler,
  auditRoute,
  createKeyHandler,
  createKeyRoute,
  listKeysHandler,
  listKeysRoute,
  revokeKeyHandler,
  revokeKeyRoute,
} from './routes/admin';
import { caseHandler, caseRoute, casesHandler, casesRoute, monthsHandler, monthsRoute } from './routes/cases';
import { ddasHandler, ddasRoute } from './routes/ddas';
import { ddasImportHandler, ddasImportRoute } from './routes/ddas-import';
import { deliverHandler, deliveriesHandler, deliveriesRoute, deliverRoute } from './routes/deliveries';
import { attemptHandler, attemptRoute, eventHandler, eventRoute } from './routes/lifecycle';
import { lifecycleRunHandler, lifecycleRunRoute } from './routes/lifecycle-run';
import { healthHandler, healthRoute, openApiRoute } from './routes/meta';
import { feedbackHandler, feedbackRoute } from './routes/partner';
import {
  diffHandler,
  diffRoute,
  presetHandler,
  presetRoute,
  presetsHandler,
  presetsRoute,
  testHandler,
  testRoute,
  validateHandler,
  validateRoute,
} from './routes/presets';
import { researchHandler, researchRoute } from './routes/research';
import { runHandler, runRoute, worklistsHandler, worklistsRoute } from './routes/run';
import { summaryHandler, summaryRoute } from './routes/summary';

/**
 * The service's default limits (project defaults, docs/service.md "Limits"): a body of at most
 * 4 MiB (two presets at the preset file limit of 2 MiB, for `POST /presets/diff`), and 600
 * requests per key per minute (ten a second: far above what a case system asks, low enough to
 * stop a runaway loop); a signal delivery (and a DDAS import) of at most 32 MiB, 50,000 rows.
 *
 * @example
 * ```ts
 * import { DEFAULT_SERVICE_LIMITS } from '@signaalreis/adapters/service';
 * const strict = { ...DEFAULT_SERVICE_LIMITS, requestsPerMinute: 60 }; // pass as createService({ limits })
 * ```
 */
export const DEFAULT_SERVICE_LIMITS: Readonly<ServiceLimits> = Object.freeze({
  maxBodyBytes: 4 * 1024 * 1024,
  requestsPerMinute: 600,
  // project defaults: a month of the largest municipality, with room; docs/service.md "Limits"
  maxDeliveryBytes: 32 * 1024 * 1024,
  maxRowsPerDelivery: 50_000,
});

/** The route whose body is a signal delivery: its own, larger body limit (maxDeliveryBytes). */
const DELIVERY_PATH = /^\/municipalities\/[^/]+\/months\/[^/]+\/deliveries\/?$/;
const isDelivery = (c: Context) => c.req.method === 'POST' && DELIVERY_PATH.test(c.req.path);
/** A DDAS v1.2 delivery as input (a platform's history): the delivery's body limit too. */
const DDAS_IMPORT_PATH = /^\/municipalities\/[^/]+\/ddas\/?$/;
/** The monthly run: its body may carry the lookups (a register extract), so the delivery's limit too. */
const RUN_PATH = /^\/municipalities\/[^/]+\/months\/[^/]+\/run\/?$/;
const isLargeBody = (c: Context) =>
  isDelivery(c) ||
  (c.req.method === 'POST' && (DDAS_IMPORT_PATH.test(c.req.path) || RUN_PATH.test(c.req.path)));

/** What the service is made of. */
export interface ServiceOptions {
  /** The case store (open it with openCaseStore of `@signaalreis/adapters/store`; close it yourself). */
  store: CaseStore;
  /** The keys and the access audit (accessStoreOf(store) of `@signaalreis/adapters/store`). */
  access: AccessStore;
  /** The service's clock (default: the system's): the delivery moment of a DDAS export, rate windows. */
  clock?: () => Date;
  /** Limits; any not given are {@link DEFAULT_SERVICE_LIMITS}. */
  limits?: Partial<ServiceLimits>;
  /** Where each request's log entry goes (default: nowhere). Entries never hold personal data. */
  log?: (entry: ServiceLogEntry) => void;
  /** The supplier code and organisation names of the DDAS export. */
  ddas?: ServiceDdasOptions;
  /**
   * Disclosure control for researcher keys: `k`, the smallest count shown (default 10, project
   * default after CBS practice of minimum cell sizes). The summary suppresses counts below it; in
   * the row export every combination of quasi-identifiers occurs at least k times.
   */
  disclosure?: { k?: number };
  /**
   * Count the rate limit in the store, so that several processes serving one database share it
   * (default: when the store is a PostgreSQL server, `postgres://…`; an embedded store is used by
   * one process, which counts in memory).
   */
  sharedRateLimit?: boolean;
}

/** The k of the disclosure control; anything but an integer of at least 1 is a programming error. */
function disclosureK(k: number | undefined): number {
  if (k === undefined) return DEFAULT_K;
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`disclosure.k must be an integer >= 1, got ${k}`);
  return k;
}

/** Where the zod validator's targets are in the issues of a 422. */
const WHERE: Record<string, string> = { param: 'path', query: 'query', json: 'body', header: 'header' };

/** hono's `:code` as OpenAPI's `{code}`; `(none)` when no route matched. */
const patternOf = (c: Context): string => {
  const path = c.req.routePath;
  return !path || path === '*' || path === '/*' ? '(none)' : path.replace(/:([A-Za-z]+)/g, '{$1}');
};

/** Reads a JSON body as untrusted text first: a key twice, `1e400`, `__proto__` are refused (400). */
const strictJson: MiddlewareHandler<ServiceEnv> = async (c, next) => {
  if (!/^application\/(.+\+)?json\b/i.test(c.req.header('content-type') ?? '')) return next();
  const { limits } = c.get('deps');
  const maxLength = isLargeBody(c) ? limits.maxDeliveryBytes : limits.maxBodyBytes;
  const parsed = parseJsonText(await c.req.text(), { maxLength });
  if (!parsed.ok) return problem(c, 'malformed_json', { issues: parsed.issues });
  return next();
};

/**
 * Makes the service: an OpenAPIHono app whose routes read the case store for the keys of the
 * access store. Every route requires `Authorization: Bearer sr_…` except `GET /health` and
 * `GET /openapi.json`; every refusal is `application/problem+json` (RFC 9457); every read of
 * personal data writes an access-audit row first. Serve it with serveService, or call
 * `app.request()` in tests. The type of the app (ServiceApp) drives hono's typed client `hc`.
 *
 * @example
 * ```ts
 * import { createService } from '@signaalreis/adapters/service';
 * import { accessStoreOf, openCaseStore } from '@signaalreis/adapters/store';
 * const opened = await openCaseStore('data/store');
 * if (!opened.ok) throw new Error(opened.issues[0]?.message.en);
 * const access = accessStoreOf(opened.value);
 * if (!access.ok) throw new Error(access.issues[0]?.message.en);
 * const app = createService({ store: opened.value, access: access.value, log: (e) => console.log(JSON.stringify(e)) });
 * const res = await app.request('/municipalities/0363/months', { headers: { authorization: `Bearer ${process.env.KEY}` } });
 * res.status; // 200 for an officer key of 0363; 404 for a key of another municipality; 401 without a key
 * ```
 */
export function createService(options: ServiceOptions) {
  const deps = {
    store: options.store,
    access: options.access,
    clock: options.clock ?? (() => new Date()),
    limits: { ...DEFAULT_SERVICE_LIMITS, ...options.limits },
    log: options.log ?? (() => undefined),
    ddas: options.ddas ?? {},
    k: disclosureK(options.disclosure?.k),
    sharedRate: options.sharedRateLimit ?? /^postgres(ql)?:\/\//i.test(options.store.location),
    windows: new Map<string, { start: number; count: number }>(),
  };
  const app = new OpenAPIHono<ServiceEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const where = WHERE[(result as { target?: string }).target ?? ''] ?? 'request';
      return problem(c as Context<ServiceEnv>, 'invalid_request', {
        issues: issuesFromZod(result.error as never, [where]),
      });
    },
  });
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    c.set('lang', langOf(c.req.header('accept-language')));
    const start = performance.now();
    await next();
    const key = c.get('key');
    deps.log({
      method: c.req.method,
      route: patternOf(c),
      status: c.res.status,
      ...(key ? { keyId: key.id } : {}),
      durationMs: Math.round((performance.now() - start) * 10) / 10,
    });
  });
  const limitOf = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: (c) => problem(c as Context<ServiceEnv>, 'body_too_large', { detail: M.tooLarge(maxSize) }),
    });
  const [bodies, deliveries] = [limitOf(deps.limits.maxBodyBytes), limitOf(deps.limits.maxDeliveryBytes)];
  app.use('*', (c, next) => (isLargeBody(c) ? deliveries : bodies)(c, next));
  app.use('*', strictJson);
  app.onError((error, c) => {
    if (error instanceof HTTPException) {
      if (error.status === 415)
        return problem(c, 'unsupported_media_type', { detail: isDelivery(c) ? M.deliveryType : M.notJson });
      if (error.status === 413)
        return problem(c, 'body_too_large', { detail: M.tooLarge(deps.limits.maxBodyBytes) });
      if (error.status === 400) return problem(c, 'malformed_json');
    }
    return problem(c, 'internal', { detail: M.internal });
  });
  app.notFound((c) => problem(c, 'not_found', { detail: M.noRoute }));
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API key `sr_<id>_<secret>` (signaalreis keys create)',
  });
  const routed = app
    .openapi(healthRoute, healthHandler)
    .openapi(monthsRoute, monthsHandler)
    .openapi(casesRoute, casesHandler)
    .openapi(caseRoute, caseHandler)
    .openapi(feedbackRoute, feedbackHandler)
    .openapi(summaryRoute, summaryHandler)
    .openapi(ddasRoute, ddasHandler)
    .openapi(presetsRoute, presetsHandler)
    .openapi(presetRoute, presetHandler)
    .openapi(validateRoute, validateHandler)
    .openapi(diffRoute, diffHandler)
    .openapi(testRoute, testHandler)
    // the lifecycle's write side and the admin routes
    .openapi(attemptRoute, attemptHandler)
    .openapi(eventRoute, eventHandler)
    .openapi(lifecycleRunRoute, lifecycleRunHandler)
    .openapi(createKeyRoute, createKeyHandler)
    .openapi(listKeysRoute, listKeysHandler)
    .openapi(revokeKeyRoute, revokeKeyHandler)
    .openapi(auditRoute, auditHandler)
    // the write side: signal deliveries and the monthly run
    .openapi(deliverRoute, deliverHandler)
    .openapi(deliveriesRoute, deliveriesHandler)
    .openapi(runRoute, runHandler)
    .openapi(worklistsRoute, worklistsHandler)
    // a DDAS v1.2 delivery as input
    .openapi(ddasImportRoute, ddasImportHandler)
    // a municipality's active preset
    .openapi(activePresetRoute, activePresetHandler)
    .openapi(setPresetRoute, setPresetHandler)
    .openapi(presetHistoryRoute, presetHistoryHandler)
    // the researcher's pseudonymised export
    .openapi(researchRoute, researchHandler);
  routed.openapi(openApiRoute, (c) =>
    c.json(
      app.getOpenAPI31Document({
        openapi: '3.1.0',
        info: {
          title: 'signaalreis service',
          version: '0.1.0',
          description: 'The case store of signaalreis over HTTP (docs/service.md).',
        },
      }) as never,
      200,
    ),
  );
  return routed;
}

/**
 * The type of the service app, for hono's typed client: `hc<ServiceApp>(url)`.
 *
 * @example
 * ```ts
 * import { hc } from 'hono/client';
 * import type { ServiceApp } from '@signaalreis/adapters/service';
 * const client = hc<ServiceApp>('http://127.0.0.1:8080', { headers: { authorization: `Bearer ${process.env.KEY}` } });
 * const res = await client.municipalities[':code'].months.$get({ param: { code: '0363' } });
 * if (res.ok) (await res.json()).months.map((m) => m.month);
 * ```
 */
export type ServiceApp = ReturnType<typeof createService>;
