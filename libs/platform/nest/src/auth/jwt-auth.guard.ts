import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { ProblemException } from '../problem-details/problem.exception';
import { AuthenticatedUser, TokenClaims, userFromClaims } from './authenticated-user';
import { AuthenticatedRequest } from './current-user.decorator';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';

/**
 * Every route needs a valid bearer token and an allowed role, unless marked `@Public()`.
 * A route without `@Roles(...)` is refused: forgetting to declare access must not open it.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw new ProblemException(401, 'AUTH.MISSING_TOKEN', 'A bearer token is required (Authorization: Bearer <token>)');

    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims & object>(token);
    } catch (error) {
      throw new ProblemException(401, 'AUTH.INVALID_TOKEN', `The bearer token is not valid: ${(error as Error).message}`);
    }
    const user = userFromClaims(claims);
    if (typeof user === 'string') throw new ProblemException(401, 'AUTH.INVALID_TOKEN', `The bearer token is not valid: ${user}`);
    request.user = user;

    const allowed = this.reflector.getAllAndOverride<AuthenticatedUser['role'][] | undefined>(ROLES_KEY, targets);
    if (!allowed || !allowed.includes(user.role)) {
      throw ProblemException.forbidden(`The role ${user.role} may not ${request.method} ${request.route?.path ?? request.path}`);
    }
    return true;
  }
}
