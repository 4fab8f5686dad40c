import { inLanguage, languagesOf } from './localized-text';

describe('languagesOf', () => {
  it('splits "한국어. (English.)" at its trailing group', () => {
    expect(languagesOf('요청이 올바르지 않습니다. (The request is invalid.)')).toEqual({ ko: '요청이 올바르지 않습니다.', en: 'The request is invalid.' });
    expect(languagesOf('요청한 신청이(가) 없습니다: a-1 (No application with id a-1 (draft).)')).toEqual({
      ko: '요청한 신청이(가) 없습니다: a-1',
      en: 'No application with id a-1 (draft).',
    });
  });

  it('takes a text without an English group for Korean, and one starting in Latin letters for English', () => {
    expect(languagesOf('신청자 등록이 있습니다(확인 대기)')).toEqual({ ko: '신청자 등록이 있습니다(확인 대기)' });
    expect(languagesOf('검증번호가 맞지 않습니다 (예: 123-45-67890)')).toEqual({ ko: '검증번호가 맞지 않습니다 (예: 123-45-67890)' });
    expect(languagesOf('The province must be one of the 17 short names, e.g. 서울, 경기, 제주')).toEqual({
      en: 'The province must be one of the 17 short names, e.g. 서울, 경기, 제주',
    });
    expect(languagesOf('Engagement e-1 has not started (proposed)')).toEqual({ en: 'Engagement e-1 has not started (proposed)' });
  });

  it('falls back to the language a text has', () => {
    expect(inLanguage({ en: 'only English' }, 'ko')).toBe('only English');
    expect(inLanguage({ ko: '한국어만' }, 'en')).toBe('한국어만');
  });
});
