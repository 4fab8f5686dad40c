import type { HumanRole } from '@yunghap/kernel';
import type { ProgramRole } from '../config/gateway-config';

/** One role a signed-in person may act in, as `/auth/session` lists it. */
export interface RoleOption {
  readonly role: HumanRole;
  readonly centerId?: string;
  readonly committeeIds?: readonly string[];
  /** The firm's 사업자등록번호 (applicant). */
  readonly firmId?: string;
  /** What the scope is called (the center's region, the firm's name), for a console that words the role in its own language. */
  readonly scopeName?: string;
  /** Korean, for the role switcher: "중부권 센터 담당자". */
  readonly label: string;
}

/** What Yunghap's records say about a person (the services' read endpoints for the gateway). */
export interface PersonRecords {
  readonly programRole?: ProgramRole;
  readonly staff: readonly { readonly centerId: string; readonly regionName?: string }[];
  readonly committeeIds: readonly string[];
  readonly applicant: null | { readonly registrationNumber: string; readonly firmName: string; readonly status: 'pending' | 'confirmed' | 'rejected' };
}

const PROGRAM_ROLE_LABELS: Record<ProgramRole, string> = { 'program-manager': '사업 총괄 관리자', finance: '재무 담당자', auditor: '감사 담당자' };

/**
 * The roles a person may choose from, program-wide first. A pending or refused applicant is no
 * applicant yet; each staff assignment is its own role, scoped to its center.
 * Example: `roleOptionsOf({ staff: [{ centerId: 'jungbu', regionName: '중부권' }], committeeIds: [], applicant: null })`
 *   → `[{ role: 'center-staff', centerId: 'jungbu', scopeName: '중부권', label: '중부권 센터 담당자' }]`.
 */
export function roleOptionsOf(records: PersonRecords): RoleOption[] {
  const options: RoleOption[] = [];
  if (records.programRole) options.push({ role: records.programRole, label: PROGRAM_ROLE_LABELS[records.programRole] });
  for (const { centerId, regionName } of records.staff)
    options.push({ role: 'center-staff', centerId, scopeName: regionName ?? centerId, label: `${regionName ?? centerId} 센터 담당자` });
  if (records.committeeIds.length > 0) {
    options.push({ role: 'committee-member', committeeIds: [...records.committeeIds], label: `평가위원 (위원회 ${records.committeeIds.length}곳)` });
  }
  if (records.applicant?.status === 'confirmed') {
    const { registrationNumber, firmName } = records.applicant;
    options.push({ role: 'applicant', firmId: registrationNumber, scopeName: firmName, label: `${firmName} 신청 담당자` });
  }
  return options;
}

/** A role as a person picks it: `{ role: 'center-staff', centerId: 'jungbu' }`. */
export interface RoleChoice {
  readonly role: string;
  readonly centerId?: string;
}

/** Two options name the same role when role and scope match (the label may have changed). */
export function sameRole(a: RoleChoice, b: RoleChoice): boolean {
  return a.role === b.role && (a.centerId ?? null) === (b.centerId ?? null);
}

/** The active role after a resolution: kept while still offered (with its new scope), else the first option, else none. */
export function activeRoleAfter(previous: RoleOption | undefined, options: readonly RoleOption[]): RoleOption | undefined {
  return (previous && options.find((option) => sameRole(option, previous))) ?? options[0];
}
