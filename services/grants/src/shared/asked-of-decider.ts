import { grantDecider, GrantCommand, GrantState } from '@yunghap/grants-domain';
import { CommandMetadata } from '@yunghap/kernel';

/**
 * Steps that carry words (a reason, an agreement number) are asked about with this stand-in, which
 * passes every check of the words themselves: what is asked is whether the state, the role and
 * four-eyes allow the step.
 */
export const STAND_IN_TEXT = '(asked, not recorded)';

/**
 * Asks the grant's decider what it would decide for `metadata`'s actor, recording nothing: the
 * console is offered the steps the domain allows, from the same rules, never a copy of them.
 * Example: `const ask = askGrant(state, metadata); isDomainError(ask({ type: 'CancelGrant', data }))`.
 */
export function askGrant(state: GrantState, metadata: CommandMetadata) {
  return (command: Omit<GrantCommand, 'metadata'>) => grantDecider.decide({ ...command, metadata } as GrantCommand, state);
}
