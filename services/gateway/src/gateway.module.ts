import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { HttpMetrics } from '@yunghap/platform-nest';
import type { Logger } from 'pino';
import { ApplicantRegistration } from './auth/applicant-registration';
import { AuthController } from './auth/auth.controller';
import type { GatewayConfig } from './config/gateway-config';
import { CsrfProtection } from './csrf/csrf';
import { GATEWAY_CONFIG, GATEWAY_LOGGER, SESSION_STORE, SIGNING_KEY } from './gateway.di-tokens';
import { OperationsController } from './http/operations.controller';
import { GatewayProblemFilter } from './http/problem';
import { RoleTokens } from './identity/role-tokens';
import { DevSignInController } from './oidc/dev-sign-in.controller';
import { SignInSetup } from './oidc/sign-in-setup';
import type { SessionStore } from './session/session-store';
import type { SigningKey } from './tokens/signing-key';
import { JwksController } from './tokens/jwks.controller';
import { ServiceTokenIssuer } from './tokens/service-token';

/** What the gateway is made of; `startGateway` builds these once and hands them in. */
export interface GatewayParts {
  readonly config: GatewayConfig;
  readonly logger: Logger;
  readonly signingKey: SigningKey;
  readonly sessions: SessionStore;
  readonly tokens: ServiceTokenIssuer;
  readonly roles: RoleTokens;
  readonly signIn: SignInSetup;
  readonly csrf: CsrfProtection;
  readonly metrics: HttpMetrics;
}

@Module({})
export class GatewayModule {
  static register(parts: GatewayParts): DynamicModule {
    const { config } = parts;
    return {
      module: GatewayModule,
      imports: [ThrottlerModule.forRoot({ throttlers: [{ name: 'sign-in', ttl: 60_000, limit: config.signInLimitPerMinute }] })],
      controllers: [AuthController, JwksController, OperationsController, ...(config.identityProvider.kind === 'development' ? [DevSignInController] : [])],
      providers: [
        { provide: GATEWAY_CONFIG, useValue: config },
        { provide: GATEWAY_LOGGER, useValue: parts.logger },
        { provide: SIGNING_KEY, useValue: parts.signingKey },
        { provide: SESSION_STORE, useValue: parts.sessions },
        { provide: SignInSetup, useValue: parts.signIn },
        { provide: RoleTokens, useValue: parts.roles },
        { provide: CsrfProtection, useValue: parts.csrf },
        { provide: HttpMetrics, useValue: parts.metrics },
        { provide: ApplicantRegistration, useValue: new ApplicantRegistration(config.upstreams, parts.tokens) },
        { provide: APP_FILTER, useValue: new GatewayProblemFilter(parts.logger) },
      ],
    };
  }
}
