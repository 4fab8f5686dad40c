/** One stream per application for its evaluation (the domain's aggregate) and for its request (this service's). */
export const evaluationStreamId = (applicationId: string) => `evaluation-${applicationId}`;
export const evaluationRequestStreamId = (applicationId: string) => `evaluation-request-${applicationId}`;
