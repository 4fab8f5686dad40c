import { ApplicationsPolicy, DEFAULT_APPLICATIONS_POLICY, INDUSTRY_GRANULARITIES, IndustryGranularity } from '@yunghap/applications-domain';
import { won } from '@yunghap/kernel';
import { ConfigError } from '@yunghap/platform-nest';

/**
 * The program's settings the deciders are built with, read once at start-up; DOMAIN.md's
 * figures are the defaults. `APPLICATIONS_MAX_GRANT_WON` (default 500000000) is the most one
 * project may be granted; `APPLICATIONS_INDUSTRY_GRANULARITY` (section | division, default section)
 * is how finely "different industries" is judged.
 */
export function loadApplicationsPolicy(env: NodeJS.ProcessEnv): ApplicationsPolicy {
  const rawLimit = env['APPLICATIONS_MAX_GRANT_WON'];
  const rawGranularity = env['APPLICATIONS_INDUSTRY_GRANULARITY'];
  const limit = rawLimit === undefined ? DEFAULT_APPLICATIONS_POLICY.maxGrantPerProject : Number(rawLimit);
  if (rawLimit !== undefined && (!/^\d+$/.test(rawLimit) || !Number.isSafeInteger(limit) || limit < 1)) {
    throw new ConfigError('APPLICATIONS_MAX_GRANT_WON', 'must be a whole number of won greater than zero', rawLimit);
  }
  const granularity = rawGranularity ?? DEFAULT_APPLICATIONS_POLICY.industryGranularity;
  if (!(INDUSTRY_GRANULARITIES as readonly string[]).includes(granularity)) {
    throw new ConfigError('APPLICATIONS_INDUSTRY_GRANULARITY', `must be one of ${INDUSTRY_GRANULARITIES.join(', ')}`, granularity);
  }
  return { maxGrantPerProject: won(limit), industryGranularity: granularity as IndustryGranularity };
}
