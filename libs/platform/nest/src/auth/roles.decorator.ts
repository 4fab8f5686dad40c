import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { AuthenticatedUser } from './authenticated-user';

export const ROLES_KEY = 'yunghap:roles';
export const PUBLIC_KEY = 'yunghap:public';

/**
 * The roles allowed to call an endpoint; scope (center, committee) is checked by the handler.
 * The OpenAPI document shows them as `x-roles`.
 */
export const Roles = (...roles: AuthenticatedUser['role'][]) => applyDecorators(SetMetadata(ROLES_KEY, roles), ApiExtension('x-roles', roles));

/** Health, metrics and the API document need no token. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
