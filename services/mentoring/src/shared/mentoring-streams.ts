/** One stream per aggregate, as the mentoring domain names them. */
export const mentorStreamId = (mentorId: string) => `mentor-${mentorId}`;
export const engagementStreamId = (engagementId: string) => `engagement-${engagementId}`;
