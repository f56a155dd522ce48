// The DDAS-VS provider endpoint as a hono app: `POST /gegevens` exactly as CBS calls it
// (standards/ddas-vs-api). Order of checks: route and method (FSC 404/405), bearer token (FSC
// 401/403), rate (429), body (400/413/422), then the delivery: made (or taken from the cache), paged,
// validated against the DDAS v1.2 schema, serialised once, and those bytes digested, signed and sent.
import { OpenAPIHono } from '@hono/zod-openapi';
import { asIsoDate, type IsoDate, type Result } from '@signaalreis/core';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { validateDdasDelivery } from '../../ddas/schema';
import type { Uitwisselmodel } from '../../ddas/types';
import { fscError, fscUnavailable, problem } from './errors';

/** Retry-After when the issuer's keys cannot be reached (project default: half a minute). */
const KEYS_RETRY_SECONDS = 30;

import { DELIVERY_CACHE_SECONDS, deliveryCache, rateLimiter } from './limits';
import { DDAS_VS_MESSAGES as M } from './messages';
import { DDAS_VS_MAX_PAGE_SIZE, ddasVsPager } from './paging';
import { requestIssue } from './request-issues';
import { postGegevens } from './route';
import { type DdasVsSignerOptions, ddasVsSigner } from './signing';
import { bearerVerifier, type DdasVsTokenOptions } from './tokens';

/** What a source is asked: the period (both days included) and the organisation, by name. */
export interface DdasVsRequest {
  from: IsoDate;
  to: IsoDate;
  organisation: string;
}

/**
 * Where deliveries come from: the whole delivery of the period for the organisation (the app pages
 * it). An organisation the source does not serve: a failed Result with an issue of code
 * `DDAS_VS_UNKNOWN_ORGANISATION` (answered 422); any other failure is answered 500.
 */
export type DdasVsSource = (request: DdasVsRequest) => Promise<Result<Uitwisselmodel>>;

/**
 * The issue code with which a source refuses an organisation it does not deliver for.
 *
 * @example
 * ```ts
 * import { DDAS_VS_UNKNOWN_ORGANISATION, type DdasVsSource } from '@signaalreis/adapters/service';
 * import { fail, issue } from '@signaalreis/core';
 * const none: DdasVsSource = async () =>
 *   fail([issue(DDAS_VS_UNKNOWN_ORGANISATION, ['aanleverende_organisatie'], { nl: 'onbekend', en: 'unknown' })]);
 * ```
 */
export const DDAS_VS_UNKNOWN_ORGANISATION = 'ddas_vs_unknown_organisation';

/** One line of the structured log: no personal data, no raw URL, no organisation's delivery. */
export interface DdasVsLogEvent {
  event: 'ddas-vs';
  method: string;
  route: string;
  status: number;
  durationMs: number;
  client?: string;
  error?: string;
  page?: number;
  totalPages?: number;
  signals?: number;
  issueCodes?: string[];
}

/**
 * The options of the endpoint: where deliveries come from, the signing key and chain, who may call,
 * and optionally the clock, the page maximum (≤ 50,000), a rate per client, how long a delivery is
 * kept for its pages (seconds, default 900; 0: none), the largest request body (bytes, default
 * 16384) and a log function.
 */
export interface DdasVsAppOptions {
  source: DdasVsSource;
  signer: DdasVsSignerOptions;
  tokens: DdasVsTokenOptions;
  clock?: () => Date;
  maxPageSize?: number;
  rateLimit?: { requests: number; perSeconds: number };
  cacheSeconds?: number;
  maxBodyBytes?: number;
  log?: (event: DdasVsLogEvent) => void;
}

/** Source: project default (a GegevensRequest is five short fields; 16 KiB is ample). */
const MAX_BODY_BYTES = 16 * 1024;

type Env = {
  Variables: {
    client?: string;
    page?: Pick<DdasVsLogEvent, 'page' | 'totalPages' | 'signals'>;
    error?: string;
    codes?: string[];
  };
};

/**
 * The DDAS-VS provider endpoint (`POST /gegevens`) as a hono app with its OpenAPI document
 * (`app.getOpenAPI31Document(…)`). Throws at once on a bad signer (see `ddasVsSigner`) or a
 * `maxPageSize` outside 1–50,000. Mount it where CBS reaches it through the FSC inway.
 *
 * @example
 * ```ts
 * import { serve } from '@hono/node-server';
 * import { ddasVsApp, type DdasVsSignerOptions, type DdasVsSource } from '@signaalreis/adapters/service';
 * declare const source: DdasVsSource; // e.g. storeDeliverySource(store, { organisations, supplierCode })
 * declare const signer: DdasVsSignerOptions;
 * const app = ddasVsApp({
 *   source,
 *   signer,
 *   tokens: { issuer: 'https://auth.example.nl', jwks: new URL('https://auth.example.nl/jwks.json') },
 *   rateLimit: { requests: 60, perSeconds: 60 },
 *   log: (e) => console.log(JSON.stringify(e)), // method, route, status, client, page: no personal data
 * });
 * serve({ fetch: app.fetch, port: 8443, hostname: '127.0.0.1' }); // TLS at the FSC inway
 * ```
 */
