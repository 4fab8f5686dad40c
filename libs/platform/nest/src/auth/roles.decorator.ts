import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { Role, TokenRole } from '@yunghap/kernel';

export const ROLES_KEY = 'yunghap:roles';
export const PUBLIC_KEY = 'yunghap:public';

/**
 * The roles allowed to call an endpoint, read from the context's role table
 * (`@Roles(...GRANTS_ROLES.ApproveAward)`); scope (center, committee) is checked by the handler.
 * A row may also allow `system` for the platform's own commands: no token carries it, so it is
 * left out here. The gateway's own token reaches only the routes that name `gateway`. The OpenAPI
 * document shows the roles as `x-roles`.
 */
export const Roles = (...roles: Role[]) => {
  const callers = roles.filter((role): role is TokenRole => role !== 'system');
  return applyDecorators(SetMetadata(ROLES_KEY, callers), ApiExtension('x-roles', callers));
};

/** Health, metrics and the API document need no token. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
