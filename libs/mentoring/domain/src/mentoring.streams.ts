/**
 * Stream names of the mentoring context: one stream per aggregate. Stored streams are named by
 * these values: changing one orphans every stream written under the old name.
 */
export const mentorStreamId = (mentorId: string) => `mentor-${mentorId}`;
export const engagementStreamId = (engagementId: string) => `engagement-${engagementId}`;
