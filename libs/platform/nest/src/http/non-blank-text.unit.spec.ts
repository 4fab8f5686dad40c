import { NON_BLANK_TEXT_PATTERN } from './non-blank-text';

describe('the non-blank text rule', () => {
  // The domain refuses a reason `trim` leaves empty; the pattern must say the same.
  it('take a text as not blank exactly when trim leaves something', () => {
    const samples = [' ', '\t\n', '\u3000', '\ufeff', '\u00a0\u2028', '\u001c', '\u0085', ' r ', 'x', '제주', '\u0000', ' \u0000 '];
    for (const sample of samples) {
      expect([sample, NON_BLANK_TEXT_PATTERN.test(sample)]).toEqual([sample, sample.trim() !== '' && !sample.includes('\u0000')]);
    }
  });
});
