import { Province, PROVINCES } from '@yunghap/kernel';
import { CenterId } from '../center-id';
import { routingDecider } from '../routing/routing.decider';
import { actingAs } from '../testing/command-metadata.fixtures';
import { CENTER_SEEDS, seedRoutingSetup } from './centers.seed';

describe('center seeds', () => {
  it('are the seven regional centers, each with Korean and English institution names', () => {
    expect(CENTER_SEEDS.map((seed) => seed.centerId)).toEqual([
      'gyeongin',
      'gyeonggi-gangwon',
      'jungbu',
      'honam',
      'daegu-gyeongbuk',
      'busan-ulsan',
      'gyeongnam',
    ]);
    expect(CENTER_SEEDS.map((seed) => seed.regionName)).toEqual(['경인권', '경기·강원권', '중부권', '호남권', '대구·경북권', '부산·울산권', '경남권']);
    for (const { institution } of CENTER_SEEDS) {
      expect(institution.nameKo).toMatch(/[가-힣]/);
      expect(institution.nameEn).toMatch(/^[A-Z][A-Za-z&.\- ]+$/);
    }
    expect(CENTER_SEEDS.find((seed) => seed.centerId === 'gyeongin')?.institution).toEqual({ nameKo: '서울산업통상진흥원', nameEn: 'Seoul Business Agency' });
  });

  it('cover every province exactly once', () => {
    const covered = CENTER_SEEDS.flatMap((seed) => seed.provinces);
    expect([...covered].sort()).toEqual([...PROVINCES].sort());
  });

  it('route provinces by the default mapping', () => {
    const expected: Record<string, readonly Province[]> = {
      gyeongin: ['서울', '인천'],
      'gyeonggi-gangwon': ['경기', '강원'],
      jungbu: ['대전', '세종', '충북', '충남'],
      honam: ['광주', '전북', '전남', '제주'],
      'daegu-gyeongbuk': ['대구', '경북'],
      'busan-ulsan': ['부산', '울산'],
      gyeongnam: ['경남'],
    };
    const { provinces } = seedRoutingSetup();
    for (const [center, members] of Object.entries(expected)) {
      for (const province of members) expect([province, provinces[province]]).toEqual([province, center]);
    }
  });

  it('initialise the routing as they stand', () => {
    const decision = routingDecider.decide(
      { type: 'InitialiseRouting', data: seedRoutingSetup(), metadata: actingAs('system') },
      routingDecider.initialState(),
    );
    expect(decision).toHaveLength(1);
  });

  it('that leave a province out are refused by the routing, not silently accepted', () => {
    const withoutJeju = CENTER_SEEDS.map((seed) => ({ ...seed, provinces: seed.provinces.filter((province) => province !== '제주') }));
    const decision = routingDecider.decide(
      { type: 'InitialiseRouting', data: seedRoutingSetup(withoutJeju), metadata: actingAs('system') },
      routingDecider.initialState(),
    );
    expect(decision).toMatchObject({ code: 'ROUTING.INCOMPLETE_MAPPING', details: { missing: ['제주'] } });
  });

  it('list the known centers for the routing even when one serves no province', () => {
    const idle = { ...CENTER_SEEDS[6], provinces: [] };
    const setup = seedRoutingSetup([...CENTER_SEEDS.slice(0, 6), idle]);
    expect(setup.centerIds).toContain<CenterId>(idle.centerId);
    expect(Object.values(setup.provinces)).not.toContain(idle.centerId);
  });
});
