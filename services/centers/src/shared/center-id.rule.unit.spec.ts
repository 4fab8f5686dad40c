import { CENTER_SEEDS, isCenterId } from '@yunghap/centers-domain';
import { CENTER_ID_MAX_LENGTH, CENTER_ID_PATTERN, KNOWN_CENTER_IDS } from './center-id.rule';

describe('center id rule at the edge', () => {
  it('agrees with the domain on what a center id looks like', () => {
    for (const value of ['honam', 'daegu-gyeongbuk', 'a1-b2', 'Honam', '-honam', 'honam-', 'ho--nam', 'ho_nam', '', '호남', 'honam\n']) {
      expect([value, CENTER_ID_PATTERN.test(value)]).toEqual([value, isCenterId(value)]);
    }
  });

  it('admits the seven seeded centers, all within the length limit', () => {
    expect(KNOWN_CENTER_IDS).toEqual(CENTER_SEEDS.map((seed) => seed.centerId));
    expect(KNOWN_CENTER_IDS).toHaveLength(7);
    expect(KNOWN_CENTER_IDS.every((id) => CENTER_ID_PATTERN.test(id) && id.length <= CENTER_ID_MAX_LENGTH)).toBe(true);
  });
});
