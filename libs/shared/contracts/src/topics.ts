/** One topic per context, keyed by aggregate id (the same naming as the messaging lib's `contextTopic`). */
export const TOPICS = {
  applications: 'yunghap.applications.events',
  evaluation: 'yunghap.evaluation.events',
  grants: 'yunghap.grants.events',
  mentoring: 'yunghap.mentoring.events',
  centers: 'yunghap.centers.events',
} as const;
