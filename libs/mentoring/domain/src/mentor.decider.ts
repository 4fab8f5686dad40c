import { assertNever, Decider, Decision, DomainError, isBlank, isBusinessRegistrationNumber, isDomainError, parseKsicCode, Role } from '@yunghap/kernel';
import { firstDuplicate } from './lists';
import { DeclareRelationship, MentorCommand, RegisterMentor, RetireMentor, UpdateExpertise } from './mentor.commands';
import { MentorEvent } from './mentor.events';
import { Affiliation, Expertise, MentorKind, MentorState, RegisteredMentor } from './mentor.state';
import { MentorError } from './mentoring.errors';
import { MENTORING_ROLES } from './mentoring.roles';

function decide(command: MentorCommand, state: MentorState): Decision<MentorEvent> {
  const poolKeepers: readonly Role[] = MENTORING_ROLES[command.type];
  if (!poolKeepers.includes(command.metadata.actor.role)) return MentorError.becauseRoleNotAllowed(command.metadata.actor, poolKeepers);
  switch (command.type) {
    case 'RegisterMentor':
      return register(command, state);
    case 'UpdateExpertise':
      return updateExpertise(command, state);
    case 'DeclareRelationship':
      return declareRelationship(command, state);
    case 'RetireMentor':
      return retire(command, state);
    default:
      return assertNever(command);
  }
}

function validateExpertise({ fields, industries }: Expertise): DomainError | undefined {
  if (fields.length === 0) return MentorError.becauseExpertiseInvalid('no-fields');
  const blankField = fields.find(isBlank);
  if (blankField !== undefined) return MentorError.becauseExpertiseInvalid('blank-field', blankField);
  // Distinct entries keep the record honest; matching counts distinct overlaps either way.
  const duplicateField = firstDuplicate(fields);
  if (duplicateField !== undefined) return MentorError.becauseExpertiseInvalid('duplicate-field', duplicateField);
  // A mentor knows a section ("C") or a division ("C26"); finer codes are a firm's classification.
  const malformed = industries.find((code) => isDomainError(parseKsicCode(code, 'division')));
  if (malformed !== undefined) return MentorError.becauseExpertiseInvalid('invalid-industry-code', malformed);
  const duplicateIndustry = firstDuplicate(industries);
  if (duplicateIndustry !== undefined) return MentorError.becauseExpertiseInvalid('duplicate-industry-code', duplicateIndustry);
  return undefined;
}

// The affiliation firm is what the same-firm conflict check compares, so it must be canonical;
// a senior firm mentors on behalf of its firm, so that firm must be known.
function validateAffiliation(kind: MentorKind, { firm, institution }: Affiliation): DomainError | undefined {
  if (firm === undefined && institution === undefined) return MentorError.becauseAffiliationInvalid('missing');
  if (kind === 'senior-firm' && firm === undefined) return MentorError.becauseAffiliationInvalid('senior-firm-without-firm');
  if (firm !== undefined && !isBusinessRegistrationNumber(firm)) return MentorError.becauseRegistrationNumberInvalid(firm);
  if (institution !== undefined && isBlank(institution)) return MentorError.becauseAffiliationInvalid('blank-institution');
  return undefined;
}

function register({ data }: RegisterMentor, state: MentorState): Decision<MentorEvent> {
  if (state.status !== 'unregistered') return MentorError.becauseAlreadyRegistered(data.mentorId);
  if (isBlank(data.name)) return MentorError.becauseNameRequired();
  const refusal = validateExpertise(data.expertise) ?? validateAffiliation(data.kind, data.affiliation);
  if (refusal) return refusal;
  return [{ type: 'MentorRegistered', data }];
}

/** Changes are made to an active mentor only: a retired one is history. */
function activeMentor(mentorId: string, state: MentorState): RegisteredMentor | DomainError {
  if (state.status === 'unregistered') return MentorError.becauseNotFound(mentorId);
  if (state.status === 'retired') return MentorError.becauseRetired(mentorId);
  return state;
}

function updateExpertise({ data }: UpdateExpertise, state: MentorState): Decision<MentorEvent> {
  const mentor = activeMentor(data.mentorId, state);
  if (isDomainError(mentor)) return mentor;
  const refusal = validateExpertise(data.expertise);
  if (refusal) return refusal;
  return [{ type: 'ExpertiseUpdated', data }];
}

function declareRelationship({ data }: DeclareRelationship, state: MentorState): Decision<MentorEvent> {
  const mentor = activeMentor(data.mentorId, state);
  if (isDomainError(mentor)) return mentor;
  if (!isBusinessRegistrationNumber(data.firm)) return MentorError.becauseRegistrationNumberInvalid(data.firm);
  const declared = mentor.relationships.some((relationship) => relationship.firm === data.firm && relationship.kind === data.kind);
  if (declared) return MentorError.becauseRelationshipAlreadyDeclared(data.firm, data.kind);
  return [{ type: 'RelationshipDeclared', data }];
}

function retire({ data }: RetireMentor, state: MentorState): Decision<MentorEvent> {
  const mentor = activeMentor(data.mentorId, state);
  if (isDomainError(mentor)) return mentor;
  if (isBlank(data.reason)) return MentorError.becauseReasonRequired();
  return [{ type: 'MentorRetired', data }];
}

function evolve(state: MentorState, event: MentorEvent): MentorState {
  if (event.type === 'MentorRegistered') return { status: 'active', ...event.data, relationships: [] };
  // Every other event follows the registration in its stream; before it there is nothing to change.
  if (state.status === 'unregistered') return state;
  switch (event.type) {
    case 'ExpertiseUpdated':
      return { ...state, expertise: event.data.expertise };
    case 'RelationshipDeclared':
      return { ...state, relationships: [...state.relationships, { firm: event.data.firm, kind: event.data.kind }] };
    case 'MentorRetired':
      return { ...state, status: 'retired' };
    default:
      return assertNever(event);
  }
}

/** One mentor of the pool (stream `mentor-<mentorId>`). */
export const mentorDecider: Decider<MentorCommand, MentorEvent, MentorState> = {
  decide,
  evolve,
  initialState: () => ({ status: 'unregistered' }),
};
