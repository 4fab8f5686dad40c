import { sameOriginPath } from './return-to';

describe('sameOriginPath', () => {
  it('keeps a path on this site, with its query and fragment', () => {
    expect(sameOriginPath(undefined)).toBe('/');
    expect(sameOriginPath('/applications/a-1?tab=2#files')).toBe('/applications/a-1?tab=2#files');
  });

  it.each(['https://evil.example/', '//evil.example', '/\\evil.example', 'applications', '/\tx', 'javascript:alert(1)'])('refuses %s', (raw) => {
    expect(sameOriginPath(raw)).toBeNull();
  });
});
