import { Actor, CommandMetadata } from '@yunghap/kernel';
import { Consortium } from '../consortium';
import { Affiliation, Expertise, MentorKind, MentorRelationship, RegisteredMentor } from '../mentor.state';

// Shared by the specs of this library only; not exported from its index.

export const NOW = '2025-05-20T10:00:00+09:00';
export const TODAY = '2025-05-20';
export const CENTER = 'jungbu';
export const OTHER_CENTER = 'honam';
export const FIRM_A = '1048612345';
export const FIRM_B = '3148698765';
export const UNRELATED_FIRM = '2208100001';

export const programManager: Actor = { userId: 'pm-kim', role: 'program-manager' };
export const coordinator: Actor = { userId: 'coord-park', role: 'center-staff' };
export const platform: Actor = { userId: 'mentoring-process', role: 'system' };
export const finance: Actor = { userId: 'fin-choi', role: 'finance' };
export const by = (actor: Actor, now: string = NOW): CommandMetadata => ({ now, actor });

export const EXPERTISE: Expertise = { fields: ['smart-sensors', 'embedded-ai'], industries: ['C26'] };

/** A consortium of an electronics firm (C26) and a food maker (C10) building smart packaging. */
export const CONSORTIUM: Consortium = {
  consortiumId: 'consortium-17',
  applicationId: 'app-0017',
  firms: [
    { registrationNumber: FIRM_A, industryCode: 'C26110' },
    { registrationNumber: FIRM_B, industryCode: 'C10' },
  ],
  technologyFields: ['smart-sensors', 'food-safety', 'embedded-ai'],
};

interface MentorFacts {
  readonly kind?: MentorKind;
  readonly fields?: readonly string[];
  readonly industries?: readonly string[];
  readonly affiliation?: Affiliation;
  readonly relationships?: readonly MentorRelationship[];
  readonly status?: RegisteredMentor['status'];
}

/** A mentor's facts as matching and confirmation receive them; an expert at a university by default. */
export function mentor(mentorId: string, facts: MentorFacts = {}): RegisteredMentor {
  return {
    status: facts.status ?? 'active',
    mentorId,
    kind: facts.kind ?? 'expert',
    name: `Mentor ${mentorId}`,
    expertise: { fields: facts.fields ?? EXPERTISE.fields, industries: facts.industries ?? EXPERTISE.industries },
    affiliation: facts.affiliation ?? { institution: 'Hanbat National University' },
    relationships: facts.relationships ?? [],
  };
}
