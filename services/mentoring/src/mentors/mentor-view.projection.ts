import { mentorDecider, MentorEvent, RegisteredMentor } from '@yunghap/mentoring-domain';
import { collectionRef, defineProjection } from '@yunghap/read-models';

/**
 * One document per mentor: the domain's own facts (so matching reads exactly what the decider
 * knows) and when they changed. The pool list filters on `expertise.fields`,
 * `expertise.industries`, `kind` and `status`.
 */
export interface MentorView extends RegisteredMentor {
  readonly _id: string;
  readonly registeredAt: string;
  readonly updatedAt: string;
  readonly retirement: { readonly reason: string; readonly retiredAt: string } | null;
}

export const MENTORS = collectionRef<MentorView>('mentors');

/** The facts matching and the conflict check take, without the view's bookkeeping. */
export function registeredMentor({ status, mentorId, kind, name, expertise, affiliation, relationships }: MentorView): RegisteredMentor {
  return { status, mentorId, kind, name, expertise, affiliation, relationships };
}

export const mentorViewProjection = defineProjection<MentorEvent, MentorView>({
  name: 'mentor-view',
  collection: MENTORS,
  handles: { MentorRegistered: true, ExpertiseUpdated: true, RelationshipDeclared: true, MentorRetired: true },
  idOf: (event) => event.data.mentorId,
  evolve: (doc, event) => {
    // The decider's evolve keeps the view and the aggregate in step: one rule, stated once.
    const state = mentorDecider.evolve(doc ? registeredMentor(doc) : mentorDecider.initialState(), event);
    if (state.status === 'unregistered') return doc;
    const at = event.metadata.occurredAt;
    const retirement = event.type === 'MentorRetired' ? { reason: event.data.reason, retiredAt: at } : (doc?.retirement ?? null);
    return { _id: state.mentorId, ...state, registeredAt: doc?.registeredAt ?? at, updatedAt: at, retirement };
  },
  indexes: [{ keys: { status: 1, kind: 1 } }, { keys: { 'expertise.fields': 1 } }, { keys: { 'expertise.industries': 1 } }],
});
