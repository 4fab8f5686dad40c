/**
 * Stream names of the evaluation context. Stored streams are named by these values: changing one
 * orphans every stream written under the old name.
 */

/** One stream per committee, per call's rubric, and per application for its evaluation and for its request. */
export const committeeStreamId = (committeeId: string) => `committee-${committeeId}`;
export const rubricStreamId = (callId: string) => `rubric-${callId}`;
export const evaluationStreamId = (applicationId: string) => `evaluation-${applicationId}`;
export const evaluationRequestStreamId = (applicationId: string) => `evaluation-request-${applicationId}`;

/** This service's replica of the calls, one stream per call: a question reads one short stream. */
export const knownCallStreamId = (callId: string) => `known-call-${callId}`;
/** The one stream of this service's replica of the centers. */
export const KNOWN_CENTERS_STREAM_ID = 'known-centers';
