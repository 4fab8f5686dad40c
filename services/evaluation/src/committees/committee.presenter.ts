import { AuthenticatedUser } from '@yunghap/platform-nest';
import { CommitteeResponse } from './committee.response.dto';
import { CommitteeView } from './committee-view.projection';

/**
 * A committee as `user` may see it. Declarations name firms and ties such as family: program
 * managers and auditors see all of them, a member only their own.
 */
export function committeeFor(user: AuthenticatedUser, view: CommitteeView): CommitteeResponse {
  const { _id: committeeId, callId, scope, members, relationships, scoresDueAt = null, formedAt, updatedAt } = view;
  const visible = user.role === 'committee-member' ? relationships.filter((relationship) => relationship.memberId === user.userId) : relationships;
  return { committeeId, callId, scope, members, relationships: visible, scoresDueAt, formedAt, updatedAt };
}
