import { DomainError } from '@yunghap/kernel';
import { ValueError } from './applications.errors';

/** The 17 first-level divisions (광역자치단체) by the short names used in routing tables. */
export const PROVINCES = ['서울', '부산', '대구', '인천', '광주', '대전', '울산', '세종', '경기', '강원', '충북', '충남', '전북', '전남', '경북', '경남', '제주'] as const;
export type Province = (typeof PROVINCES)[number];

function isProvince(raw: string): raw is Province {
  return (PROVINCES as readonly string[]).includes(raw);
}

/** Example: `parseProvince('대전')` → `'대전'`; full names such as '대전광역시' are refused. */
export function parseProvince(raw: string): Province | DomainError {
  return isProvince(raw) ? raw : ValueError.becauseProvinceUnknown();
}
