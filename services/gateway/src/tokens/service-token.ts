import { SignJWT } from 'jose';
import type { TokenRole } from '@yunghap/kernel';
import type { SigningKey } from './signing-key';

export const TOKEN_ISSUER = 'yunghap-gateway';
export const TOKEN_AUDIENCE = 'yunghap-services';

/** What a service token says about its bearer (see the issue 12 contracts). */
export interface ServiceTokenClaims {
  readonly sub: string;
  readonly role: TokenRole;
  readonly name?: string;
  readonly centerId?: string;
  readonly committeeIds?: readonly string[];
  /** The firm's 사업자등록번호, ten digits. */
  readonly firmId?: string;
}

export interface ServiceToken {
  readonly value: string;
  /** Milliseconds since the epoch. */
  readonly expiresAt: number;
}

/** Signs the short-lived bearer tokens the services verify against the gateway's JWKS. */
export class ServiceTokenIssuer {
  constructor(
    private readonly key: SigningKey,
    private readonly ttlSeconds: number,
  ) {}

  /** The gateway's own token, to ask the services who a person is and to register applicants. */
  gateway(now = Date.now()): Promise<ServiceToken> {
    return this.issue({ sub: 'gateway', role: 'gateway' }, now);
  }

  async issue({ sub, ...claims }: ServiceTokenClaims, now = Date.now()): Promise<ServiceToken> {
    const issuedAt = Math.floor(now / 1000);
    const value = await new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'EdDSA', kid: this.key.publicJwk.kid, typ: 'JWT' })
      .setSubject(sub)
      .setIssuer(TOKEN_ISSUER)
      .setAudience(TOKEN_AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + this.ttlSeconds)
      .sign(this.key.privateKey);
    return { value, expiresAt: (issuedAt + this.ttlSeconds) * 1000 };
  }
}
