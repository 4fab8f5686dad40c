import { centerId } from '../center-id';
import { seedRoutingSetup } from '../seed/centers.seed';
import { provinceReassigned, seededRouting } from '../testing/routing-events.fixtures';
import { routingDecider } from './routing.decider';
import { centerForProvince, currentMapping, mappingAt } from './routing.queries';

const honam = centerId('honam');
const jungbu = centerId('jungbu');
const gyeongnam = centerId('gyeongnam');
const gyeongin = centerId('gyeongin');
const gyeonggiGangwon = centerId('gyeonggi-gangwon');

// Times in Seoul (+09:00); the queries are also asked in UTC to show that the offset is honoured.
const SEEDED = '2026-01-01T00:00:00+09:00';
const MARCH = '2026-03-01T09:00:00+09:00';
const JUNE = '2026-06-01T09:00:00+09:00';
const SEPTEMBER = '2026-09-01T09:00:00+09:00';

const history = [
  seededRouting(SEEDED),
  provinceReassigned('제주', honam, jungbu, 2, MARCH),
  provinceReassigned('강원', gyeonggiGangwon, gyeongin, 3, JUNE),
  provinceReassigned('제주', jungbu, gyeongnam, 4, SEPTEMBER),
];

describe('centerForProvince', () => {
  it('knows no center before the routing was initialised', () => {
    expect(centerForProvince(history, '제주', '2025-12-31T23:59:59+09:00')).toBeUndefined();
    expect(centerForProvince([], '제주', SEPTEMBER)).toBeUndefined();
  });

  it('answers from the seed from the instant of initialisation', () => {
    expect(centerForProvince(history, '제주', SEEDED)).toBe(honam);
    expect(centerForProvince(history, '서울', '2026-02-15T12:00:00+09:00')).toBe(gyeongin);
  });

  it('keeps the old center up to the millisecond before a change', () => {
    expect(centerForProvince(history, '제주', '2026-03-01T08:59:59.999+09:00')).toBe(honam);
    expect(centerForProvince(history, '제주', '2026-02-28T23:59:59.999Z')).toBe(honam);
  });

  it('applies a change from exactly its effective instant, however the instant is written', () => {
    expect(centerForProvince(history, '제주', MARCH)).toBe(jungbu);
    expect(centerForProvince(history, '제주', '2026-03-01T00:00:00Z')).toBe(jungbu);
  });

  it('follows a province through several changes', () => {
    expect(centerForProvince(history, '제주', '2026-05-31T09:00:00+09:00')).toBe(jungbu);
    expect(centerForProvince(history, '제주', '2026-08-31T23:59:59.999Z')).toBe(jungbu);
    expect(centerForProvince(history, '제주', '2026-09-01T00:00:00Z')).toBe(gyeongnam);
    expect(centerForProvince(history, '제주', '2027-01-01T00:00:00+09:00')).toBe(gyeongnam);
  });

  it('moves only the reassigned province', () => {
    expect(centerForProvince(history, '강원', '2026-05-31T00:00:00Z')).toBe(gyeonggiGangwon);
    expect(centerForProvince(history, '강원', JUNE)).toBe(gyeongin);
    expect(centerForProvince(history, '경기', SEPTEMBER)).toBe(gyeonggiGangwon);
    expect(centerForProvince(history, '전남', SEPTEMBER)).toBe(honam);
  });

  it('takes the last of several changes at the same instant', () => {
    const sameInstant = [seededRouting(SEEDED), provinceReassigned('제주', honam, jungbu, 2, MARCH), provinceReassigned('제주', jungbu, gyeongnam, 3, MARCH)];
    expect(centerForProvince(sameInstant, '제주', MARCH)).toBe(gyeongnam);
  });

  it('refuses an instant without an offset, which would depend on the server’s time zone', () => {
    expect(() => centerForProvince(history, '제주', '2026-03-01T09:00:00')).toThrow(RangeError);
  });
});

describe('mappingAt', () => {
  it('tells which mapping version was in force, and since when', () => {
    expect(mappingAt(history, '2026-02-01T00:00:00Z')).toEqual({ mappingVersion: 1, effectiveAt: SEEDED, provinces: seedRoutingSetup().provinces });
    expect(mappingAt(history, '2026-07-01T00:00:00Z')).toMatchObject({ mappingVersion: 3, effectiveAt: JUNE });
    expect(mappingAt(history, SEPTEMBER)).toMatchObject({ mappingVersion: 4, effectiveAt: SEPTEMBER });
  });
});

describe('currentMapping', () => {
  it('is the latest mapping once initialised, and nothing before', () => {
    const state = history.reduce(routingDecider.evolve, routingDecider.initialState());
    expect(currentMapping(state)).toEqual({
      mappingVersion: 4,
      effectiveAt: SEPTEMBER,
      provinces: { ...seedRoutingSetup().provinces, 제주: gyeongnam, 강원: gyeongin },
    });
    expect(currentMapping(routingDecider.initialState())).toBeUndefined();
  });
});
