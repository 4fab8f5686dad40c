import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Controller, Get, INestApplication, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { JWK } from 'jose' with { 'resolution-mode': 'import' };
import request from 'supertest';
import { loadServiceConfig } from '../config/service-config';
import { PlatformModule } from '../bootstrap/platform.module';
import { DEVELOPMENT_JWT_SECRET } from './auth.config';
import { issueToken } from './issue-token';
import { Roles } from './roles.decorator';
import { TokenVerifier } from './token-verifier';

@Controller('api/probe')
class ProbeController {
  @Roles('program-manager', 'applicant')
  @Get('people')
  people() {
    return { ok: true };
  }

  @Roles('gateway')
  @Get('records')
  records() {
    return { ok: true };
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

// jose ships ES modules only: this CommonJS test loads it as the verifier does.
const jose = () => import('jose');
type KeyPair = Awaited<ReturnType<Awaited<ReturnType<typeof jose>>['generateKeyPair']>>;
const newKeyPair = async (): Promise<KeyPair> => (await jose()).generateKeyPair('EdDSA');

/** A gateway as the services see it: a key set served over HTTP, which a test may rotate. */
class FakeGateway {
  keys: JWK[] = [];
  private server!: Server;

  async start(): Promise<string> {
    this.server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: this.keys })));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/.well-known/jwks.json`;
  }

  async publish(kid: string, pair: KeyPair): Promise<void> {
    this.keys = [...this.keys, { ...(await (await jose()).exportJWK(pair.publicKey)), kid, alg: 'EdDSA', use: 'sig' }];
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

const ISSUER = 'yunghap-gateway';
const AUDIENCE = 'yunghap-services';

/** A service token as the gateway mints it; `overrides` changes what a test needs wrong. */
async function mint(pair: KeyPair, kid: string, claims: Record<string, unknown>, overrides: { issuer?: string; audience?: string; expiresAt?: number } = {}) {
  const { SignJWT } = await jose();
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'EdDSA', kid })
    .setIssuer(overrides.issuer ?? ISSUER)
    .setAudience(overrides.audience ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(overrides.expiresAt ?? Math.floor(Date.now() / 1000) + 300)
    .sign(pair.privateKey);
}

async function serviceWith(env: NodeJS.ProcessEnv): Promise<INestApplication> {
  const config = loadServiceConfig('grants', { LOG_LEVEL: 'silent', ...env });
  const moduleRef = await Test.createTestingModule({ imports: [PlatformModule.forService(config), ProbeModule] })
    // Refetched at once for an unknown kid, so that the rotation below needs no 30 s wait.
    .overrideProvider(TokenVerifier)
    .useValue(new TokenVerifier(config.auth, { cooldownDuration: 0 }))
    .compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.init();
  return app;
}

const pm = { sub: 'pm-kim', role: 'program-manager' };

describe('service tokens: EdDSA from the gateway, verified against its JWKS', () => {
  const gateway = new FakeGateway();
  let signing: KeyPair;
  let jwksUrl: string;
  let app: INestApplication;
  let production: INestApplication;

  const people = (token: string) => request(app.getHttpServer()).get('/api/probe/people').set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    jwksUrl = await gateway.start();
    signing = await newKeyPair();
    await gateway.publish('key-1', signing);
    app = await serviceWith({ AUTH_JWKS_URL: jwksUrl });
    production = await serviceWith({ AUTH_JWKS_URL: jwksUrl, NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(40) });
  });
  afterAll(async () => {
    await app.close();
    await production.close();
    await gateway.close();
  });

  it("accepts the gateway's token, and a development (HS256) token outside production", async () => {
    await people(await mint(signing, 'key-1', pm)).expect(200, { ok: true });
    await people(issueToken(pm, DEVELOPMENT_JWT_SECRET)).expect(200);
    await people(await mint(signing, 'key-1', { sub: 'applicant-hanbit', role: 'applicant', firmId: '3148123478' })).expect(200);
  });

  it('refuses, 401 AUTH.INVALID_TOKEN with a Korean-first detail: another key, expired, another audience or issuer, alg none, system', async () => {
    const stranger = await newKeyPair();
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(
      JSON.stringify({ ...pm, iss: ISSUER, aud: AUDIENCE, exp: Math.floor(Date.now() / 1000) + 300 }),
    ).toString('base64url')}.`;
    const refused = {
      'signed with a key the gateway does not publish': await mint(stranger, 'key-1', pm),
      expired: await mint(signing, 'key-1', pm, { expiresAt: Math.floor(Date.now() / 1000) - 60 }),
      'for another audience': await mint(signing, 'key-1', pm, { audience: 'someone-else' }),
      'from another issuer': await mint(signing, 'key-1', pm, { issuer: 'https://evil.example' }),
      'alg none': unsigned,
      'the platform’s own role': await mint(signing, 'key-1', { sub: 'yunghap', role: 'system' }),
      'an applicant without a firm': await mint(signing, 'key-1', { sub: 'a', role: 'applicant' }),
      'an applicant of a number no firm has': await mint(signing, 'key-1', { sub: 'a', role: 'applicant', firmId: '3148123479' }),
    };
    for (const [why, token] of Object.entries(refused)) {
      const res = await people(token);
      expect({ why, status: res.status, code: res.body.code }).toEqual({ why, status: 401, code: 'AUTH.INVALID_TOKEN' });
      expect(res.body.detail).toMatch(/^베어러 토큰이 유효하지 않습니다: .+\. \(The bearer token is not valid: .+\.\)$/);
    }
  });

  it('refuses an HS256 token signed with the public key, which only the EdDSA check may use', async () => {
    const publicJwk = gateway.keys[0];
    await people(issueToken(pm, JSON.stringify(publicJwk))).expect(401);
    await people(
      issueToken(
        pm,
        Buffer.from(publicJwk.x as string, 'base64url')
          .toString('latin1')
          .padEnd(32, '\0'),
      ),
    ).expect(401);
  });

  it('refuses development tokens in production even though JWT_SECRET is set, and still takes the gateway’s', async () => {
    const at = (token: string) => request(production.getHttpServer()).get('/api/probe/people').set('Authorization', `Bearer ${token}`);
    const res = await at(issueToken(pm, 'p'.repeat(40))).expect(401);
    expect(res.body.code).toBe('AUTH.INVALID_TOKEN');
    await at(issueToken(pm, DEVELOPMENT_JWT_SECRET)).expect(401);
    await at(await mint(signing, 'key-1', pm)).expect(200);
  });

  it("lets the gateway's own token reach only the routes that name the gateway (403 elsewhere)", async () => {
    const token = await mint(signing, 'key-1', { sub: 'gateway', role: 'gateway' });
    await request(app.getHttpServer()).get('/api/probe/records').set('Authorization', `Bearer ${token}`).expect(200);
    const elsewhere = await people(token).expect(403);
    expect(elsewhere.body.code).toBe('ACCESS.FORBIDDEN');
    await request(app.getHttpServer())
      .get('/api/probe/records')
      .set('Authorization', `Bearer ${await mint(signing, 'key-1', pm)}`)
      .expect(403);
  });

  it('follows a key rotation: a token naming a new kid makes the service fetch the key set again', async () => {
    const next = await newKeyPair();
    await gateway.publish('key-2', next);
    await people(await mint(next, 'key-2', pm)).expect(200);
    await people(await mint(signing, 'key-1', pm)).expect(200);
  });

  it('answers 503 AUTH.KEYS_UNAVAILABLE while the key set cannot be fetched, not 401', async () => {
    const closed = new FakeGateway();
    const unreachable = (await closed.start()).replace('/.well-known', '/gone/.well-known');
    await closed.close();
    const orphan = await serviceWith({ AUTH_JWKS_URL: unreachable });
    try {
      const res = await request(orphan.getHttpServer())
        .get('/api/probe/people')
        .set('Authorization', `Bearer ${await mint(signing, 'key-1', pm)}`)
        .expect(503);
      expect(res.body).toMatchObject({ code: 'AUTH.KEYS_UNAVAILABLE', detail: expect.stringMatching(/^게이트웨이의 서명 키를/) });
      expect(res.headers['retry-after']).toBe('5');
    } finally {
      await orphan.close();
    }
  });
});
