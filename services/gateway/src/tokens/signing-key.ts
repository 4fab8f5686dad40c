import { createPrivateKey, createPublicKey, generateKeyPairSync, KeyObject } from 'node:crypto';
import { calculateJwkThumbprint, JWK } from 'jose';

/** The gateway's Ed25519 key: it signs service tokens; its public half is published as the JWKS. */
export interface SigningKey {
  readonly privateKey: KeyObject;
  /** The public key as a JWK with `kid` (its RFC 7638 thumbprint), `alg` and `use`. */
  readonly publicJwk: JWK & { readonly kid: string };
  /** True when no key was configured and this one was made at start: tokens die with the process. */
  readonly generated: boolean;
}

/**
 * Reads the configured PKCS8 PEM, or generates a key when there is none (refused in production by the config).
 * Example: `await loadSigningKey(null)` → `{ generated: true, publicJwk: { kty: 'OKP', crv: 'Ed25519', kid: '…' } }`.
 */
export async function loadSigningKey(pem: string | null): Promise<SigningKey> {
  const privateKey = pem === null ? generateKeyPairSync('ed25519').privateKey : createPrivateKey({ key: pem, format: 'pem' });
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error(`GATEWAY_SIGNING_KEY must be an Ed25519 key, not ${privateKey.asymmetricKeyType}`);
  const jwk = createPublicKey(privateKey).export({ format: 'jwk' }) as JWK;
  const kid = await calculateJwkThumbprint(jwk, 'sha256');
  return { privateKey, publicJwk: { ...jwk, kid, alg: 'EdDSA', use: 'sig' }, generated: pem === null };
}
