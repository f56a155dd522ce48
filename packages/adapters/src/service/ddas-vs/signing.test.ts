// The signer refuses a configuration CBS could not verify: another key than the certificate's, a
// chain out of order, a short or non-RSA key, an empty chain or kid. A good one signs detached.
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cbsVerifies, testPki } from './fixtures.test-support';
import { ddasVsSigner } from './signing';

const pki = await testPki();
const other = await testPki();

describe('ddasVsSigner', () => {
  it('signs the exact bytes: detached JWS and digest that CBS verifies', async () => {
    const body = new TextEncoder().encode('{"gegevens":{"x":"é"}}');
    const { digest, signature } = await ddasVsSigner(pki.signer)(body);
    const headers = new Headers({ Digest: digest, 'nlgov-adr-payload-sig': signature });
    expect(signature).toMatch(/^[\w-]+\.\.[\w-]+$/);
    expect(cbsVerifies(body, headers, pki.root).header).toMatchObject({ alg: 'PS256', typ: 'JOSE' });
  });

  it('refuses misconfigurations at once', () => {
    const { privateKey: small } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const { privateKey: ec } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const chain = pki.signer.chain;
    const bad: [object, RegExp][] = [
      [{ privateKey: other.signer.privateKey }, /not the certificate of the private key/],
      [{ chain: [...chain].reverse() }, /not the certificate of the private key|not issued/],
      [{ chain: [chain[0], other.signer.chain[1]] }, /certificate 0 is not issued by certificate 1/],
      [{ chain: [] }, /empty/],
      [{ chain: ['not a certificate'] }, /does not parse/],
      [{ privateKey: small }, /at least 2048/],
      [{ privateKey: ec }, /RSA/],
      [{ kid: '' }, /kid/],
    ];
    for (const [change, message] of bad)
      expect(() => ddasVsSigner({ ...pki.signer, ...change })).toThrow(message);
  });
});
