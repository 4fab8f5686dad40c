import { BUSINESS_PLAN_ACCEPT, BUSINESS_PLAN_MAX_BYTES, checkBusinessPlanFile, contentDispositionOf } from './business-plan-file';

describe('checkBusinessPlanFile', () => {
  it('takes PDF, HWP and HWPX by their extension, in any case, with the type the service expects', () => {
    expect(checkBusinessPlanFile({ name: '사업계획서.pdf', size: 10 })).toEqual({ outcome: 'valid', mediaType: 'application/pdf' });
    expect(checkBusinessPlanFile({ name: '사업계획서.HWP', size: 10 })).toEqual({ outcome: 'valid', mediaType: 'application/x-hwp' });
    expect(checkBusinessPlanFile({ name: 'plan.v2.hwpx', size: 10 })).toEqual({ outcome: 'valid', mediaType: 'application/hwp+zip' });
    expect(BUSINESS_PLAN_ACCEPT).toBe('.pdf,.hwp,.hwpx');
  });

  it('refuses other files, empty ones and those over 20 MiB before anything is sent', () => {
    expect(checkBusinessPlanFile({ name: 'plan.docx', size: 10 }).outcome).toBe('unsupported');
    expect(checkBusinessPlanFile({ name: 'pdf', size: 10 }).outcome).toBe('unsupported');
    expect(checkBusinessPlanFile({ name: 'plan.pdf', size: 0 }).outcome).toBe('empty');
    expect(checkBusinessPlanFile({ name: 'plan.pdf', size: BUSINESS_PLAN_MAX_BYTES }).outcome).toBe('valid');
    expect(checkBusinessPlanFile({ name: 'plan.pdf', size: BUSINESS_PLAN_MAX_BYTES + 1 }).outcome).toBe('too-large');
  });
});

describe('contentDispositionOf', () => {
  it('percent-encodes the name as UTF-8, the characters RFC 8187 reserves included', () => {
    expect(contentDispositionOf('사업계획서 (최종).pdf')).toBe(
      "attachment; filename*=UTF-8''%EC%82%AC%EC%97%85%EA%B3%84%ED%9A%8D%EC%84%9C%20%28%EC%B5%9C%EC%A2%85%29.pdf",
    );
    expect(decodeURIComponent(contentDispositionOf("it's.pdf").split("''")[1] ?? '')).toBe("it's.pdf");
  });
});
