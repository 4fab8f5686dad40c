import { BusinessRegistrationNumber, KsicCode } from '@yunghap/kernel';
import { Firm, FirmSize } from '../application-content';

// The consortia the program's own press material shows off (DOMAIN.md, "Who applies"), and two
// that must not pass, as member lists for the industry rule.
//
// Codes: 한국표준산업분류 10th revision (통계청 고시 제2017-13호), subclass level, chosen from the
// business each firm is described with in the press material (부직포, 침구, 광학, IT, 진단키트).
// They were not read from the firms' own registrations, which this machine cannot reach; the test
// depends only on where the pairs part, which follows from the businesses:
//   C13992 부직포 및 펠트 제조업            (group C139 기타 섬유제품)       — 남양부직포, nonwoven fabrics
//   C13221 침구 및 관련 제품 제조업          (group C132 직물직조 및 직물제품) — 이브자리, bedding
//   C27301 광학렌즈 및 광학요소 제조업       (division C27)                   — 웨이투텍, optics
//   J62010 컴퓨터 프로그래밍 서비스업        (section J)                      — 그린정보통신, IT
//   M70113 의학 및 약학 연구개발업           (section M)                      — 지노믹트리, molecular diagnostics
//   C21300 의료용품 및 기타 의약 관련제품 제조업 (division C21)              — 나노헬릭스, diagnostic reagents
//   C29294 주형 및 금형 제조업               (group C292)                     — two injection-mould makers
//   C29199 그 외 기타 일반 목적용 기계 제조업 (group C291)                    — a machinery maker
//   C24311 선철 주물 주조업                  (group C243)                     — a metals (casting) firm
// The registration numbers are invented, with valid check digits.

const firm = (registrationNumber: string, name: string, industryCode: string, size: FirmSize = 'small'): Firm => ({
  registrationNumber: registrationNumber as BusinessRegistrationNumber,
  name,
  industryCode: industryCode as KsicCode,
  province: '경기',
  size,
});

export const SHOWCASE_FIRMS = {
  namyangNonwoven: firm('2208106252', '남양부직포', 'C13992'),
  ibzari: firm('1058601235', '이브자리', 'C13221', 'medium'),
  waytotec: firm('3148123459', '웨이투텍', 'C27301'),
  greenInfoComm: firm('3058677714', '그린정보통신', 'J62010'),
  genomictree: firm('3128112354', '지노믹트리', 'M70113', 'medium'),
  nanohelix: firm('3018876546', '나노헬릭스', 'C21300'),
} as const;

export const SAME_BUSINESS_FIRMS = {
  firstMouldMaker: firm('3108246821', '한결금형', 'C29294'),
  secondMouldMaker: firm('3078511138', '대한사출금형', 'C29294'),
  machineryMaker: firm('3178199905', '금강기계', 'C29199', 'medium'),
  metalsFirm: firm('3098665409', '보람금속', 'C24311'),
} as const;

/** The program's showcase pairs, lead firm first: each must pass the industry rule by default. */
export const SHOWCASE_PAIRS: readonly (readonly [Firm, Firm])[] = [
  [SHOWCASE_FIRMS.namyangNonwoven, SHOWCASE_FIRMS.ibzari],
  [SHOWCASE_FIRMS.waytotec, SHOWCASE_FIRMS.greenInfoComm],
  [SHOWCASE_FIRMS.genomictree, SHOWCASE_FIRMS.nanohelix],
];
