import { Decider, Decision, DomainCommand, isDomainError } from '@yunghap/kernel';
import { CommitteeCommand, FormCommittee } from './committee.commands';
import { committeeDecider, CommitteeState } from './committee.decider';
import { CommitteeEvent } from './committee.events';
import { CommitteeMember } from './committee';

export type FormCommitteeWithMembers = DomainCommand<'FormCommitteeWithMembers', FormCommittee['data'] & { readonly members: readonly CommitteeMember[] }>;

function steps({ data, metadata }: FormCommitteeWithMembers): CommitteeCommand[] {
  const { members, ...formation } = data;
  const add = (member: CommitteeMember): CommitteeCommand => ({ type: 'AddMember', data: { committeeId: data.committeeId, member }, metadata });
  return [{ type: 'FormCommittee', data: formation, metadata }, ...members.map(add)];
}

/**
 * `FormCommittee` and one `AddMember` per initial member, decided by the domain one after the
 * other and appended together or not at all. An evaluation takes the committee as it stands when
 * it opens, so a committee formed whole is never caught half-staffed by a pending application.
 */
function decide(command: FormCommitteeWithMembers, state: CommitteeState): Decision<CommitteeEvent> {
  const events: CommitteeEvent[] = [];
  let current = state;
  for (const step of steps(command)) {
    const decision = committeeDecider.decide(step, current);
    if (isDomainError(decision)) return decision;
    events.push(...decision);
    current = decision.reduce(committeeDecider.evolve, current);
  }
  return events;
}

export const committeeFormation: Decider<FormCommitteeWithMembers, CommitteeEvent, CommitteeState> = {
  decide,
  evolve: committeeDecider.evolve,
  initialState: committeeDecider.initialState,
};
