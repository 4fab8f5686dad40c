import { Decider, Role, RoleTable } from '@yunghap/kernel';

/** The command types decided by the deciders a module exports (`import * as domain from './index'`). */
export type DecidedCommandType<Module> = {
  [Name in keyof Module]: Module[Name] extends Decider<infer Command extends { readonly type: string }, infer _Event, infer _State> ? Command['type'] : never;
}[keyof Module];

/**
 * `true` when `Table` has a row for every command a decider of `Module` decides, else the command
 * types it lacks: `const covered: CoversDeciders<typeof domain, typeof ROLES> = true` fails to
 * compile and names them, even for a decider whose commands the table's own type forgot.
 */
export type CoversDeciders<Module, Table> = [Exclude<DecidedCommandType<Module>, keyof Table>] extends [never]
  ? true
  : Exclude<DecidedCommandType<Module>, keyof Table>;

/**
 * What is wrong with a context's role table, one sentence per fault (none when it is sound): a
 * row that lets no one in, a role listed twice, a read only `system` may make (reads are the
 * HTTP API's, and no token carries `system`). That every command has a row is the table's type.
 * Example: `expect(roleTableFaults(GRANTS_ROLES)).toEqual([])`.
 */
export function roleTableFaults(table: RoleTable<string>): string[] {
  return Object.entries(table).flatMap(([row, roles]) => {
    const twice = roles.filter((role, index) => roles.indexOf(role) !== index);
    return [
      ...(roles.length === 0 ? [`${row} lets no role in`] : []),
      ...twice.map((role) => `${row} lists ${role} twice`),
      ...(row.startsWith('read') && roles.length > 0 && roles.every((role) => role === 'system')
        ? [`${row} is readable by system only, which no token is`]
        : []),
    ];
  });
}

/**
 * The rows of a table that let `role` in, in table order: what a test pins for the roles whose
 * reach must stay small (an applicant, the gateway), so that widening it is a visible decision.
 * Example: `expect(rowsAllowing(GRANTS_ROLES, 'applicant')).toEqual([])`.
 */
export function rowsAllowing(table: RoleTable<string>, role: Role): string[] {
  return Object.entries(table)
    .filter(([, roles]) => roles.includes(role))
    .map(([row]) => row);
}
