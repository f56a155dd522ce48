// Test support that plays CBS and its surroundings, independent of the server code: a test PKI (root
// CA, intermediate, signing certificate; @peculiar/x509 with WebCrypto RSA 2048 keys), a token issuer
// (jose, ES256, a JWKS), synthetic deliveries made directly as Uitwisselmodel (fast, any size), and
// the checks CBS makes on a response (digest and detached JWS with node:crypto only).
import 'reflect-metadata';
import {
  constants,
  createHash,
  createPrivateKey,
  createPublicKey,
  verify,
  webcrypto,
  X509Certificate,
} from 'node:crypto';
import * as x509 from '@peculiar/x509';
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import type { DdasLevering, DdasVroegsignaal, DdasVroegsignaalzaak, Uitwisselmodel } from '../../ddas/types';
import type { DdasVsSignerOptions } from './signing';

x509.cryptoProvider.set(webcrypto as never);
const RSA = {
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: 2048,
};
const DAY = 86_400_000;

const rsaKeys = () =>
  webcrypto.subtle.generateKey(RSA, true, ['sign', 'verify']) as Promise<webcrypto.CryptoKeyPair>;

/** A test PKI: a root CA, an intermediate CA and a signing certificate, and a stranger's key. */
export interface TestPki {
  root: X509Certificate;
  intermediate: X509Certificate;
  leaf: X509Certificate;
  signer: DdasVsSignerOptions;
}

export async function testPki(kid = 'test-signing-2026'): Promise<TestPki> {
  const now = Date.now();
  const validity = { notBefore: new Date(now - DAY), notAfter: new Date(now + 365 * DAY) };
  const [rootKeys, midKeys, leafKeys] = await Promise.all([rsaKeys(), rsaKeys(), rsaKeys()]);
  const ca = (critical: boolean) => [
    new x509.BasicConstraintsExtension(true, 0, critical),
    new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
  ];
  const root = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '01',
    name: 'CN=Test Staat der Nederlanden Root',
    keys: rootKeys,
    ...validity,
    extensions: ca(true),
  });
  const intermediate = await x509.X509CertificateGenerator.create({
    serialNumber: '02',
    subject: 'CN=Test PKIoverheid Services CA',
    issuer: root.subject,
    publicKey: midKeys.publicKey,
    signingKey: rootKeys.privateKey,
    ...validity,
    extensions: ca(true),
  });
  const leaf = await x509.X509CertificateGenerator.create({
    serialNumber: '03',
    subject: 'CN=signaalreis DDAS-VS signing, O=Test Leverancier',
    issuer: intermediate.subject,
    publicKey: leafKeys.publicKey,
    signingKey: midKeys.privateKey,
    ...validity,
    extensions: [new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true)],
  });
  const pkcs8 = new Uint8Array(await webcrypto.subtle.exportKey('pkcs8', leafKeys.privateKey));
  const node = (c: x509.X509Certificate) => new X509Certificate(Buffer.from(c.rawData));
  return {
    root: node(root),
    intermediate: node(intermediate),
    leaf: node(leaf),
    signer: {
      privateKey: createPrivateKey({ key: Buffer.from(pkcs8), format: 'der', type: 'pkcs8' }),
      chain: [leaf.toString('pem'), new Uint8Array(intermediate.rawData)],
      kid,
    },
  };
}

/** A token issuer: its JWKS and a function making tokens (default: scope read, 5 minutes). */
export async function testIssuer(issuer = 'https://auth.test.example') {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'issuer-key-1', alg: 'ES256', use: 'sig' };
  const token = (
    claims: JWTPayload = {},
    o: {
      now?: Date;
      lifetimeSeconds?: number;
      issuer?: string;
      key?: webcrypto.CryptoKey;
      scope?: string | null;
    } = {},
  ) => {
    const iat = Math.floor((o.now ?? new Date()).getTime() / 1000);
    const scope = o.scope === undefined ? 'read' : o.scope;
    return new SignJWT({ client_id: 'cbs', ...(scope !== null ? { scope } : {}), ...claims })
      .setProtectedHeader({ alg: 'ES256', kid: 'issuer-key-1' })
      .setIssuer(o.issuer ?? issuer)
      .setIssuedAt(iat)
      .setExpirationTime(iat + (o.lifetimeSeconds ?? 300))
      .sign(o.key ?? privateKey);
  };
  return { issuer, jwks: { keys: [jwk] }, token };
}

/** A small deterministic generator (mulberry32). */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PARTNERS = ['Huur', 'Energie', 'Water', 'Zorg', 'Overige'] as const;

/**
 * A delivery of `signals` signals over `municipalities` leveringen, made directly: cases of 1–4
 * signals, mostly next to each other, some spread over their levering, some signals without case.
 */
