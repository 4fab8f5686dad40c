import { formatBytes } from './bytes';

describe('formatBytes', () => {
  it('keeps small sizes in bytes and steps up by 1,024', () => {
    expect(formatBytes(512, 'en')).toBe('512 byte');
    expect(formatBytes(1536, 'en')).toBe('1.5 kB');
    expect(formatBytes(20 * 1024 * 1024, 'en')).toBe('20 MB');
  });

  it('writes the units after the number without a space in Korean', () => {
    expect(formatBytes(482_113, 'ko')).toBe('470.8kB');
  });
});
