import { contentInput } from '@yunghap/applications-domain/testing';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DraftApplicationRequest } from './applications.request.dto';

// The body check of the edge, as the validation pipe runs it (whitelist, unknown fields refused).
const violationsWith = (province: string) => {
  const body = { callId: 'call-2026-it', ...contentInput({ partnerFirms: [] }) };
  const request = plainToInstance(DraftApplicationRequest, { ...body, leadFirm: { ...body.leadFirm, province } });
  return validateSync(request, { whitelist: true, forbidNonWhitelisted: true }).flatMap(({ property, children }) =>
    (children ?? []).map((child) => ({ field: `${property}.${child.property}`, rules: Object.keys(child.constraints ?? {}) })),
  );
};

describe('a draft application at the edge', () => {
  it('takes a province as the centers do: a decomposed (NFD) 제주 is 제주, not a 400', () => {
    expect(violationsWith('제주')).toEqual([]);
    expect(violationsWith('제주'.normalize('NFD'))).toEqual([]);
  });

  it('names the field and the rule of a province the kernel does not know', () => {
    expect(violationsWith('Jeju')).toEqual([{ field: 'leadFirm.province', rules: ['isProvince'] }]);
  });
});
