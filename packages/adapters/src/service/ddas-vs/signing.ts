// Integrity of a DDAS-VS response (standards/ddas-vs-api, signing-encryptie): `Digest: SHA-256=…`
// (RFC 3230) and `nlgov-adr-payload-sig`, a JWS with detached payload (`header..signature`, RFC 7515
// appendix F) over the exact bytes of the body: PS256, `typ: JOSE`, `kid`, `x5c` (the chain, the
// first certificate verifies), `x5t#S256`. Signed with jose; the key and chain are checked once,
// when the signer is made.
import { createHash, KeyObject, type webcrypto, X509Certificate } from 'node:crypto';
import { CompactSign } from 'jose';

/**
 * The signing key and its certificate chain: the private key (a node `KeyObject` or a WebCrypto
 * `CryptoKey`, RSA of at least 2048 bits), the chain from the signing certificate up (PEM text or
 * DER bytes, the signing certificate first), and the key id CBS knows it by.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { createPrivateKey } from 'node:crypto';
 * import type { DdasVsSignerOptions } from '@signaalreis/adapters/service';
 * const signer: DdasVsSignerOptions = {
 *   privateKey: createPrivateKey(readFileSync('keys/signing.key.pem')),
 *   chain: [readFileSync('keys/signing.pem', 'utf8'), readFileSync('keys/intermediate.pem', 'utf8')],
 *   kid: 'signaalreis-ddas-2026',
 * };
 * ```
 */
export interface DdasVsSignerOptions {
  privateKey: KeyObject | webcrypto.CryptoKey;
  chain: readonly (string | Uint8Array)[];
  kid: string;
}

/** What the response carries: the two header values. */
export interface DdasVsSignature {
  /** `SHA-256=<base64 of the SHA-256 of the body>` */
  digest: string;
  /** The detached compact JWS, `BASE64URL(header)..BASE64URL(signature)`. */
  signature: string;
}

/**
 * Source: RFC 7518 §3.5 (PS256 takes an RSA key of 2048 bits or more).
 */
const MIN_RSA_BITS = 2048;

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

/**
 * A signer for response bodies. Throws (a configuration error, at start-up) when the key is no RSA
 * key of at least 2048 bits, the chain is empty or does not parse, the first certificate is not the
 * key's, or a certificate is not issued and signed by the next one.
 *
 * @example
 * ```ts
 * import { ddasVsSigner, type DdasVsSignerOptions } from '@signaalreis/adapters/service';
 * declare const options: DdasVsSignerOptions;
 * const sign = ddasVsSigner(options);
 * const body = new TextEncoder().encode('{"gegevens":{}}');
 * const { digest, signature } = await sign(body); // the same bytes go out as the body
 * digest.startsWith('SHA-256='); // true; signature: 'eyJ…..…' (empty middle part)
 * ```
 */
export function ddasVsSigner(options: DdasVsSignerOptions): (body: Uint8Array) => Promise<DdasVsSignature> {
  const key =
    options.privateKey instanceof KeyObject ? options.privateKey : KeyObject.from(options.privateKey);
  if (key.type !== 'private' || (key.asymmetricKeyType !== 'rsa' && key.asymmetricKeyType !== 'rsa-pss'))
    throw new Error('DDAS-VS signer: the private key must be an RSA private key');
  if ((key.asymmetricKeyDetails?.modulusLength ?? 0) < MIN_RSA_BITS)
    throw new Error(`DDAS-VS signer: the RSA key must have at least ${MIN_RSA_BITS} bits`);
  if (options.chain.length === 0) throw new Error('DDAS-VS signer: the certificate chain is empty');
  if (typeof options.kid !== 'string' || options.kid.length === 0)
    throw new Error('DDAS-VS signer: kid must be a non-empty string');
  const chain = options.chain.map((c, i) => {
    try {
      return new X509Certificate(typeof c === 'string' ? c : Buffer.from(c));
    } catch {
      throw new Error(`DDAS-VS signer: certificate ${i} of the chain does not parse`);
    }
  });
  const [leaf] = chain;
  if (!leaf?.checkPrivateKey(key))
    throw new Error('DDAS-VS signer: the first certificate is not the certificate of the private key');
  chain.slice(1).forEach((issuer, i) => {
    const child = chain[i] as X509Certificate;
    if (!child.checkIssued(issuer) || !child.verify(issuer.publicKey))
      throw new Error(`DDAS-VS signer: certificate ${i} is not issued by certificate ${i + 1}`);
  });
  const header = {
    alg: 'PS256',
    typ: 'JOSE',
    kid: options.kid,
    x5c: chain.map((c) => c.raw.toString('base64')),
    'x5t#S256': b64url(createHash('sha256').update(leaf.raw).digest()),
  };
  return async (body) => {
    const compact = await new CompactSign(body).setProtectedHeader(header).sign(key);
    const [protectedHeader, , signature] = compact.split('.');
    return {
      digest: `SHA-256=${createHash('sha256').update(body).digest('base64')}`,
      signature: `${protectedHeader}..${signature}`,
    };
  };
}
