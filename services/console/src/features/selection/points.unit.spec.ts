import { pointsOf } from './points';

describe('a total in points', () => {
  it('reads hundredths as points, to two places at most', () => {
    expect(pointsOf(8520, 'ko')).toBe('85.2');
    expect(pointsOf(7033, 'en')).toBe('70.33');
    expect(pointsOf(10000, 'ko')).toBe('100');
  });
});
