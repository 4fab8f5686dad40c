import { Province } from '@yunghap/kernel';
import { CenterId, centerId } from '../center-id';
import { CenterDetails } from '../center/center-details';
import { RoutingSetup } from '../routing/routing.commands';

export interface CenterSeed extends CenterDetails {
  readonly centerId: CenterId;
  /** The provinces this center serves in the default mapping. */
  readonly provinces: readonly Province[];
}

/**
 * The seven regional support centers (중소기업 기술 융·복합지원센터) as the program's public
 * material lists them. The province split, 제주's home in particular, is an assumption: it only
 * seeds the routing stream, and program managers change it with events from then on.
 */
export const CENTER_SEEDS: readonly CenterSeed[] = [
  {
    centerId: centerId('gyeongin'),
    regionName: '경인권',
    institution: { nameKo: '서울산업통상진흥원', nameEn: 'Seoul Business Agency' },
    provinces: ['서울', '인천'],
  },
  {
    centerId: centerId('gyeonggi-gangwon'),
    regionName: '경기·강원권',
    institution: { nameKo: '용인송담대학', nameEn: 'Yong-In Songdam College' },
    provinces: ['경기', '강원'],
  },
  {
    centerId: centerId('jungbu'),
    regionName: '중부권',
    institution: { nameKo: '한밭대', nameEn: 'Hanbat National University' },
    provinces: ['대전', '세종', '충북', '충남'],
  },
  {
    centerId: centerId('honam'),
    regionName: '호남권',
    institution: { nameKo: '광주TP', nameEn: 'Gwangju Technopark' },
    provinces: ['광주', '전북', '전남', '제주'],
  },
  {
    centerId: centerId('daegu-gyeongbuk'),
    regionName: '대구·경북권',
    institution: { nameKo: '구미전자정보기술원', nameEn: 'Gumi Electronics & IT Research Institute' },
    provinces: ['대구', '경북'],
  },
  {
    centerId: centerId('busan-ulsan'),
    regionName: '부산·울산권',
    institution: { nameKo: '부산경제진흥원', nameEn: 'Busan Economic Promotion Agency' },
    provinces: ['부산', '울산'],
  },
  {
    centerId: centerId('gyeongnam'),
    regionName: '경남권',
    institution: { nameKo: '경남TP', nameEn: 'Gyeongnam Technopark' },
    provinces: ['경남'],
  },
];

/**
 * The data of the `InitialiseRouting` command that seeds the routing from `seeds`. The routing
 * decider refuses a setup that leaves a province out, so a gap in the seeds cannot go unnoticed.
 */
export function seedRoutingSetup(seeds: readonly CenterSeed[] = CENTER_SEEDS): RoutingSetup {
  const provinces = Object.fromEntries(seeds.flatMap((seed) => seed.provinces.map((province) => [province, seed.centerId]))) as Record<Province, CenterId>;
  return { centerIds: seeds.map((seed) => seed.centerId), provinces };
}
