import { ProvinceRouting } from '@yunghap/applications-domain';
import { mappingInForce } from './mapping-in-force';

const change = (province: ProvinceRouting['province'], toCenterId: string, mappingVersion: number, effectiveAt: string): ProvinceRouting => ({
  province,
  fromCenterId: null,
  toCenterId,
  mappingVersion,
  effectiveAt,
});

describe('mappingInForce', () => {
  const initial = '2026-01-02T09:00:00+09:00';
  const reassigned = '2026-04-01T00:00:00Z';
  // Per-province messages arrive in any order across provinces.
  const changes = [change('제주', 'jungbu', 2, reassigned), change('제주', 'honam', 1, initial), change('서울', 'gyeongin', 1, initial)];

  it('knows nothing before the first change takes effect', () => {
    expect(mappingInForce(changes, '2026-01-01T23:59:59Z')).toBeUndefined();
    expect(mappingInForce([], initial)).toBeUndefined();
  });

  it('applies a change from its effective instant inclusive, compared as instants across time zones', () => {
    expect(mappingInForce(changes, '2026-04-01T08:59:59+09:00')).toEqual({
      mappingVersion: 1,
      effectiveAt: initial,
      provinces: { 제주: 'honam', 서울: 'gyeongin' },
    });
    expect(mappingInForce(changes, '2026-04-01T09:00:00+09:00')).toEqual({
      mappingVersion: 2,
      effectiveAt: reassigned,
      provinces: { 제주: 'jungbu', 서울: 'gyeongin' },
    });
  });
});
