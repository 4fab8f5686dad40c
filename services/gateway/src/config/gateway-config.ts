import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, SERVICE_DEFAULT_PORTS, ServiceName } from '@yunghap/platform-nest';

/** The program-wide roles no service records yet: the gateway maps subjects to them from its configuration. */
export const PROGRAM_ROLES = ['program-manager', 'finance', 'auditor'] as const;
export type ProgramRole = (typeof PROGRAM_ROLES)[number];

export type Upstreams = Readonly<Record<ServiceName, string>>;

/** Where people sign in: the development provider mounted under `/dev-oidc`, or a real OpenID Connect provider. */
export type IdentityProviderConfig =
  { readonly kind: 'development' } | { readonly kind: 'external'; readonly issuer: string; readonly clientId: string; readonly clientSecret: string };

export interface GatewayConfig {
  readonly port: number;
  readonly host: string;
  /** The origin people open; `<publicUrl>/auth/callback` is the redirect URI. `null`: `http://localhost:<listening port>`. */
  readonly publicUrl: string | null;
  readonly production: boolean;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** PKCS8 PEM of the Ed25519 signing key; `null`: a key generated at start (never in production). */
  readonly signingKeyPem: string | null;
  readonly identityProvider: IdentityProviderConfig;
  readonly programRoles: Readonly<Record<string, ProgramRole>>;
  readonly tokenTtlSeconds: number;
  readonly consoleDir: string;
  readonly upstreams: Upstreams;
  /** Sign-in attempts (login, callback, the development provider's posts) per client address and minute. */
  readonly signInLimitPerMinute: number;
  /** How often the live stream reads the services' /health while a browser listens. */
  readonly liveIntervalMs: number;
}

/** The development provider's program-wide demo people, used when `GATEWAY_PROGRAM_ROLES` is unset. */
export const DEMO_PROGRAM_ROLES: Readonly<Record<string, ProgramRole>> = {
  'pm-kim': 'program-manager',
  'pm-choi': 'program-manager',
  'finance-lee': 'finance',
  'auditor-park': 'auditor',
};

const LOG_LEVELS: readonly GatewayConfig['logLevel'][] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const WORKSPACE_ROOT = path.join(__dirname, '..', '..', '..', '..');

function setting(env: NodeJS.ProcessEnv, variable: string): string | undefined {
  const value = env[variable]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function positiveInteger(env: NodeJS.ProcessEnv, variable: string, fallback: number, { allowZero = false } = {}): number {
  const raw = setting(env, variable);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || (!allowZero && value === 0))
    throw new ConfigError(variable, allowZero ? 'must be a whole number' : 'must be a positive whole number', raw);
  return value;
}

function httpUrl(variable: string, raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(variable, 'must be an http:// or https:// URL', raw);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigError(variable, 'must be an http:// or https:// URL', raw);
  return url.href.replace(/\/$/, '');
}

function signingKeyPem(env: NodeJS.ProcessEnv, production: boolean): string | null {
  const inline = setting(env, 'GATEWAY_SIGNING_KEY');
  const file = setting(env, 'GATEWAY_SIGNING_KEY_FILE');
  if (inline !== undefined) return inline.replace(/\\n/g, '\n');
  if (file !== undefined) {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch (error) {
      throw new ConfigError('GATEWAY_SIGNING_KEY_FILE', `must name a readable PKCS8 PEM file (${(error as Error).message})`, file);
    }
  }
  if (production) throw new ConfigError('GATEWAY_SIGNING_KEY', 'is required when NODE_ENV=production (or GATEWAY_SIGNING_KEY_FILE)', '');
  return null;
}

