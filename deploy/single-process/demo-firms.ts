// The fictitious firms of the demo's second call, and the checksum that lets them pass screening as real ones would.
import { isDomainError, parseBusinessRegistrationNumber } from '@yunghap/kernel';

export interface DemoFirm {
  readonly registrationNumber: string;
  readonly name: string;
  readonly industryCode: string;
  readonly province: string;
  readonly size: 'small' | 'medium';
}

/** The 사업자등록번호 whose first nine digits are `nineDigits`, ended by the National Tax Service check digit. */
export function withCheckDigit(nineDigits: string): string {
  const digit = [...'0123456789'].find((candidate) => !isDomainError(parseBusinessRegistrationNumber(nineDigits + candidate)));
  if (digit === undefined) throw new Error(`demo seed: no check digit fits ${nineDigits}`);
  return nineDigits + digit;
}

const firm = (nineDigits: string, name: string, industryCode: string, province: string, size: DemoFirm['size'] = 'small'): DemoFirm => ({
  registrationNumber: withCheckDigit(nineDigits),
  name,
  industryCode,
  province,
  size,
});

// Each pair crosses KSIC sections or divisions, so screening finds them of different industries.
export const advancedFirms = {
  daedeok: firm('305861207', '대덕하이드로젠', 'C28119', '대전'),
  cheongram: firm('301815529', '청람AI랩', 'J62021', '충북'),
  ochang: firm('317814402', '오창광학', 'C27302', '충북', 'medium'),
  sejongRobotics: firm('320860913', '세종로보틱스', 'C29280', '세종'),
  bitgoeul: firm('410863318', '빛고을복합소재', 'C22291', '광주'),
  yeongsan: firm('411817724', '영산엔지니어링', 'M72129', '전남'),
} as const;

/** The senior firm one of the demo's mentors works for: its own consortia would be a conflict of interest. */
export const jungwonMachinery = firm('303812245', '중원기계', 'C29199', '충북', 'medium');
