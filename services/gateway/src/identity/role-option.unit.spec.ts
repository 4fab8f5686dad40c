import { activeRoleAfter, PersonRecords, roleOptionsOf } from './role-option';

const nobody: PersonRecords = { staff: [], committeeIds: [], applicant: null };

describe('roleOptionsOf', () => {
  it('offers the program role first, then each staff assignment, the committees and a confirmed firm', () => {
    const options = roleOptionsOf({
      programRole: 'auditor',
      staff: [{ centerId: 'jungbu', regionName: '중부권' }, { centerId: 'honam' }],
      committeeIds: ['c-1', 'c-2'],
      applicant: { registrationNumber: '3148123478', firmName: '한빛정밀', status: 'confirmed' },
    });
    expect(options).toEqual([
      { role: 'auditor', label: '감사 담당자' },
      { role: 'center-staff', centerId: 'jungbu', scopeName: '중부권', label: '중부권 센터 담당자' },
      { role: 'center-staff', centerId: 'honam', scopeName: 'honam', label: 'honam 센터 담당자' },
      { role: 'committee-member', committeeIds: ['c-1', 'c-2'], label: '평가위원 (위원회 2곳)' },
      { role: 'applicant', firmId: '3148123478', scopeName: '한빛정밀', label: '한빛정밀 신청 담당자' },
    ]);
  });

  it('offers nothing for a pending or rejected applicant', () => {
    for (const status of ['pending', 'rejected'] as const) {
      expect(roleOptionsOf({ ...nobody, applicant: { registrationNumber: '3148123478', firmName: '한빛정밀', status } })).toEqual([]);
    }
  });
});

describe('activeRoleAfter', () => {
  const jungbu = { role: 'center-staff', centerId: 'jungbu', label: '중부권 센터 담당자' } as const;
  const member = { role: 'committee-member', committeeIds: ['c-1'], label: '평가위원 (위원회 1곳)' } as const;

  it('keeps the active role while it is offered, with its new scope', () => {
    const wider = { ...member, committeeIds: ['c-1', 'c-2'] };
    expect(activeRoleAfter(member, [jungbu, wider])).toBe(wider);
  });

  it('falls back to the first option, or to none', () => {
    expect(activeRoleAfter({ ...jungbu, centerId: 'honam' }, [member, jungbu])).toBe(member);
    expect(activeRoleAfter(jungbu, [])).toBeUndefined();
  });
});