function identityProvider(env: NodeJS.ProcessEnv, production: boolean): IdentityProviderConfig {
  const issuer = setting(env, 'OIDC_ISSUER');
  if (issuer === undefined) {
    if (production) throw new ConfigError('OIDC_ISSUER', 'is required when NODE_ENV=production: the development provider never runs in production', '');
    return { kind: 'development' };
  }
  const clientId = setting(env, 'OIDC_CLIENT_ID');
  const clientSecret = setting(env, 'OIDC_CLIENT_SECRET');
  if (clientId === undefined) throw new ConfigError('OIDC_CLIENT_ID', 'is required with OIDC_ISSUER', '');
  if (clientSecret === undefined) throw new ConfigError('OIDC_CLIENT_SECRET', 'is required with OIDC_ISSUER', '');
  return { kind: 'external', issuer: httpUrl('OIDC_ISSUER', issuer), clientId, clientSecret };
}

function programRoles(env: NodeJS.ProcessEnv, provider: IdentityProviderConfig): Readonly<Record<string, ProgramRole>> {
  const raw = setting(env, 'GATEWAY_PROGRAM_ROLES');
  if (raw === undefined) return provider.kind === 'development' ? DEMO_PROGRAM_ROLES : {};
  const rule = `must be a JSON object of subject → role, the role one of ${PROGRAM_ROLES.join(', ')}`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ConfigError('GATEWAY_PROGRAM_ROLES', rule, raw);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new ConfigError('GATEWAY_PROGRAM_ROLES', rule, raw);
  const entries = Object.entries(parsed);
  if (!entries.every(([, role]) => PROGRAM_ROLES.includes(role as ProgramRole))) throw new ConfigError('GATEWAY_PROGRAM_ROLES', rule, raw);
  return Object.fromEntries(entries) as Record<string, ProgramRole>;
}

function upstreams(env: NodeJS.ProcessEnv): Upstreams {
  const entries = (Object.keys(SERVICE_DEFAULT_PORTS) as ServiceName[]).map((service) => {
    const variable = `GATEWAY_UPSTREAM_${service.toUpperCase()}`;
    const raw = setting(env, variable);
    return [service, raw === undefined ? `http://127.0.0.1:${SERVICE_DEFAULT_PORTS[service]}` : httpUrl(variable, raw)] as const;
  });
  return Object.fromEntries(entries) as Record<ServiceName, string>;
}

/**
 * The gateway's configuration, read once at start and failing fast naming the variable.
 * Example: `loadGatewayConfig({ GATEWAY_PORT: '3000' })` → development provider, generated key, demo program roles.
 */
export function loadGatewayConfig(env: NodeJS.ProcessEnv): GatewayConfig {
  const production = env['NODE_ENV'] === 'production';
  const port = positiveInteger(env, 'GATEWAY_PORT', 3000, { allowZero: true });
  if (port > 65535) throw new ConfigError('GATEWAY_PORT', 'must be a port between 0 and 65535 (0 picks a free port)', String(port));
  const logLevel = setting(env, 'LOG_LEVEL') ?? 'info';
  if (!LOG_LEVELS.includes(logLevel as GatewayConfig['logLevel'])) throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}`, logLevel);
  const publicUrl = setting(env, 'GATEWAY_PUBLIC_URL');
  const provider = identityProvider(env, production);
  return {
    port,
    host: setting(env, 'GATEWAY_HOST') ?? setting(env, 'YUNGHAP_HOST') ?? '127.0.0.1',
    publicUrl: publicUrl === undefined ? null : httpUrl('GATEWAY_PUBLIC_URL', publicUrl),
    production,
    logLevel: logLevel as GatewayConfig['logLevel'],
    signingKeyPem: signingKeyPem(env, production),
    identityProvider: provider,
    programRoles: programRoles(env, provider),
    tokenTtlSeconds: positiveInteger(env, 'GATEWAY_TOKEN_TTL_SECONDS', 300),
    consoleDir: setting(env, 'GATEWAY_CONSOLE_DIR') ?? path.join(WORKSPACE_ROOT, 'dist', 'services', 'console'),
    upstreams: upstreams(env),
    signInLimitPerMinute: positiveInteger(env, 'GATEWAY_SIGN_IN_LIMIT_PER_MINUTE', 30),
    liveIntervalMs: positiveInteger(env, 'GATEWAY_LIVE_INTERVAL_MS', 1_000),
  };
}
