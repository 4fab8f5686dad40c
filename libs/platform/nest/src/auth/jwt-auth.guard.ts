import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { ProblemException } from '../problem-details/problem.exception';
import { AuthenticatedUser, isClaimsRefusal, UncheckedClaims, userFromClaims } from './authenticated-user';
import { AuthenticatedRequest } from './current-user.decorator';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';
import { TokenKeysUnavailable, TokenVerifier } from './token-verifier';

// Seconds after which a caller may try again when the gateway's keys could not be fetched.
const KEYS_RETRY_AFTER_SECONDS = 5;

const invalidToken = (ko: string, en: string) =>
  new ProblemException(401, 'AUTH.INVALID_TOKEN', `베어러 토큰이 유효하지 않습니다: ${ko}. (The bearer token is not valid: ${en}.)`);

/**
 * Every route needs a valid bearer token and an allowed role, unless marked `@Public()`.
 * A route without `@Roles(...)` is refused: forgetting to declare access must not open it.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) {
      throw new ProblemException(401, 'AUTH.MISSING_TOKEN', '베어러 토큰이 필요합니다. (A bearer token is required: Authorization: Bearer <token>.)');
    }

    let claims: UncheckedClaims;
    try {
      claims = await this.verifier.verify(token);
    } catch (error) {
      if (error instanceof TokenKeysUnavailable) {
        context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(KEYS_RETRY_AFTER_SECONDS));
        throw new ProblemException(
          503,
          'AUTH.KEYS_UNAVAILABLE',
          `게이트웨이의 서명 키를 가져올 수 없어 토큰을 확인하지 못했습니다. (The gateway's signing keys could not be fetched to check the token: ${error.message}.)`,
        );
      }
      throw invalidToken('서명, 알고리즘, 유효 기간, 발급자 또는 대상이 맞지 않습니다', (error as Error).message);
    }
    const user = userFromClaims(claims);
    if (isClaimsRefusal(user)) throw invalidToken(user.ko, user.en);
    request.user = user;

    const allowed = this.reflector.getAllAndOverride<AuthenticatedUser['role'][] | undefined>(ROLES_KEY, targets);
    if (!allowed || !allowed.includes(user.role)) {
      const route = `${request.method} ${request.route?.path ?? request.path}`;
      throw ProblemException.forbidden(`${user.role} 역할은 ${route}을(를) 호출할 수 없습니다. (The role ${user.role} may not ${route}.)`);
    }
    return true;
  }
}
