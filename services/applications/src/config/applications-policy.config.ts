import { ApplicationsPolicy, DEFAULT_APPLICATIONS_POLICY, INDUSTRY_LEVELS, IndustryLevel, OWN_SHARE_PERCENT_RANGE } from '@yunghap/applications-domain';
import { ConfigError } from '@yunghap/platform-nest';

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max}`, raw);
  }
  return value;
}

/**
 * The program's settings the deciders are built with, read once at start-up; DOMAIN.md's
 * figures are the defaults. A call opened without its own eligibility terms gets
 * `APPLICATIONS_INDUSTRY_LEVEL` (section | division | group | class, default group), the KSIC level
 * at which member SMEs must differ, and `APPLICATIONS_MINIMUM_OWN_SHARE_PERCENT` (0–99, default 25).
 * The cap per project is the grants service's, replicated from its `grants.ProjectCapSet` messages.
 */
export function loadApplicationsPolicy(env: NodeJS.ProcessEnv): ApplicationsPolicy {
  const level = env['APPLICATIONS_INDUSTRY_LEVEL'] ?? DEFAULT_APPLICATIONS_POLICY.defaultIndustryLevel;
  if (!(INDUSTRY_LEVELS as readonly string[]).includes(level)) {
    throw new ConfigError('APPLICATIONS_INDUSTRY_LEVEL', `must be one of ${INDUSTRY_LEVELS.join(', ')}`, level);
  }
  const ownShare = wholeNumber(
    env,
    'APPLICATIONS_MINIMUM_OWN_SHARE_PERCENT',
    DEFAULT_APPLICATIONS_POLICY.defaultMinimumOwnSharePercent,
    OWN_SHARE_PERCENT_RANGE.min,
    OWN_SHARE_PERCENT_RANGE.max,
  );
  return { defaultIndustryLevel: level as IndustryLevel, defaultMinimumOwnSharePercent: ownShare };
}
