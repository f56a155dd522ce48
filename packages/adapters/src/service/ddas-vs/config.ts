// The configuration file of the DDAS-VS endpoint for `signaalreis serve --ddas-vs <file>`: where it
// listens, which organisations it serves with which municipality codes, the signing key and its
// certificate chain, and the token issuer with its keys. Paths in the file are relative to the file.
// A bad file is a list of issues (never a key or a certificate's content in a message).
import { createPrivateKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  fail,
  type Issue,
  issue,
  type MunicipalityCode,
  MunicipalityCodeSchema,
  ok,
  parseJsonText,
  type Result,
} from '@signaalreis/core';
import { z } from 'zod';
import type { DdasVsSignerOptions } from './signing';
import type { DdasVsTokenOptions } from './tokens';

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** The file's shape (JSON); see docs/service-ddas-vs.md, "Running it". */
const DdasVsConfigSchema = z
  .object({
    port: z.number().int().min(0).max(65535),
    host: z.string().min(1).max(255).default('127.0.0.1'),
    supplierCode: z.string().min(1).max(64),
    organisations: z.record(z.string().min(1).max(200), z.array(MunicipalityCodeSchema).min(1)),
    signing: z
      .object({ key: z.string().min(1), chain: z.string().min(1), kid: z.string().min(1).max(200) })
      .strict(),
    tokens: z
      .object({
        issuer: z.string().min(1),
        audience: z.string().min(1).optional(),
        jwks: z.string().min(1),
        scope: z.string().min(1).optional(),
      })
      .strict(),
    rateLimit: z
      .object({ requests: z.number().int().min(1), perSeconds: z.number().int().min(1) })
      .strict()
      .optional(),
  })
  .strict();

/** The DDAS-VS endpoint as `serve --ddas-vs` runs it: read from its configuration file. */
export interface DdasVsConfig {
  port: number;
  host: string;
  supplierCode: string;
  organisations: Record<string, MunicipalityCode[]>;
  signer: DdasVsSignerOptions;
  tokens: DdasVsTokenOptions;
  rateLimit?: { requests: number; perSeconds: number };
}

const bad = (code: string, path: (string | number)[], nl: string, en: string): Issue =>
  issue(code, path, { nl, en });

function readText(file: string, path: string[]): Result<string> {
  try {
    return ok(readFileSync(file, 'utf8'));
  } catch {
    return fail(
      bad('ddas_vs_config_file', path, `bestand ${file} kan niet worden gelezen`, `cannot read ${file}`),
    );
  }
}

function privateKeyOf(file: string): Result<KeyObject> {
  const text = readText(file, ['signing', 'key']);
  if (!text.ok) return text;
  try {
    return ok(createPrivateKey(text.value));
  } catch {
    return fail(
      bad(
        'ddas_vs_config_key',
        ['signing', 'key'],
        `${file} bevat geen privésleutel (PEM)`,
        `${file} holds no private key (PEM)`,
      ),
    );
  }
}

function jwksOf(value: string, base: string): Result<DdasVsTokenOptions['jwks']> {
  if (/^https:\/\//.test(value)) return ok(new URL(value));
  const text = readText(resolve(base, value), ['tokens', 'jwks']);
  if (!text.ok) return text;
  const parsed = parseJsonText(text.value);
  if (!parsed.ok || !Array.isArray((parsed.value as { keys?: unknown } | null)?.keys))
    return fail(
      bad(
        'ddas_vs_config_jwks',
        ['tokens', 'jwks'],
        `${value} is geen JWKS (geen "keys")`,
        `${value} is no JWKS (no "keys")`,
      ),
    );
  return ok(parsed.value as DdasVsTokenOptions['jwks']);
}

/**
 * Reads the configuration file of the DDAS-VS endpoint (JSON): the listener, the organisations
 * served and their CBS codes, the signing key (PKCS#8 or PKCS#1 PEM) and its chain (PEM, leaf
 * first), and the token issuer with its JWKS (a file, or an `https://` URL). Paths are relative to
 * the file. Problems are issues with the path in the file; the key is checked by `ddasVsSigner`
 * when the endpoint starts.
 *
 * @example
 * ```ts
 * import { readDdasVsConfig } from '@signaalreis/adapters/service';
 * const config = readDdasVsConfig('config/ddas-vs.json');
 * if (!config.ok) config.issues.map((i) => `${i.path.join('.')}: ${i.message.en}`); // e.g. 'signing.key: cannot read …'
 * ```
 */
export function readDdasVsConfig(file: string): Result<DdasVsConfig> {
  const text = readText(file, []);
  if (!text.ok) return text;
  const json = parseJsonText(text.value);
  if (!json.ok) return json;
  const parsed = DdasVsConfigSchema.safeParse(json.value);
  if (!parsed.success)
    return fail(
      parsed.error.issues.map((i) =>
        bad('ddas_vs_config', i.path as (string | number)[], i.message, i.message),
      ),
    );
  const c = parsed.data;
  const base = dirname(file);
  const key = privateKeyOf(resolve(base, c.signing.key));
  if (!key.ok) return key;
  const chainText = readText(resolve(base, c.signing.chain), ['signing', 'chain']);
  if (!chainText.ok) return chainText;
  const chain = chainText.value.match(PEM_CERTIFICATE) ?? [];
  if (chain.length === 0)
    return fail(
      bad(
        'ddas_vs_config_chain',
        ['signing', 'chain'],
        'de keten bevat geen certificaat (PEM)',
        'the chain holds no certificate (PEM)',
      ),
    );
  const jwks = jwksOf(c.tokens.jwks, base);
  if (!jwks.ok) return jwks;
  return ok({
    port: c.port,
    host: c.host,
    supplierCode: c.supplierCode,
    organisations: c.organisations,
    signer: { privateKey: key.value, chain, kid: c.signing.kid },
    tokens: {
      issuer: c.tokens.issuer,
      jwks: jwks.value,
      ...(c.tokens.audience ? { audience: c.tokens.audience } : {}),
      ...(c.tokens.scope ? { scope: c.tokens.scope } : {}),
    },
    ...(c.rateLimit ? { rateLimit: c.rateLimit } : {}),
  });
}
