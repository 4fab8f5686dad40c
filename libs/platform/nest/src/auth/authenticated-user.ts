import { BUSINESS_REGISTRATION_NUMBER_PATTERN, HUMAN_ROLES, isDomainError, parseBusinessRegistrationNumber, TOKEN_ROLES, TokenRole } from '@yunghap/kernel';

// Declared in the kernel so the contexts' role tables can name them; offered here with the rest of auth.
export { HUMAN_ROLES, TOKEN_ROLES };

/**
 * Who calls, from the bearer token. Center staff are bound to one center, committee members to
 * their committees, an applicant to one firm; `gateway` is the gateway itself; the other roles
 * are program-wide.
 */
export interface AuthenticatedUser {
  readonly userId: string;
  readonly role: TokenRole;
  readonly name?: string;
  readonly centerId?: string;
  readonly committeeIds: readonly string[];
  /** The applicant's firm: its 사업자등록번호, ten digits. Set for applicants only. */
  readonly firmId?: string;
}

/**
 * The claims of a service token, as the gateway mints them (EdDSA) and `npm run token` signs them
 * for local work (HS256). Example: `{ sub: 'applicant-hanbit', role: 'applicant', firmId: '3148123478' }`.
 */
export interface TokenClaims {
  readonly sub: string;
  readonly role: TokenRole;
  readonly name?: string;
  /** Center staff: the center whose staff list names them. */
  readonly centerId?: string;
  /** Committee members: the committees they sit on now. */
  readonly committeeIds?: readonly string[];
  /** Applicants: the firm they are confirmed for, ten digits without hyphens. */
  readonly firmId?: string;
}

/** Claims as a token carries them, before anyone checked them. */
export type UncheckedClaims = { readonly [Claim in keyof TokenClaims]?: unknown };

/** Why a token's claims describe no caller: Korean and English, for the problem's detail. */
export interface ClaimsRefusal {
  readonly ko: string;
  readonly en: string;
}

const refusal = (ko: string, en: string): ClaimsRefusal => ({ ko, en });

const isTokenRole = (role: unknown): role is TokenRole => TOKEN_ROLES.includes(role as TokenRole);

// Digits only, as the contract spells it, and a number the National Tax Service could have issued.
const isFirmId = (value: unknown): value is string =>
  typeof value === 'string' && BUSINESS_REGISTRATION_NUMBER_PATTERN.test(value) && !isDomainError(parseBusinessRegistrationNumber(value));

/** Refuses claims that do not describe a caller the platform knows how to scope; never `system`. */
export function userFromClaims(claims: UncheckedClaims): AuthenticatedUser | ClaimsRefusal {
  const { sub, role, name, centerId, committeeIds, firmId } = claims;
  if (typeof sub !== 'string' || sub.length === 0) return refusal('토큰에 사용자(sub)가 없습니다', 'the token has no subject');
  if (!isTokenRole(role)) return refusal(`알 수 없는 역할입니다: ${JSON.stringify(role)}`, `unknown role ${JSON.stringify(role)}`);
  if (role === 'center-staff' && (typeof centerId !== 'string' || centerId.length === 0))
    return refusal('센터 직원 토큰에는 centerId가 있어야 합니다', 'a center-staff token must name its centerId');
  // The number itself stays out of the message: a sole proprietor's can identify a person.
  if (role === 'applicant' && !isFirmId(firmId))
    return refusal('신청인 토큰에는 유효한 사업자등록번호(firmId, 숫자 10자리)가 있어야 합니다', 'an applicant token must carry a valid firmId (ten digits)');
  return {
    userId: sub,
    role,
    name: typeof name === 'string' ? name : undefined,
    centerId: typeof centerId === 'string' ? centerId : undefined,
    committeeIds: Array.isArray(committeeIds) ? committeeIds.filter((id): id is string => typeof id === 'string') : [],
    ...(role === 'applicant' && isFirmId(firmId) && { firmId }),
  };
}

/** True when `userFromClaims` refused. */
export const isClaimsRefusal = (checked: AuthenticatedUser | ClaimsRefusal): checked is ClaimsRefusal => !('userId' in checked);
