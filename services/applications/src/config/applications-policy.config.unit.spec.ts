import { ConfigError } from '@yunghap/platform-nest';
import { loadApplicationsPolicy } from './applications-policy.config';

describe('loadApplicationsPolicy', () => {
  it('defaults to DOMAIN.md: ₩500,000,000 per project, industries compared by KSIC section', () => {
    expect(loadApplicationsPolicy({})).toEqual({ maxGrantPerProject: 500_000_000, industryGranularity: 'section' });
  });

  it('reads both settings', () => {
    expect(loadApplicationsPolicy({ APPLICATIONS_MAX_GRANT_WON: '300000000', APPLICATIONS_INDUSTRY_GRANULARITY: 'division' })).toEqual({
      maxGrantPerProject: 300_000_000,
      industryGranularity: 'division',
    });
  });

  it('fails fast naming the variable', () => {
    expect(() => loadApplicationsPolicy({ APPLICATIONS_MAX_GRANT_WON: '5e8' })).toThrow(ConfigError);
    expect(() => loadApplicationsPolicy({ APPLICATIONS_MAX_GRANT_WON: '0' })).toThrow(/APPLICATIONS_MAX_GRANT_WON/);
    expect(() => loadApplicationsPolicy({ APPLICATIONS_MAX_GRANT_WON: '9007199254740993' })).toThrow(/APPLICATIONS_MAX_GRANT_WON/);
    expect(() => loadApplicationsPolicy({ APPLICATIONS_INDUSTRY_GRANULARITY: 'class' })).toThrow(/APPLICATIONS_INDUSTRY_GRANULARITY/);
  });
});
