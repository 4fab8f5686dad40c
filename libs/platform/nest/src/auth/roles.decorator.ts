import { SetMetadata } from '@nestjs/common';
import { AuthenticatedUser } from './authenticated-user';

export const ROLES_KEY = 'yunghap:roles';
export const PUBLIC_KEY = 'yunghap:public';

/** The roles allowed to call an endpoint; scope (center, committee) is checked by the handler. */
export const Roles = (...roles: AuthenticatedUser['role'][]) => SetMetadata(ROLES_KEY, roles);

/** Health, metrics and the API document need no token. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