export function syntheticDelivery(signals: number, municipalities = 2, seed = 1): Uitwisselmodel {
  const next = random(seed);
  const leveringen: DdasLevering[] = [];
  let made = 0;
  for (let m = 0; m < municipalities; m++) {
    const count = m === municipalities - 1 ? signals - made : Math.floor(signals / municipalities);
    const code = String(363 + m * 100).padStart(4, '0');
    const vroegsignalen: DdasVroegsignaal[] = [];
    const zaken: DdasVroegsignaalzaak[] = [];
    for (let i = 0; i < count; ) {
      const size = Math.min(count - i, 1 + Math.floor(next() * 4));
      const ids: { ID: string }[] = [];
      const house = String(1 + Math.floor(next() * 300));
      for (let k = 0; k < size; k++, i++) {
        const ID = `S-${code}-${made + i}`;
        ids.push({ ID });
        vroegsignalen.push({
          ID,
          crisissignaal: next() < 0.05,
          warmeOverdracht: false,
          bedrag: 1 + Math.floor(next() * 3000),
          ontstaansdatum: '2026-05-17',
          signaaldatum: '2026-10-19',
          status: 'Opgepakt',
          signaalpartner: { type: PARTNERS[Math.floor(next() * PARTNERS.length)] },
          client: { postcode: `74${String(10 + (i % 90))}AB`, huisnummer: house },
        });
      }
      if (next() < 0.03) continue; // signals without a case
      zaken.push({
        matchingsdatum: '2026-10-26',
        startdatumMatchingperiode: '2026-10-01',
        einddatumMatchingperiode: '2026-10-31',
        vroegsignalen: ids,
        contactpogingen: [],
      });
    }
    // a few cases whose signals are spread over the levering (another order than the signals')
    for (let k = 0; k + 2 < zaken.length && k < 20; k += 7) {
      const a = zaken[k]?.vroegsignalen?.[0];
      const z = zaken[zaken.length - 1 - k];
      if (a && z?.vroegsignalen && zaken[k]?.vroegsignalen && (zaken[k]?.vroegsignalen?.length ?? 0) > 1) {
        zaken[k]?.vroegsignalen?.shift();
        z.vroegsignalen.push(a);
      }
    }
    made += count;
    leveringen.push({
      teller: m + 1,
      gemeentecode: code,
      aanleverendeOrganisatie: { naam: 'Gemeente Voorbeeldstad' },
      vroegsignalen,
      vroegsignaalzaken: zaken,
    });
  }
  return {
    startdatumLevering: '2026-10-01',
    einddatumLevering: '2026-10-31',
    aanleverdatumEnTijd: '2026-11-02T09:00:00Z',
    codeGegevensleverancier: 'SIGNAALREIS',
    leveringen,
  };
}

/** The pages' leveringen put together again, by teller, in page order. */
export function reassemble(pages: readonly Uitwisselmodel[]): DdasLevering[] {
  const byTeller = new Map<number, DdasLevering>();
  for (const p of pages)
    for (const l of p.leveringen ?? []) {
      const have = byTeller.get(l.teller);
      if (!have) {
        byTeller.set(l.teller, structuredClone(l));
        continue;
      }
      if (l.vroegsignalen) have.vroegsignalen = [...(have.vroegsignalen ?? []), ...l.vroegsignalen];
      if (l.vroegsignaalzaken)
        have.vroegsignaalzaken = [...(have.vroegsignaalzaken ?? []), ...l.vroegsignaalzaken];
    }
  return [...byTeller.values()];
}

const unb64url = (s: string) => Buffer.from(s, 'base64url');

/**
 * What CBS checks on a response, with node:crypto only: the Digest over the body bytes, the JWS
 * header (PS256, typ JOSE, kid, x5c, x5t#S256), the RSA-PSS signature (SHA-256, salt 32) over
 * `BASE64URL(header).BASE64URL(body)`, and the chain: x5c[0] is the signing certificate, each
 * certificate issued and signed by the next, the last by the root. Throws what fails.
 */
export function cbsVerifies(body: Uint8Array, headers: Headers, root: X509Certificate) {
  const digest = headers.get('Digest');
  const expected = `SHA-256=${createHash('sha256').update(body).digest('base64')}`;
  if (digest !== expected) throw new Error(`digest ${digest} ≠ ${expected}`);
  const sig = headers.get('nlgov-adr-payload-sig') ?? '';
  const [h, middle, s, ...rest] = sig.split('.');
  if (!h || middle !== '' || !s || rest.length > 0) throw new Error('not a detached compact JWS');
  const header = JSON.parse(unb64url(h).toString('utf8'));
  const chain = (header.x5c as string[]).map((c) => new X509Certificate(Buffer.from(c, 'base64')));
  const [leaf] = chain;
  if (!leaf) throw new Error('no x5c');
  const signingInput = Buffer.concat([
    Buffer.from(`${h}.`),
    Buffer.from(Buffer.from(body).toString('base64url')),
  ]);
  const good = verify(
    'sha256',
    signingInput,
    {
      key: createPublicKey(leaf.publicKey.export({ format: 'pem', type: 'spki' })),
      padding: constants.RSA_PKCS1_PSS_PADDING,
      saltLength: 32,
    },
    unb64url(s),
  );
  if (!good) throw new Error('the signature does not verify');
  const thumb = createHash('sha256').update(leaf.raw).digest('base64url');
  if (header['x5t#S256'] !== thumb) throw new Error('x5t#S256 is not the thumbprint of x5c[0]');
  [...chain, root].forEach((c, i, all) => {
    const issuer = all[i + 1];
    if (issuer && !(c.checkIssued(issuer) && c.verify(issuer.publicKey)))
      throw new Error(`x5c[${i}] does not chain (to the root)`);
  });
  return { header, leaf, chain };
}
