import { Actor } from '@yunghap/kernel';
import { deciderSpecification } from '@yunghap/testing';
import { committeeFormation, FormCommitteeWithMembers } from './committee-formation.decider';
import { CommitteeFormed, MemberAdded } from './committee.events';
import { CommitteeScope } from './committee';
import { by, CALL, CENTER, centerStaff, COMMITTEE, member, programManager } from './testing/fixtures';

const spec = deciderSpecification(committeeFormation);
const centerScope: CommitteeScope = { kind: 'center', centerId: CENTER };

const formWith = (memberIds: readonly string[], actor: Actor = programManager): FormCommitteeWithMembers => ({
  type: 'FormCommitteeWithMembers',
  data: { committeeId: COMMITTEE, callId: CALL, scope: centerScope, members: memberIds.map(member) },
  metadata: by(actor),
});
const formed: CommitteeFormed = { type: 'CommitteeFormed', data: { committeeId: COMMITTEE, callId: CALL, scope: centerScope } };
const added = (userId: string): MemberAdded => ({ type: 'MemberAdded', data: { committeeId: COMMITTEE, member: member(userId) } });

describe('forming a committee with its members', () => {
  it('forms the committee and adds each member, in one decision', () => {
    spec
      .given([])
      .when(formWith(['e1', 'e2']))
      .then([formed, added('e1'), added('e2')]);
    spec
      .given([])
      .when(formWith(['e1', 'e2']))
      .thenState({ status: 'formed' });
  });

  it('records nothing when any step is refused', () => {
    spec
      .given([formed])
      .when(formWith(['e1']))
      .thenFails('COMMITTEE.ALREADY_FORMED');
    spec
      .given([])
      .when(formWith(['e1', 'e1']))
      .thenFails('COMMITTEE.MEMBER_ALREADY_ADDED');
    spec
      .given([])
      .when(formWith(['e1'], centerStaff))
      .thenFails('COMMITTEE.ROLE_NOT_ALLOWED');
  });
});
