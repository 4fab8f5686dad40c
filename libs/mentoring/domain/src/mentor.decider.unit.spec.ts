import { Actor } from '@yunghap/kernel';
import { deciderSpecification } from '@yunghap/testing';
import { DeclareRelationship, RegisterMentor, RetireMentor, UpdateExpertise } from './mentor.commands';
import { mentorDecider } from './mentor.decider';
import { ExpertiseUpdated, MentorRegistered, MentorRetired, RelationshipDeclared } from './mentor.events';
import { Affiliation, Expertise, MentorKind, RelationshipKind } from './mentor.state';
import { by, coordinator, EXPERTISE, finance, FIRM_A, mentor, programManager } from './testing/fixtures';

const spec = deciderSpecification(mentorDecider);
const MENTOR = 'mentor-1';
const UNIVERSITY: Affiliation = { institution: 'Hanbat National University' };

interface Registration {
  readonly kind?: MentorKind;
  readonly name?: string;
  readonly expertise?: Expertise;
  readonly affiliation?: Affiliation;
}
const registration = ({ kind = 'expert', name = 'Mentor mentor-1', expertise = EXPERTISE, affiliation = UNIVERSITY }: Registration = {}) => ({
  mentorId: MENTOR,
  kind,
  name,
  expertise,
  affiliation,
});

const register = (facts: Registration = {}, actor: Actor = programManager): RegisterMentor => ({
  type: 'RegisterMentor',
  data: registration(facts),
  metadata: by(actor),
});
const updateExpertise = (expertise: Expertise, actor: Actor = coordinator): UpdateExpertise => ({
  type: 'UpdateExpertise',
  data: { mentorId: MENTOR, expertise },
  metadata: by(actor),
});
const declareRelationship = (firm: string, kind: RelationshipKind, actor: Actor = coordinator): DeclareRelationship => ({
  type: 'DeclareRelationship',
  data: { mentorId: MENTOR, firm, kind },
  metadata: by(actor),
});
const retire = (reason = 'Moved abroad', actor: Actor = programManager): RetireMentor => ({
  type: 'RetireMentor',
  data: { mentorId: MENTOR, reason },
  metadata: by(actor),
});

const registered = (facts: Registration = {}): MentorRegistered => ({ type: 'MentorRegistered', data: registration(facts) });
const expertiseUpdated = (expertise: Expertise): ExpertiseUpdated => ({ type: 'ExpertiseUpdated', data: { mentorId: MENTOR, expertise } });
const declared = (firm: string, kind: RelationshipKind): RelationshipDeclared => ({ type: 'RelationshipDeclared', data: { mentorId: MENTOR, firm, kind } });
const retired = (reason = 'Moved abroad'): MentorRetired => ({ type: 'MentorRetired', data: { mentorId: MENTOR, reason } });

describe('RegisterMentor', () => {
  it('registers an active mentor with no relationships yet', () => {
    spec.given([]).when(register()).then([registered()]);
    spec.given([]).when(register()).thenState(mentor(MENTOR));
  });

  it('registers a senior firm by its firm, and a consultant with firm and institution', () => {
    spec
      .given([])
      .when(register({ kind: 'senior-firm', affiliation: { firm: FIRM_A } }))
      .then([registered({ kind: 'senior-firm', affiliation: { firm: FIRM_A } })]);
    const both = { firm: FIRM_A, institution: 'Convergence Consulting Co.' };
    spec
      .given([])
      .when(register({ kind: 'convergence-consultant', affiliation: both }))
      .thenState({ kind: 'convergence-consultant', affiliation: both });
  });

  it('lets center coordinators keep the pool too', () => {
    spec.given([]).when(register({}, coordinator)).then([registered()]);
  });

  it('is refused to other roles', () => {
    spec
      .given([])
      .when(register({}, finance))
      .thenFails('MENTOR.ROLE_NOT_ALLOWED', { role: 'finance', allowed: ['program-manager', 'center-staff'] });
  });

  it('registers a mentor once', () => {
    spec.given([registered()]).when(register()).thenFails('MENTOR.ALREADY_REGISTERED', { mentorId: MENTOR });
  });

  it('needs a name', () => {
    spec
      .given([])
      .when(register({ name: '  ' }))
      .thenFails('MENTOR.NAME_REQUIRED');
  });

  it.each([
    [{ fields: [], industries: [] }, 'no-fields', undefined],
    [{ fields: ['smart-sensors', ' '], industries: [] }, 'blank-field', ' '],
    [{ fields: ['smart-sensors', 'smart-sensors'], industries: [] }, 'duplicate-field', 'smart-sensors'],
    [{ fields: ['smart-sensors'], industries: ['C261'] }, 'invalid-industry-code', 'C261'],
    [{ fields: ['smart-sensors'], industries: ['c'] }, 'invalid-industry-code', 'c'],
    [{ fields: ['smart-sensors'], industries: ['C', 'C'] }, 'duplicate-industry-code', 'C'],
  ])('refuses expertise %j (%s)', (expertise, problem, value) => {
    spec.given([]).when(register({ expertise })).thenFails('MENTOR.INVALID_EXPERTISE', { problem, value });
  });

  it('accepts a mentor who knows no industry in particular', () => {
    const expertise = { fields: ['food-safety'], industries: [] };
    spec
      .given([])
      .when(register({ expertise }))
      .then([registered({ expertise })]);
  });

  it('needs an affiliation, and a firm for a senior firm', () => {
    spec
      .given([])
      .when(register({ affiliation: {} }))
      .thenFails('MENTOR.INVALID_AFFILIATION', { problem: 'missing' });
    spec
      .given([])
      .when(register({ kind: 'senior-firm' }))
      .thenFails('MENTOR.INVALID_AFFILIATION', { problem: 'senior-firm-without-firm' });
    spec
      .given([])
      .when(register({ affiliation: { institution: '' } }))
      .thenFails('MENTOR.INVALID_AFFILIATION', { problem: 'blank-institution' });
  });

  it('takes the affiliation firm only in canonical form', () => {
    spec
      .given([])
      .when(register({ affiliation: { firm: '104-86-12345' } }))
      .thenFails('MENTOR.INVALID_REGISTRATION_NUMBER', { firm: '104-86-12345' });
  });
});

