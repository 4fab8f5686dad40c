import { Role } from './actor';

/**
 * A context's one list of who may do what: for each command type the roles that may issue it,
 * for each read its HTTP API offers (`read…`, named after the query) the roles that may read it.
 * Deciders and controllers both read it. Declared `as const satisfies RoleTable<…>` over the
 * context's command types, so a command without roles does not compile.
 * Example: `{ OpenCall: ['program-manager'], readCalls: HUMAN_ROLES } as const satisfies RoleTable<CallCommand['type']>`.
 */
export type RoleTable<CommandType extends string> = Readonly<Record<CommandType | `read${string}`, readonly Role[]>>;
