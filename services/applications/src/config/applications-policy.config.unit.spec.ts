import { ConfigError } from '@yunghap/platform-nest';
import { loadApplicationsPolicy } from './applications-policy.config';

describe('loadApplicationsPolicy', () => {
  it('defaults to industries compared by KSIC group and a 25 % own share', () => {
    expect(loadApplicationsPolicy({})).toEqual({ defaultIndustryLevel: 'group', defaultMinimumOwnSharePercent: 25 });
  });

  it('reads every setting', () => {
    expect(loadApplicationsPolicy({ APPLICATIONS_INDUSTRY_LEVEL: 'class', APPLICATIONS_MINIMUM_OWN_SHARE_PERCENT: '0' })).toEqual({
      defaultIndustryLevel: 'class',
      defaultMinimumOwnSharePercent: 0,
    });
  });

  it('fails fast naming the variable', () => {
    expect(() => loadApplicationsPolicy({ APPLICATIONS_MINIMUM_OWN_SHARE_PERCENT: '2.5e1' })).toThrow(ConfigError);
    expect(() => loadApplicationsPolicy({ APPLICATIONS_INDUSTRY_LEVEL: 'subclass' })).toThrow(/APPLICATIONS_INDUSTRY_LEVEL/);
    expect(() => loadApplicationsPolicy({ APPLICATIONS_MINIMUM_OWN_SHARE_PERCENT: '100' })).toThrow(/APPLICATIONS_MINIMUM_OWN_SHARE_PERCENT/);
  });
});
