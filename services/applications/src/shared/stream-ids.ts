// One stream per aggregate; the prefixes keep the service's streams apart in its event store.

export const callStreamId = (callId: string): string => `call-${callId}`;

export const applicationStreamId = (applicationId: string): string => `application-${applicationId}`;
