import i18next from 'i18next';
import en from '../i18n/en.json';
import ko from '../i18n/ko.json';
import { roleLabel } from './role-label';

describe('roleLabel', () => {
  const i18n = i18next.createInstance();
  beforeAll(() => i18n.init({ resources: { ko: { translation: ko }, en: { translation: en } }, lng: 'ko', interpolation: { escapeValue: false } }));

  it('words the role and its scope in the person’s language', async () => {
    const staff = { role: 'center-staff', centerId: 'jungbu', scopeName: '중부권', label: '중부권 센터 담당자' } as const;
    const applicant = { role: 'applicant', firmId: '3148123478', scopeName: '한빛정밀', label: '한빛정밀 신청 담당자' } as const;
    const member = { role: 'committee-member', committeeIds: ['a', 'b'], label: '평가위원 (위원회 2곳)' } as const;
    expect([staff, applicant, member].map((option) => roleLabel(option, i18n.t))).toEqual([
      '중부권 센터 담당자',
      '한빛정밀 신청 담당자',
      '평가위원 (위원회 2곳)',
    ]);
    await i18n.changeLanguage('en');
    expect([staff, applicant, member].map((option) => roleLabel(option, i18n.t))).toEqual([
      'Center staff, 중부권',
      'Applicant for 한빛정밀',
      'Committee member (2 committees)',
    ]);
  });
});
