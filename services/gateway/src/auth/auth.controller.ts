import { Body, Controller, Get, HttpCode, Inject, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ProblemException } from '@yunghap/platform-nest';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { GatewayConfig } from '../config/gateway-config';
import { CsrfProtection } from '../csrf/csrf';
import { GATEWAY_CONFIG, GATEWAY_LOGGER, SESSION_STORE } from '../gateway.di-tokens';
import { IDENTITY_UNAVAILABLE, NOT_SIGNED_IN } from '../http/problem';
import { IdentityUnavailable } from '../identity/identity-resolver';
import { RoleTokens } from '../identity/role-tokens';
import { SignInSetup } from '../oidc/sign-in-setup';
import type { GatewaySession, SignedInUser } from '../session/gateway-session';
import { clearSessionCookie, sessionIdOf, setSessionCookie } from '../session/session-cookie';
import type { SessionStore } from '../session/session-store';
import { ApplicantRegistration } from './applicant-registration';
import { sameOriginPath } from './return-to';
import { SessionView, sessionView } from './session-view';

const problem = ({ status, code, detail }: { status: number; code: string; detail: string }) => new ProblemException(status, code, detail);

/** Sign-in, sign-out, the session the console reads, the role switch and applicant registration. */
@Controller('auth')
export class AuthController {
  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    @Inject(SESSION_STORE) private readonly sessions: SessionStore,
    @Inject(GATEWAY_LOGGER) private readonly logger: Logger,
    private readonly signIn: SignInSetup,
    private readonly roles: RoleTokens,
    private readonly csrf: CsrfProtection,
    private readonly registration: ApplicantRegistration,
  ) {}

  @UseGuards(ThrottlerGuard)
  @Get('login')
  async login(@Query('returnTo') returnTo: string | undefined, @Req() request: Request, @Res() response: Response): Promise<void> {
    const target = sameOriginPath(returnTo);
    if (target === null) {
      throw new ProblemException(400, 'AUTH.RETURN_TO_INVALID', '돌아갈 주소는 이 사이트 안의 경로여야 합니다. (returnTo must be a path on this site.)');
    }
    const { url, pending } = await this.signIn.relyingParty().start(target);
    await this.end(request);
    const session = await this.sessions.create();
    session.pendingSignIn = pending;
    await this.sessions.save(session);
    setSessionCookie(response, session.id, this.config.production);
    response.redirect(303, url);
  }

  @UseGuards(ThrottlerGuard)
  @Get('callback')
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    const started = await this.current(request);
    const pending = started?.pendingSignIn;
    if (!started || !pending) {
      throw new ProblemException(
        400,
        'AUTH.NO_SIGN_IN_UNDER_WAY',
        '진행 중인 로그인이 없습니다. 처음부터 다시 로그인하십시오. (No sign-in is under way; start again.)',
      );
    }
    await this.sessions.destroy(started.id);
    let completed;
    try {
      completed = await this.signIn.relyingParty().complete(new URL(request.originalUrl, this.signIn.publicUrl()), pending);
    } catch (error) {
      this.logger.warn({ err: error }, 'sign-in refused');
      clearSessionCookie(response, this.config.production);
      throw new ProblemException(
        400,
        'AUTH.SIGN_IN_FAILED',
        '로그인을 마치지 못했습니다. 다시 로그인하십시오. (The sign-in could not be completed; start again.)',
      );
    }
    // A new id once signed in: an id planted before sign-in must not become a signed-in session.
    const session = await this.sessions.create();
    session.user = completed.user;
    session.idToken = completed.idToken;
    await this.refresh(session).catch((error: unknown) =>
      this.logger.warn({ err: error, sub: completed.user.sub }, 'roles not resolved at sign-in; retried on the next request'),
    );
    await this.sessions.save(session);
    setSessionCookie(response, session.id, this.config.production);
    response.redirect(303, pending.returnTo);
  }

  @Post('logout')
  @HttpCode(200)
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<{ signedOut: true; logoutUrl: string | null }> {
    const session = await this.current(request);
    await this.end(request);
    clearSessionCookie(response, this.config.production);
    return { signedOut: true, logoutUrl: session?.user ? this.signIn.relyingParty().logoutUrl(session.idToken) : null };
  }

  @Get('session')
  async session(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SessionView> {
    response.set('Cache-Control', 'no-store');
    const session = await this.current(request);
    if (session?.user) await this.refreshOrRefuse(session);
    return sessionView(session, this.csrf.token(request, response));
  }

  @Post('role')
  @HttpCode(200)
  async switchRole(
    @Body() body: { role?: unknown; centerId?: unknown },
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionView> {
    const session = await this.signedIn(request);
    await this.refreshOrRefuse(session);
    const wanted = { role: String(body?.role ?? ''), centerId: typeof body?.centerId === 'string' ? body.centerId : undefined };
    if (!(await this.roles.switchTo(session, wanted))) {
      throw new ProblemException(403, 'AUTH.ROLE_NOT_OFFERED', '이 계정에 그 역할이 없습니다. (This account does not have that role.)');
    }
    await this.sessions.save(session);
    return sessionView(session, this.csrf.token(request, response));
  }

  @Post('applicant-registration')
  async registerApplicant(@Body() body: Record<string, unknown> | undefined, @Req() request: Request, @Res() response: Response): Promise<void> {
    const session = await this.signedIn(request);
    const answer = await this.registration.register(session.user, body ?? {}, request.headers['accept-language']);
    if (answer.status < 300) {
      this.roles.expire(session);
      await this.sessions.save(session);
    }
    response.status(answer.status).type(answer.contentType).send(answer.body);
  }

  private async current(request: Request): Promise<GatewaySession | undefined> {
    const id = sessionIdOf(request);
    return id === undefined ? undefined : this.sessions.find(id);
  }

  private async signedIn(request: Request): Promise<GatewaySession & { user: SignedInUser }> {
    const session = await this.current(request);
    if (!session?.user) throw problem(NOT_SIGNED_IN);
    return session as GatewaySession & { user: SignedInUser };
  }

  private async end(request: Request): Promise<void> {
    const id = sessionIdOf(request);
    if (id !== undefined) await this.sessions.destroy(id);
  }

  private async refresh(session: GatewaySession): Promise<void> {
    if (await this.roles.ensureFresh(session)) await this.sessions.save(session);
  }

  private async refreshOrRefuse(session: GatewaySession): Promise<void> {
    try {
      await this.refresh(session);
    } catch (error) {
      if (!(error instanceof IdentityUnavailable)) throw error;
      this.logger.warn({ err: error }, 'roles could not be resolved');
      throw problem(IDENTITY_UNAVAILABLE);
    }
  }
}
