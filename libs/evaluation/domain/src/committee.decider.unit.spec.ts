import { Actor } from '@yunghap/kernel';
import { deciderSpecification } from '@yunghap/testing';
import { AddMember, DeclareRelationship, FormCommittee, RemoveMember } from './committee.commands';
import { committeeDecider } from './committee.decider';
import { CommitteeFormed, MemberAdded, MemberRemoved, RelationshipDeclared } from './committee.events';
import { CommitteeScope, RelationshipKind } from './committee';
import { committeeSnapshot } from './committee-snapshot';
import { by, CALL, CENTER, centerStaff, COMMITTEE, expert, FIRM_A, FIRM_B, member, programManager } from './testing/fixtures';

const spec = deciderSpecification(committeeDecider);
const centerScope: CommitteeScope = { kind: 'center', centerId: CENTER };

const formCommittee = (scope: CommitteeScope = centerScope, actor: Actor = programManager): FormCommittee => ({
  type: 'FormCommittee',
  data: { committeeId: COMMITTEE, callId: CALL, scope },
  metadata: by(actor),
});
const addMember = (userId: string, actor: Actor = programManager): AddMember => ({
  type: 'AddMember',
  data: { committeeId: COMMITTEE, member: member(userId) },
  metadata: by(actor),
});
const removeMember = (userId: string, actor: Actor = programManager): RemoveMember => ({
  type: 'RemoveMember',
  data: { committeeId: COMMITTEE, userId },
  metadata: by(actor),
});
const declareRelationship = (actor: Actor, firm: string, kind: RelationshipKind): DeclareRelationship => ({
  type: 'DeclareRelationship',
  data: { committeeId: COMMITTEE, firm, kind },
  metadata: by(actor),
});

const formed = (scope: CommitteeScope = centerScope): CommitteeFormed => ({ type: 'CommitteeFormed', data: { committeeId: COMMITTEE, callId: CALL, scope } });
const added = (userId: string): MemberAdded => ({ type: 'MemberAdded', data: { committeeId: COMMITTEE, member: member(userId) } });
const removed = (userId: string): MemberRemoved => ({ type: 'MemberRemoved', data: { committeeId: COMMITTEE, userId } });
const declared = (memberId: string, firm: string, kind: RelationshipKind): RelationshipDeclared => ({
  type: 'RelationshipDeclared',
  data: { committeeId: COMMITTEE, memberId, firm, kind },
});

describe('FormCommittee', () => {
  it('forms a committee for one center of a call', () => {
    spec.given([]).when(formCommittee()).then([formed()]);
  });

  it('forms a committee shared by every center of the call', () => {
    spec
      .given([])
      .when(formCommittee({ kind: 'shared' }))
      .thenState({ status: 'formed', scope: { kind: 'shared' }, members: [] });
  });

  it('is for program managers only', () => {
    spec
      .given([])
      .when(formCommittee(centerScope, centerStaff))
      .thenFails('COMMITTEE.ROLE_NOT_ALLOWED', { role: 'center-staff', allowed: ['program-manager'] });
  });

  it('forms a committee once', () => {
    spec.given([formed()]).when(formCommittee()).thenFails('COMMITTEE.ALREADY_FORMED', { committeeId: COMMITTEE });
  });
});

describe('AddMember', () => {
  it('adds an independent expert', () => {
    spec
      .given([formed()])
      .when(addMember('e1'))
      .then([added('e1')]);
  });

  it('needs a formed committee', () => {
    spec.given([]).when(addMember('e1')).thenFails('COMMITTEE.NOT_FOUND', { committeeId: COMMITTEE });
  });

  it('is for program managers only', () => {
    spec
      .given([formed()])
      .when(addMember('e2', expert('e1')))
      .thenFails('COMMITTEE.ROLE_NOT_ALLOWED', { role: 'committee-member' });
  });

  it('adds a member once', () => {
    spec
      .given([formed(), added('e1')])
      .when(addMember('e1'))
      .thenFails('COMMITTEE.MEMBER_ALREADY_ADDED', { userId: 'e1' });
  });
});

