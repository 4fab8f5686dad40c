import { parseContract } from './contract';
import { ApplicationSubmittedV1 } from './index';

const submitted = {
  applicationId: 'app-1',
  callId: 'call-2026-it',
  centerId: 'jungbu',
  mappingVersion: 1,
  title: '스마트 공정 융합 과제',
  leadRegistrationNumber: '1248100998',
  memberRegistrationNumbers: ['1248100998', '2208162517'],
  requestedWon: 300_000_000,
  submittedAt: '2026-03-10T01:00:00.000Z',
};
const members = [
  { registrationNumber: '1248100998', name: '한밭정밀', lead: true },
  { registrationNumber: '2208162517', name: '누리소프트', lead: false },
];

describe('applications.ApplicationSubmitted v1', () => {
  it('names the consortium’s firms with their names and the lead firm', () => {
    expect(parseContract(ApplicationSubmittedV1, { ...submitted, members })).toMatchObject({ members });
  });

  it('still reads messages sent before the names travelled', () => {
    expect(parseContract(ApplicationSubmittedV1, submitted)).not.toHaveProperty('members');
  });

  it('carries the lead firm’s province, absent from older messages, and refuses anything but the 17 short names', () => {
    expect(parseContract(ApplicationSubmittedV1, { ...submitted, province: '대전' })).toMatchObject({ province: '대전' });
    expect(parseContract(ApplicationSubmittedV1, submitted)).not.toHaveProperty('province');
    expect(() => parseContract(ApplicationSubmittedV1, { ...submitted, province: '대전광역시' })).toThrow(/province/);
  });

  it('refuses a member without a name, a lead mark or a valid registration number', () => {
    expect(() => parseContract(ApplicationSubmittedV1, { ...submitted, members: [{ registrationNumber: '1248100998', lead: true }] })).toThrow(
      /members\.0\.name/,
    );
    expect(() => parseContract(ApplicationSubmittedV1, { ...submitted, members: [{ registrationNumber: '1248100998', name: 'x' }] })).toThrow(
      /members\.0\.lead/,
    );
    expect(() => parseContract(ApplicationSubmittedV1, { ...submitted, members: [{ ...members[0], registrationNumber: '124-81-00998' }] })).toThrow(
      /members\.0\.registrationNumber/,
    );
    expect(() => parseContract(ApplicationSubmittedV1, { ...submitted, members: [] })).toThrow(/members/);
  });
});