export function ddasVsApp(options: DdasVsAppOptions): OpenAPIHono<Env> {
  const clock = options.clock ?? (() => new Date());
  const maxPageSize = options.maxPageSize ?? DDAS_VS_MAX_PAGE_SIZE;
  if (!Number.isSafeInteger(maxPageSize) || maxPageSize < 1 || maxPageSize > DDAS_VS_MAX_PAGE_SIZE)
    throw new Error(`DDAS-VS: maxPageSize must be a whole number from 1 to ${DDAS_VS_MAX_PAGE_SIZE}`);
  const sign = ddasVsSigner(options.signer);
  const verify = bearerVerifier(options.tokens, clock);
  const rate = options.rateLimit ? rateLimiter(options.rateLimit, clock) : undefined;
  const cached = deliveryCache(options.cacheSeconds ?? DELIVERY_CACHE_SECONDS, clock);
  // the pages of a cached delivery cut with its layout made once (let go with the delivery)
  const pagers = new WeakMap<Uitwisselmodel, ReturnType<typeof ddasVsPager>>();
  const maxBody = options.maxBodyBytes ?? MAX_BODY_BYTES;

  const app = new OpenAPIHono<Env>({
    defaultHook: (result, c) => {
      if (!result.success)
        return problem(c, 422, 'invalid-request', M.invalidRequest, {
          issues: result.error.issues.map(requestIssue),
        });
    },
  });

  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    options.log?.({
      event: 'ddas-vs',
      method: c.req.method,
      route: c.req.path === '/gegevens' ? '/gegevens' : '(other)',
      status: c.res.status,
      durationMs: Math.round(performance.now() - started),
      ...(c.get('client') !== undefined ? { client: c.get('client') } : {}),
      ...c.get('page'),
      ...(c.get('error') !== undefined ? { error: c.get('error') } : {}),
      ...(c.get('codes') !== undefined ? { issueCodes: c.get('codes') } : {}),
    });
  });

  app.use('/gegevens', async (c, next) => {
    if (c.req.method !== 'POST')
      return fscError(c, 405, 'ERROR_CODE_METHOD_UNSUPPORTED', M.methodUnsupported(c.req.method));
    const token = await verify(c.req.header('Authorization'));
    if (!token.ok) {
      if (token.code === 'KEYS_UNAVAILABLE') {
        c.set('error', `token keys unavailable: ${token.reason}`); // the reason's class only, never the token
        return fscUnavailable(c, M.keysUnavailable, KEYS_RETRY_SECONDS);
      }
      if (token.code === 'MISSING')
        return fscError(c, 401, 'ERROR_CODE_ACCESS_TOKEN_MISSING', M.tokenMissing);
      if (token.code === 'EXPIRED')
        return fscError(c, 401, 'ERROR_CODE_ACCESS_TOKEN_EXPIRED', M.tokenExpired);
      if (token.code === 'SCOPE')
        return fscError(c, 403, 'ERROR_CODE_ACCESS_DENIED', M.scopeMissing(options.tokens.scope ?? 'read'));
      return fscError(c, 401, 'ERROR_CODE_ACCESS_TOKEN_INVALID', M.tokenInvalid);
    }
    c.set('client', token.client);
    const allowed = rate?.(token.client);
    if (allowed && !allowed.allowed && options.rateLimit)
      return problem(
        c,
        429,
        'rate-limited',
        M.rateLimited(options.rateLimit.requests, options.rateLimit.perSeconds),
        {
          headers: { 'Retry-After': String(allowed.retryAfter) },
        },
      );
    const type = (c.req.header('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') return problem(c, 400, 'not-json', M.notJson);
    return next();
  });
  app.use(
    '/gegevens',
    bodyLimit({ maxSize: maxBody, onError: (c) => problem(c, 413, 'body-too-large', M.tooLarge(maxBody)) }),
  );

  app.openapi(postGegevens, async (c) => {
    const body = c.req.valid('json');
    const request: DdasVsRequest = {
      from: asIsoDate(body.aanleverperiodeStartdatum),
      to: asIsoDate(body.aanleverperiodeEinddatum),
      organisation: body.aanleverende_organisatie,
    };
    const key = JSON.stringify([request.from, request.to, request.organisation]);
    const delivery = await cached(key, () => options.source(request));
    if (!delivery.ok) {
      c.set('codes', [...new Set(delivery.issues.map((i) => i.code))]);
      const unknown = delivery.issues.find((i) => i.code === DDAS_VS_UNKNOWN_ORGANISATION);
      if (unknown)
        return problem(c, 422, 'unknown-organisation', M.unknownOrganisation, {
          issues: [{ ...unknown, path: ['aanleverende_organisatie'] }],
        }) as never;
      return problem(c, 500, 'delivery-failed', M.serverError) as never;
    }
    const pager = pagers.get(delivery.value) ?? ddasVsPager(delivery.value);
    pagers.set(delivery.value, pager);
    const page = pager({ page: body.page, pageSize: body.pageSize, maxPageSize });
    const valid = validateDdasDelivery(page.gegevens);
    const signals = (page.gegevens.leveringen ?? []).reduce((n, l) => n + (l.vroegsignalen?.length ?? 0), 0);
    c.set('page', {
      page: page.paginering?.currentPage ?? 1,
      totalPages: page.paginering?.totalPages ?? 1,
      signals,
    });
    if (!valid.ok) {
      c.set('codes', valid.issues.map((i) => `${i.code}@${i.path.join('.')}`).slice(0, 10));
      return problem(c, 500, 'invalid-delivery', M.invalidDelivery) as never;
    }
    const bytes = new TextEncoder().encode(JSON.stringify(page));
    const { digest, signature } = await sign(bytes);
    return c.body(bytes, 200, {
      'Content-Type': 'application/json',
      Digest: digest,
      'nlgov-adr-payload-sig': signature,
      'Cache-Control': 'no-store',
    }) as never;
  });

  app.notFound((c) => fscError(c, 404, 'ERROR_CODE_SERVICE_NOT_FOUND', M.serviceNotFound));
  app.onError((err, c) => {
    if (err instanceof HTTPException && err.status === 400) return problem(c, 400, 'bad-json', M.badJson);
    c.set('error', err instanceof Error ? err.name : 'unknown');
    return problem(c, 500, 'server-error', M.serverError);
  });
  return app;
}
