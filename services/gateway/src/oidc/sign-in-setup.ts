import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import { ProblemException } from '@yunghap/platform-nest';
import type { IdentityProviderConfig } from '../config/gateway-config';
import { createDevProvider, DEV_PROVIDER_PATH } from './dev-provider';
import { RelyingParty } from './relying-party';

const DEV_CLIENT_ID = 'yunghap-gateway';

function starting(): never {
  throw new ProblemException(503, 'AUTH.STARTING', '로그인 기능이 아직 시작 중입니다. 잠시 후 다시 시도하십시오. (Sign-in is still starting; retry shortly.)');
}

/**
 * The relying party and, without `OIDC_ISSUER`, the development provider. Both need the gateway's
 * public URL, known only once it listens (port 0 in tests), so they are made after `listen`.
 */
export class SignInSetup {
  private party?: RelyingParty;
  private devProvider?: Provider;
  private devHandler?: ReturnType<Provider['callback']>;
  private url?: string;

  constructor(private readonly provider: IdentityProviderConfig) {}

  async start(publicUrl: string): Promise<void> {
    this.url = publicUrl;
    const redirectUri = `${publicUrl}/auth/callback`;
    const postLogoutRedirectUri = `${publicUrl}/`;
    if (this.provider.kind === 'external') {
      this.party = await RelyingParty.discover({ ...this.provider, redirectUri, postLogoutRedirectUri, allowHttp: false, alwaysAsk: false });
      return;
    }
    const issuer = `${publicUrl}${DEV_PROVIDER_PATH}`;
    const clientSecret = randomBytes(32).toString('base64url');
    this.devProvider = createDevProvider(issuer, { clientId: DEV_CLIENT_ID, clientSecret, redirectUri });
    this.devHandler = this.devProvider.callback();
    this.party = await RelyingParty.discover({
      issuer,
      clientId: DEV_CLIENT_ID,
      clientSecret,
      redirectUri,
      postLogoutRedirectUri,
      allowHttp: true,
      alwaysAsk: true,
    });
  }

  /** True once sign-in works: the provider discovered (and, in development, started). */
  ready(): boolean {
    return this.party !== undefined;
  }

  relyingParty(): RelyingParty {
    return this.party ?? starting();
  }

  /** The origin people open the gateway at. */
  publicUrl(): string {
    return this.url ?? starting();
  }

  /** The development provider, once started; undefined with a real provider. */
  development(): Provider | undefined {
    return this.devProvider;
  }

  /** Express middleware for `/dev-oidc`: the provider's own endpoints; its interaction pages are the gateway's routes. */
  readonly devEndpoints = (request: IncomingMessage & { path?: string }, response: ServerResponse, next: () => void): void => {
    if (!this.devHandler || request.path?.startsWith('/interaction')) return next();
    void this.devHandler(request, response);
  };
}
