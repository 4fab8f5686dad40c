import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { HttpMetrics } from '@yunghap/platform-nest';
import cookieParser from 'cookie-parser';
import express, { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import pinoHttp from 'pino-http';
import { GatewayConfig, loadGatewayConfig, Upstreams } from './config/gateway-config';
import { CsrfProtection } from './csrf/csrf';
import { GatewayModule, GatewayParts } from './gateway.module';
import { createGatewayLogger, NestPinoLogger } from './http/gateway-logger';
import { requestMetrics } from './http/request-metrics';
import { IdentityResolver } from './identity/identity-resolver';
import { RoleTokens } from './identity/role-tokens';
import { LiveFeed } from './live/live-feed';
import { LIVE_PATH, LiveStreams } from './live/live-stream';
import { DEV_INTERACTION_PATH, DEV_PROVIDER_PATH } from './oidc/dev-provider';
import { SignInSetup } from './oidc/sign-in-setup';
import { apiProxy } from './proxy/api-proxy';
import { InMemorySessionStore } from './session/session-store';
import { consoleStatic } from './static/console-static';
import { loadSigningKey } from './tokens/signing-key';
import { ServiceTokenIssuer } from './tokens/service-token';

export interface RunningGateway {
  readonly app: INestApplication;
  /** Where it listens, e.g. `http://127.0.0.1:3000`. */
  readonly url: string;
  /** The origin people open, e.g. `http://localhost:3000`. */
  readonly publicUrl: string;
  stop(): Promise<void>;
}

/** Bodies the gateway reads itself: role switches, registrations, the development sign-in form. */
const BODY_LIMIT = '16kb';

async function partsOf(config: GatewayConfig): Promise<GatewayParts> {
  const logger = createGatewayLogger(config);
  const signingKey = await loadSigningKey(config.signingKeyPem);
  if (signingKey.generated) logger.warn('GATEWAY_SIGNING_KEY is not set: a signing key was generated for this run (never in production)');
  const tokens = new ServiceTokenIssuer(signingKey, config.tokenTtlSeconds);
  const identity = new IdentityResolver(config.upstreams, tokens, config.programRoles);
  return {
    config,
    logger,
    signingKey,
    tokens,
    sessions: new InMemorySessionStore(),
    roles: new RoleTokens(identity, tokens, config.tokenTtlSeconds),
    signIn: new SignInSetup(config.identityProvider),
    csrf: new CsrfProtection(config.production),
    metrics: new HttpMetrics('gateway'),
  };
}

/** The order matters: headers, then CSRF before anything acts, then the provider, the live stream, the proxy and the console; Nest's routes last. */
function configureEdge(app: NestExpressApplication, parts: GatewayParts, live: LiveStreams): void {
  const { config, logger } = parts;
  app.disable('x-powered-by');
  // In production a TLS-terminating proxy on the same host forwards to the gateway; its
  // X-Forwarded-For is the client address the sign-in rate limit counts by. No one else's is believed.
  app.set('trust proxy', config.production ? 'loopback' : false);
  app.use(requestMetrics(parts.metrics));
  app.use(pinoHttp({ logger, autoLogging: { ignore: (request) => /^\/(health|metrics)$/.test(request.url ?? '') } }));
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          ...(config.production ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      strictTransportSecurity: config.production,
    }),
  );
  app.use(cookieParser());
  app.use(['/api', '/auth'], parts.csrf.guard);
  app.use('/auth', express.json({ limit: BODY_LIMIT }));
  app.use(DEV_INTERACTION_PATH, express.urlencoded({ extended: false, limit: BODY_LIMIT }));
  app.use(DEV_PROVIDER_PATH, parts.signIn.devEndpoints);
  app.use(LIVE_PATH, (request: Request, response: Response, next: NextFunction) =>
    request.method === 'GET' && request.path === '/' ? void live.handle(request, response).catch(next) : next(),
  );
  app.use(apiProxy({ upstreams: config.upstreams, sessions: parts.sessions, roles: parts.roles, logger }));
  app.use(consoleStatic(config.consoleDir));
}

/**
 * Starts the gateway: the console's one origin, sign-in, and the forwarding of `/api/**` to the
 * services with service tokens. `upstreams` overrides `GATEWAY_UPSTREAM_*` (the single-process launcher passes its services' URLs).
 * Example: `const gateway = await startGateway({ GATEWAY_PORT: '0' }, platform.urls);`
 */
export async function startGateway(env: NodeJS.ProcessEnv = process.env, upstreams?: Partial<Upstreams>): Promise<RunningGateway> {
  const loaded = loadGatewayConfig(env);
  const config: GatewayConfig = { ...loaded, upstreams: { ...loaded.upstreams, ...upstreams } };
  const parts = await partsOf(config);
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.register(parts), { bodyParser: false, logger: new NestPinoLogger(parts.logger) });
  const live = new LiveStreams({ feed: new LiveFeed({ upstreams: config.upstreams, intervalMs: config.liveIntervalMs, logger: parts.logger }), ...parts });
  configureEdge(app, parts, live);
  await app.listen(config.port, config.host);
  const url = (await app.getUrl()).replace('[::1]', 'localhost');
  const publicUrl = config.publicUrl ?? `http://localhost:${new URL(url).port}`;
  const stop = async () => {
    live.close();
    await app.close();
  };
  try {
    await parts.signIn.start(publicUrl);
  } catch (error) {
    await stop();
    throw error;
  }
  parts.logger.info({ url, publicUrl, identityProvider: config.identityProvider.kind }, 'gateway listening');
  return { app, url, publicUrl, stop };
}
