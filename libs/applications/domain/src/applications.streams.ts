/**
 * Stream names of the applications context: one stream per aggregate, the prefixes keeping them
 * apart in the service's event store. Stored streams are named by these values: changing one
 * orphans every stream written under the old name.
 */
export const callStreamId = (callId: string): string => `call-${callId}`;
export const applicationStreamId = (applicationId: string): string => `application-${applicationId}`;

/** All routing changes this service has heard of, in one stream: the mapping is small. */
export const ROUTING_REPLICA_STREAM_ID = 'routing-replica';

/** The grants context's project cap for every program year heard of, in one stream. */
export const PROGRAM_POLICY_REPLICA_STREAM_ID = 'program-policy-replica';
