// The error answers of DDAS-VS (standards/ddas-vs-api): FSC errors (header `Fsc-Error-Code`, body
// FscError, domain ERROR_DOMAIN_INWAY: we are the provider's side) for 401/403/404/405, and RFC 9457
// problem details (`application/problem+json`) for 400/413/422/429/500. No value of a request
// or a delivery goes into either.
import type { Issue } from '@signaalreis/core';
import type { Context } from 'hono';

/** The FSC error codes this endpoint answers with (FSC Core, as DDAS-VS lists them). */
export type FscErrorCode =
  | 'ERROR_CODE_ACCESS_TOKEN_MISSING'
  | 'ERROR_CODE_ACCESS_TOKEN_INVALID'
  | 'ERROR_CODE_ACCESS_TOKEN_EXPIRED'
  | 'ERROR_CODE_ACCESS_DENIED'
  | 'ERROR_CODE_SERVICE_NOT_FOUND'
  | 'ERROR_CODE_METHOD_UNSUPPORTED'
  | 'ERROR_CODE_SERVICE_UNREACHABLE';

/** An FSC error: `Fsc-Error-Code` header and an FscError body. */
export function fscError(c: Context, status: 401 | 403 | 404 | 405, code: FscErrorCode, title: string) {
  const body = { code, domain: 'ERROR_DOMAIN_INWAY', title, status };
  const headers: Record<string, string> = { 'Fsc-Error-Code': code };
  if (status === 401) headers['WWW-Authenticate'] = 'Bearer';
  if (status === 405) headers.Allow = 'POST';
  return c.json(body, status, headers);
}

/**
 * The endpoint cannot check tokens now: the issuer's key set (JWKS) cannot be reached. 502 with the
 * FSC code `ERROR_CODE_SERVICE_UNREACHABLE` and `Retry-After`, the body an FscError that is also an
 * RFC 9457 problem (`type` added, `application/problem+json`) — not a 401: the token may be fine.
 */
export function fscUnavailable(c: Context, title: string, retryAfterSeconds: number) {
  const code: FscErrorCode = 'ERROR_CODE_SERVICE_UNREACHABLE';
  const body = {
    type: problemType('token-keys-unreachable'),
    code,
    domain: 'ERROR_DOMAIN_INWAY',
    title,
    status: 502,
  };
  return c.body(JSON.stringify(body), 502, {
    'Content-Type': 'application/problem+json',
    'Fsc-Error-Code': code,
    'Retry-After': String(retryAfterSeconds),
  });
}

/** The `type` of a problem: a URN of the project, one per kind (documented in docs/service-ddas-vs.md). */
export const problemType = (kind: string) => `urn:signaalreis:problem:${kind}`;

/** An RFC 9457 problem: `type`, `title`, `status`, `detail?`, `instance` (the path, which holds no data), `issues?`. */
export function problem(
  c: Context,
  status: 400 | 413 | 422 | 429 | 500,
  kind: string,
  title: string,
  extra: { detail?: string; issues?: readonly Issue[]; headers?: Record<string, string> } = {},
) {
  const body = {
    type: problemType(kind),
    title,
    status,
    ...(extra.detail !== undefined ? { detail: extra.detail } : {}),
    instance: c.req.path,
    ...(extra.issues && extra.issues.length > 0 ? { issues: extra.issues } : {}),
  };
  return c.body(JSON.stringify(body), status, {
    'Content-Type': 'application/problem+json',
    ...extra.headers,
  });
}
