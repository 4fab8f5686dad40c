import { CenterId } from './center-id';

/**
 * Stream names of the centers context. Stored streams are named by these values: changing one
 * orphans every stream written under the old name.
 */

/** One stream per center. */
export const centerStreamId = (centerId: CenterId): string => `center-${centerId}`;
/** The whole mapping is one stream, so that its versions form a single sequence. */
export const ROUTING_STREAM_ID = 'province-routing';
/** One stream per person (the identity provider's subject): their applicant registrations, latest last. */
export const applicantStreamId = (userId: string): string => `applicant-${userId}`;
