import { EngagementStatus } from '@yunghap/mentoring-domain';

// A record, so that a status the domain adds fails to compile here until it is listed.
const STATUS_SET = {
  proposed: true,
  'mentor-confirmed': true,
  'allocation-requested': true,
  'allocation-rejected': true,
  started: true,
  completed: true,
  cancelled: true,
} satisfies Record<EngagementStatus, true>;

/** Every status an engagement can be in, for the list filter and the documented responses. */
export const ENGAGEMENT_STATUSES = Object.keys(STATUS_SET) as readonly EngagementStatus[];
