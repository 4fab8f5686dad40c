import { parseBusinessRegistrationNumber } from '@yunghap/applications-domain';
import { isDomainError } from '@yunghap/kernel';
import { bearer } from '@yunghap/service-harness';
import { eventually } from '@yunghap/testing';
import request from 'supertest';

/** A valid 사업자등록번호 from nine digits: the check digit that the checksum accepts. */
export function registrationNumber(nineDigits: string): string {
  const digit = [...'0123456789'].find((d) => !isDomainError(parseBusinessRegistrationNumber(nineDigits + d)));
  if (digit === undefined) throw new Error(`no check digit fits ${nineDigits}`);
  return nineDigits + digit;
}

export const firm = (nineDigits: string, name: string, industryCode: string, province: string, size: 'small' | 'medium' = 'small') => ({
  registrationNumber: registrationNumber(nineDigits),
  name,
  industryCode,
  province,
  size,
});

/** A consortium's application body: two SMEs asking `requestedAmount` with a budget plan that adds up. */
export function applicationBody(callId: string, title: string, leadFirm: ReturnType<typeof firm>, partner: ReturnType<typeof firm>, requestedAmount: number) {
  return {
    callId,
    leadFirm,
    partnerFirms: [partner],
    task: { title, summary: `${title}: 이업종 중소기업 간 융합기술 개발`, technologyFields: ['AI'], stage: 'rnd', durationMonths: 18 },
    requestedAmount,
    budgetPlan: [
      { category: 'personnel', amount: requestedAmount - 100_000_000 },
      { category: 'equipment-and-materials', amount: 100_000_000 },
    ],
  };
}

export const tokens = {
  pm: bearer({ role: 'program-manager', sub: 'pm-park' }),
  applicant: bearer({ role: 'center-staff', centerId: 'gyeongin', sub: 'intake-kim' }),
  jungbuStaff: bearer({ role: 'center-staff', centerId: 'jungbu', sub: 'staff-choi' }),
  honamStaff: bearer({ role: 'center-staff', centerId: 'honam', sub: 'staff-lim' }),
  member: (userId: string, committeeId: string) => bearer({ role: 'committee-member', committeeIds: [committeeId], sub: userId }),
};

/** Polls a GET until `accept` likes the body; cross-service effects arrive asynchronously. */
export function eventuallyGet<T>(url: string, path: string, token: string, accept: (body: T) => boolean, what: string): Promise<T> {
  return eventually(
    async () => {
      const res = await request(url).get(path).set('Authorization', token);
      return res.status === 200 && accept(res.body as T) ? (res.body as T) : undefined;
    },
    60_000,
    what,
  );
}
