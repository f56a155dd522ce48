// RFC 9457 problem details: every refusal of the service is `application/problem+json` with a
// type, a title in the caller's language, the status, and — where they help — a detail and the
// core issues (code, path, message in Dutch and English).
import type { Bilingual, Issue } from '@signaalreis/core';
import type { Context, TypedResponse } from 'hono';
import type { ServiceEnv } from './env';
import { PROBLEMS, type ProblemCode } from './messages';

/** The media type of a problem (RFC 9457). */
export const PROBLEM_TYPE = 'application/problem+json';

/** The `type` URI of a problem code: a URN, so it never pretends to be a page that resolves. */
export const problemType = (code: string): string => `urn:signaalreis:problem:${code}`;

/** The caller's language: English when the first language of Accept-Language is English, else Dutch. */
export function langOf(header: string | undefined): 'nl' | 'en' {
  const first = (header ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'nl';
}

/** The body of a problem. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  issues?: Issue[];
}

/** A problem's body in a language. */
export function problemBody(
  code: ProblemCode,
  lang: 'nl' | 'en',
  o: { detail?: Bilingual; issues?: readonly Issue[] } = {},
): ProblemBody {
  const p = PROBLEMS[code];
  return {
    type: problemType(code),
    title: p.title[lang],
    status: p.status,
    ...(o.detail ? { detail: o.detail[lang] } : {}),
    ...(o.issues && o.issues.length > 0 ? { issues: [...o.issues] } : {}),
  };
}

/** A problem response as hono types it (the routes declare the statuses they answer with). */
export type ProblemResponse<C extends ProblemCode> = Response &
  TypedResponse<
    { type: string; title: string; status: number; detail?: string; instance?: string; issues?: Issue[] },
    (typeof PROBLEMS)[C]['status'],
    'json'
  >;

/** Answers with a problem (the one helper every refusal goes through). */
export function problem<C extends ProblemCode>(
  c: Context<ServiceEnv>,
  code: C,
  o: { detail?: Bilingual; issues?: readonly Issue[]; headers?: Record<string, string> } = {},
): ProblemResponse<C> {
  const lang = c.get('lang') ?? langOf(c.req.header('accept-language'));
  const body = problemBody(code, lang, o);
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { 'content-type': PROBLEM_TYPE, 'content-language': lang, ...(o.headers ?? {}) },
  }) as unknown as ProblemResponse<C>;
}
