import { MentorRegistered } from './mentor.events';

/**
 * The personal data in the mentoring events (PIPA): a mentor's name, sealed by the event store
 * under the mentor's key and erasable once the retention ends. Expertise and the firm or
 * institution they belong to describe the role, not the person, and stay as they are.
 */
export const MENTORING_PERSONAL_DATA = {
  MentorRegistered: { kind: 'mentor', idOf: (data: MentorRegistered['data']) => data.mentorId, fields: [['name']] },
} as const;