describe('RemoveMember', () => {
  it('removes a member', () => {
    spec
      .given([formed(), added('e1'), added('e2')])
      .when(removeMember('e1'))
      .then([removed('e1')]);
    spec
      .given([formed(), added('e1'), added('e2')])
      .when(removeMember('e1'))
      .thenState({ members: [member('e2')] });
  });

  it('removes only a member', () => {
    spec
      .given([formed(), added('e1')])
      .when(removeMember('e9'))
      .thenFails('COMMITTEE.MEMBER_NOT_FOUND', { userId: 'e9' });
  });

  it('needs a formed committee', () => {
    spec.given([]).when(removeMember('e1')).thenFails('COMMITTEE.NOT_FOUND');
  });

  it('is for program managers only', () => {
    spec
      .given([formed(), added('e1')])
      .when(removeMember('e1', centerStaff))
      .thenFails('COMMITTEE.ROLE_NOT_ALLOWED');
  });
});

describe('DeclareRelationship', () => {
  it('records a member’s own declaration', () => {
    spec
      .given([formed(), added('e1')])
      .when(declareRelationship(expert('e1'), FIRM_A, 'advisory'))
      .then([declared('e1', FIRM_A, 'advisory')]);
  });

  it('records another kind of tie with a firm already declared', () => {
    spec
      .given([formed(), added('e1'), declared('e1', FIRM_A, 'advisory')])
      .when(declareRelationship(expert('e1'), FIRM_A, 'family'))
      .then([declared('e1', FIRM_A, 'family')]);
  });

  it('needs a formed committee', () => {
    spec
      .given([])
      .when(declareRelationship(expert('e1'), FIRM_A, 'employment'))
      .thenFails('COMMITTEE.NOT_FOUND');
  });

  it('is for members of the committee, as themselves', () => {
    spec
      .given([formed(), added('e1')])
      .when(declareRelationship(expert('e2'), FIRM_A, 'employment'))
      .thenFails('COMMITTEE.NOT_A_MEMBER', { userId: 'e2' });
    spec
      .given([formed(), added('e1')])
      .when(declareRelationship({ userId: 'e1', role: 'program-manager' }, FIRM_A, 'employment'))
      .thenFails('COMMITTEE.NOT_A_MEMBER');
  });

  it('is no longer open to a removed member', () => {
    spec
      .given([formed(), added('e1'), removed('e1')])
      .when(declareRelationship(expert('e1'), FIRM_A, 'ownership'))
      .thenFails('COMMITTEE.NOT_A_MEMBER');
  });

  it('refuses a registration number that is not ten bare digits', () => {
    spec
      .given([formed(), added('e1')])
      .when(declareRelationship(expert('e1'), '104-86-12345', 'ownership'))
      .thenFails('COMMITTEE.INVALID_REGISTRATION_NUMBER', { firm: '104-86-12345' });
  });

  it('records the same tie once', () => {
    spec
      .given([formed(), added('e1'), declared('e1', FIRM_A, 'ownership')])
      .when(declareRelationship(expert('e1'), FIRM_A, 'ownership'))
      .thenFails('COMMITTEE.RELATIONSHIP_ALREADY_DECLARED', { firm: FIRM_A, kind: 'ownership' });
  });
});

describe('committeeSnapshot', () => {
  const evolveAll = (events: Parameters<typeof committeeDecider.evolve>[1][]) => events.reduce(committeeDecider.evolve, committeeDecider.initialState());

  it('is undefined before the committee is formed', () => {
    expect(committeeSnapshot(evolveAll([]))).toBeUndefined();
  });

  it('carries the current members and only their declarations', () => {
    const state = evolveAll([formed(), added('e1'), added('e2'), declared('e1', FIRM_A, 'employment'), declared('e2', FIRM_B, 'family'), removed('e2')]);
    expect(committeeSnapshot(state)).toEqual({
      committeeId: COMMITTEE,
      callId: CALL,
      scope: centerScope,
      members: [member('e1')],
      relationships: [{ memberId: 'e1', firm: FIRM_A, kind: 'employment' }],
    });
  });

  it('keeps the declarations of a member who is removed and added back', () => {
    const state = evolveAll([formed(), added('e2'), declared('e2', FIRM_B, 'family'), removed('e2'), added('e2')]);
    expect(committeeSnapshot(state)?.relationships).toEqual([{ memberId: 'e2', firm: FIRM_B, kind: 'family' }]);
  });
});
