import { CommitteeMember } from './committee';

const member = { kind: 'committee-member', idOf: (person: CommitteeMember) => person.userId, fields: [['name'], ['affiliation']] } as const;

/**
 * The personal data in the evaluation's events (PIPA): committee members' names and affiliations,
 * where a member joins and where an evaluation's opening copies its committee. Sealed per person by
 * the event store, erasable once their retention ends; scores stay tied to the pseudonymous user id.
 */
export const EVALUATION_PERSONAL_DATA = {
  MemberAdded: { ...member, within: ['member'] },
  EvaluationOpened: { ...member, within: ['members'] },
} as const;
