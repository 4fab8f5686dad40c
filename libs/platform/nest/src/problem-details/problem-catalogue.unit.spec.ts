import { fillTemplate, placeholdersOf } from './problem-catalogue';

describe('problem catalogue templates', () => {
  it('fills placeholders from the details, lists joined', () => {
    expect(fillTemplate('{role} 역할은 안 됩니다(허용: {allowed}).', { role: 'finance', allowed: ['program-manager', 'auditor'] })).toBe(
      'finance 역할은 안 됩니다(허용: program-manager, auditor).',
    );
    expect(placeholdersOf('{a} and {b} and {a}')).toEqual(['a', 'b', 'a']);
  });

  it('gives nothing rather than a half-filled text when a value is missing or not printable', () => {
    expect(fillTemplate('신청 {applicationId}', {})).toBeUndefined();
    expect(fillTemplate('위반 {violations}', { violations: [{ field: 'x' }] })).toBeUndefined();
  });
});
