import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { targetConstructorToSchema } from 'class-validator-jsonschema';
import { parseContract } from './contract';
import { ApplicationScreenedV1 } from './applications.contracts';
import { ProvinceRoutingChangedV1 } from './centers.contracts';
import { IsBusinessRegistrationNumber, IsKsicCode, IsProvince } from './identifier.validators';

class FirmRequest {
  @IsBusinessRegistrationNumber() readonly registrationNumber!: string;
  @IsKsicCode('division', { each: true }) readonly industries!: string[];
  @IsProvince() readonly province!: string;
}

const violationsOf = (body: object) =>
  validateSync(plainToInstance(FirmRequest, body)).map(({ property, constraints }) => ({
    property,
    rules: Object.keys(constraints ?? {}),
    messages: Object.values(constraints ?? {}),
  }));

describe('the identifier rules', () => {
  const valid = { registrationNumber: '2208106252', industries: ['C', 'C26'], province: '제주' };

  it('accept what the kernel accepts, a decomposed 제주 included', () => {
    expect(violationsOf(valid)).toEqual([]);
    expect(violationsOf({ ...valid, province: '제주'.normalize('NFD') })).toEqual([]);
  });

  it("name the field and the rule, with the kernel's reason", () => {
    expect(violationsOf({ registrationNumber: '220-81-06252', industries: ['C', 'C261'], province: 'Jeju' })).toEqual([
      {
        property: 'registrationNumber',
        rules: ['isBusinessRegistrationNumber'],
        messages: [expect.stringMatching(/^registrationNumber: .*ten digits without hyphens/)],
      },
      {
        property: 'industries',
        rules: ['isKsicCode'],
        messages: [expect.stringMatching(/^industries: A KSIC industry code is a section letter A–U, optionally followed by 2 digits/)],
      },
      { property: 'province', rules: ['isProvince'], messages: [expect.stringMatching(/^province: .*17 short names/)] },
    ]);
    expect(violationsOf({ ...valid, registrationNumber: 2208106252 })).toEqual([
      expect.objectContaining({ property: 'registrationNumber', messages: ['registrationNumber must be a string'] }),
    ]);
  });

  it('state their shapes for the OpenAPI documents, on each item of a list', () => {
    const { properties } = targetConstructorToSchema(FirmRequest) as { properties: Record<string, Record<string, unknown>> };
    expect(properties['registrationNumber']).toMatchObject({ pattern: '^\\d{10}$' });
    expect(properties['industries']).toEqual({ type: 'array', items: { type: 'string', pattern: '^[A-U](\\d{2})?$' } });
    expect(properties['province']).toMatchObject({ enum: expect.arrayContaining(['서울', '제주']) });
  });
});

describe('identifiers in the contracts', () => {
  const screened = {
    applicationId: 'app-1',
    callId: 'call-2026-it',
    centerId: 'honam',
    eligible: true,
    failedRules: [],
    memberRegistrationNumbers: ['1248100998', '2208162517'],
    requestedWon: 300_000_000,
    submittedAt: '2026-03-10T01:00:00.000Z',
    screenedAt: '2026-03-12T05:00:00.000Z',
  };

  it('carry registration numbers in the canonical spelling only, each member checked', () => {
    expect(() => parseContract(ApplicationScreenedV1, { ...screened, memberRegistrationNumbers: ['1248100998', '220-81-62517'] })).toThrow(
      /memberRegistrationNumbers: .*without hyphens/,
    );
  });

  it('read provinces as the kernel does', () => {
    const routed = { province: '제주'.normalize('NFD'), toCenterId: 'honam', mappingVersion: 1, effectiveAt: '2026-01-02T09:00:00+09:00' };
    expect(parseContract(ProvinceRoutingChangedV1, routed)).toMatchObject({ toCenterId: 'honam' });
    expect(() => parseContract(ProvinceRoutingChangedV1, { ...routed, province: 'Jeju' })).toThrow(/province: /);
  });
});