describe('UpdateExpertise', () => {
  const newExpertise = { fields: ['food-safety'], industries: ['C10', 'G'] };

  it('replaces fields and industries as a whole', () => {
    spec
      .given([registered()])
      .when(updateExpertise(newExpertise))
      .then([expertiseUpdated(newExpertise)]);
    spec.given([registered()]).when(updateExpertise(newExpertise)).thenState({ expertise: newExpertise });
  });

  it('validates like registration', () => {
    spec
      .given([registered()])
      .when(updateExpertise({ fields: ['x'], industries: ['Z'] }))
      .thenFails('MENTOR.INVALID_EXPERTISE', { problem: 'invalid-industry-code' });
  });

  it('needs a registered, active mentor', () => {
    spec.given([]).when(updateExpertise(newExpertise)).thenFails('MENTOR.NOT_FOUND', { mentorId: MENTOR });
    spec.given([registered(), retired()]).when(updateExpertise(newExpertise)).thenFails('MENTOR.RETIRED', { mentorId: MENTOR });
  });

  it('is refused to other roles', () => {
    spec
      .given([registered()])
      .when(updateExpertise(newExpertise, { userId: 'x', role: 'committee-member' }))
      .thenFails('MENTOR.ROLE_NOT_ALLOWED');
  });
});

describe('DeclareRelationship', () => {
  it('records a tie with a firm', () => {
    spec
      .given([registered()])
      .when(declareRelationship(FIRM_A, 'advisory'))
      .then([declared(FIRM_A, 'advisory')]);
    spec
      .given([registered()])
      .when(declareRelationship(FIRM_A, 'advisory'))
      .thenState({ relationships: [{ firm: FIRM_A, kind: 'advisory' }] });
  });

  it('records another kind of tie with the same firm', () => {
    spec
      .given([registered(), declared(FIRM_A, 'advisory')])
      .when(declareRelationship(FIRM_A, 'family'))
      .then([declared(FIRM_A, 'family')]);
  });

  it('records each tie once', () => {
    spec
      .given([registered(), declared(FIRM_A, 'advisory')])
      .when(declareRelationship(FIRM_A, 'advisory'))
      .thenFails('MENTOR.RELATIONSHIP_ALREADY_DECLARED', { firm: FIRM_A, kind: 'advisory' });
  });

  it('takes the firm only in canonical form', () => {
    spec.given([registered()]).when(declareRelationship('104861234', 'ownership')).thenFails('MENTOR.INVALID_REGISTRATION_NUMBER');
  });

  it('needs a registered, active mentor', () => {
    spec.given([]).when(declareRelationship(FIRM_A, 'ownership')).thenFails('MENTOR.NOT_FOUND');
    spec.given([registered(), retired()]).when(declareRelationship(FIRM_A, 'ownership')).thenFails('MENTOR.RETIRED');
  });

  it('is refused to other roles', () => {
    spec
      .given([registered()])
      .when(declareRelationship(FIRM_A, 'ownership', { userId: 'a', role: 'auditor' }))
      .thenFails('MENTOR.ROLE_NOT_ALLOWED');
  });
});

describe('RetireMentor', () => {
  it('takes the mentor out of the pool', () => {
    spec.given([registered()]).when(retire()).then([retired()]);
    spec.given([registered()]).when(retire()).thenState({ status: 'retired' });
  });

  it('needs a reason', () => {
    spec.given([registered()]).when(retire(' ')).thenFails('MENTOR.REASON_REQUIRED');
  });

  it('retires an active mentor once', () => {
    spec.given([]).when(retire()).thenFails('MENTOR.NOT_FOUND');
    spec.given([registered(), retired()]).when(retire()).thenFails('MENTOR.RETIRED');
  });

  it('is refused to other roles', () => {
    spec
      .given([registered()])
      .when(retire('Moved abroad', { userId: 'sys', role: 'system' }))
      .thenFails('MENTOR.ROLE_NOT_ALLOWED');
  });
});

describe('mentor evolve', () => {
  it('ignores events that cannot precede a registration', () => {
    expect(mentorDecider.evolve(mentorDecider.initialState(), retired())).toEqual({ status: 'unregistered' });
  });
});
