import { generateKeyPairSync } from 'node:crypto';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { ServiceTokenIssuer, TOKEN_AUDIENCE, TOKEN_ISSUER } from './service-token';
import { loadSigningKey } from './signing-key';

describe('service tokens', () => {
  it('are EdDSA JWTs of the contract, verifiable with the published key, for the configured lifetime', async () => {
    const key = await loadSigningKey(null);
    const { value, expiresAt } = await new ServiceTokenIssuer(key, 300).issue(
      { sub: 'staff-jungbu', role: 'center-staff', centerId: 'jungbu' },
      1_000_000_000_000,
    );
    const { payload, protectedHeader } = await jwtVerify(value, createLocalJWKSet({ keys: [key.publicJwk] }), {
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
      currentDate: new Date(1_000_000_000_000),
    });
    expect(protectedHeader).toEqual({ alg: 'EdDSA', kid: key.publicJwk.kid, typ: 'JWT' });
    expect(payload).toEqual({
      sub: 'staff-jungbu',
      role: 'center-staff',
      centerId: 'jungbu',
      iss: 'yunghap-gateway',
      aud: 'yunghap-services',
      iat: 1_000_000_000,
      exp: 1_000_000_300,
    });
    expect(expiresAt).toBe(1_000_000_300_000);
  });

  it('use the configured PKCS8 key, whose thumbprint stays the kid across restarts', async () => {
    const pem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const [first, second] = [await loadSigningKey(pem), await loadSigningKey(pem)];
    expect(first.generated).toBe(false);
    expect(first.publicJwk).toEqual(second.publicJwk);
    expect(first.publicJwk).not.toHaveProperty('d');
  });

  it('refuse a key that is not Ed25519', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    await expect(loadSigningKey(rsa)).rejects.toThrow(/Ed25519/);
  });
});
