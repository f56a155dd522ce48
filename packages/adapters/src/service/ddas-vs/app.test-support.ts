// Test support for the endpoint: an app with a test PKI, a test token issuer and a given source, and
// a CBS-like client that posts a GegevensRequest with a token and verifies what comes back.
import type { Result } from '@signaalreis/core';
import { ok } from '@signaalreis/core';
import type { Uitwisselmodel } from '../../ddas/types';
import { type DdasVsAppOptions, type DdasVsLogEvent, ddasVsApp } from './app';
import { cbsVerifies, type TestPki, testIssuer, testPki } from './fixtures.test-support';

export const REQUEST = {
  aanleverperiodeStartdatum: '2026-10-01',
  aanleverperiodeEinddatum: '2026-10-31',
  aanleverende_organisatie: 'Gemeente Voorbeeldstad',
};

export interface Setup {
  pki: TestPki;
  issuer: Awaited<ReturnType<typeof testIssuer>>;
}

export const setup = async (): Promise<Setup> => ({ pki: await testPki(), issuer: await testIssuer() });

/** An app over `delivery` (or a source), counting the source's calls and keeping the log. */
export function appOf(
  s: Setup,
  delivery: Uitwisselmodel | DdasVsAppOptions['source'],
  extra: Partial<DdasVsAppOptions> = {},
) {
  const calls: unknown[] = [];
  const log: DdasVsLogEvent[] = [];
  const source =
    typeof delivery === 'function'
      ? delivery
      : async (r: unknown): Promise<Result<Uitwisselmodel>> => {
          calls.push(r);
          return ok(delivery);
        };
  const app = ddasVsApp({
    source,
    signer: s.pki.signer,
    tokens: { issuer: s.issuer.issuer, jwks: s.issuer.jwks },
    log: (e) => log.push(e),
    ...extra,
  });
  return { app, calls, log };
}

/** POST /gegevens as CBS does: JSON body, bearer token. */
export async function post(
  app: ReturnType<typeof ddasVsApp>,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return app.request('/gegevens', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** A 200 response checked as CBS checks it; its body parsed. */
export async function verified(res: Response, s: Setup) {
  if (res.status !== 200) throw new Error(`status ${res.status}: ${await res.text()}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  const check = cbsVerifies(bytes, res.headers, s.pki.root);
  return { ...check, body: JSON.parse(new TextDecoder().decode(bytes)), bytes };
}
