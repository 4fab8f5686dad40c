import { isBusinessRegistrationNumber, parseBusinessRegistrationNumber } from './business-registration-number';
import { isDomainError } from './domain-error';

// Invented numbers with check digits worked out by hand (weights 1 3 7 1 3 7 1 3 5, plus the
// tens of the ninth digit × 5, check = (10 − sum mod 10) mod 10):
//   220-81-0625 ▢: 2+6+0+8+3+0+6+6+25 = 56, + ⌊25/10⌋ = 58 → 2
//   105-86-0123 ▢: 1+0+35+8+18+0+1+6+15 = 84, + ⌊15/10⌋ = 85 → 5
//   211-88-0987 ▢: 2+3+7+8+24+0+9+24+35 = 112, + ⌊35/10⌋ = 115 → 5
//   138-81-0000 ▢: 1+9+56+8+3+0+0+0+0 = 77, + 0 = 77 → 3
//   617-81-0456 ▢: 6+3+49+8+3+0+4+15+30 = 118, + ⌊30/10⌋ = 121 → 9
//   123-45-6789 ▢: 1+6+21+4+15+42+7+24+45 = 165, + ⌊45/10⌋ = 169 → 1 (so 123-45-67890 is invalid)
//   101-01-0101 ▢: 1+0+7+0+3+0+1+0+5 = 17, + 0 = 17 → 3
//   000-00-0000 ▢: 0 → 0

describe('parseBusinessRegistrationNumber', () => {
  it.each([
    ['220-81-06252', '2208106252'],
    ['1058601235', '1058601235'],
    ['211-88-09875', '2118809875'],
    ['138-81-00003', '1388100003'],
    ['617-81-04569', '6178104569'],
    ['101-01-01013', '1010101013'],
    ['0000000000', '0000000000'],
  ])('accepts %s and keeps it as %s', (raw, normalized) => {
    expect(parseBusinessRegistrationNumber(raw)).toBe(normalized);
  });

  it.each(['123-45-67890', '220-81-06253', '1058601230', '211-88-09870', '617-81-04568'])('refuses %s: the check digit does not match', (raw) => {
    expect(parseBusinessRegistrationNumber(raw)).toMatchObject({ code: 'BUSINESS_REGISTRATION_NUMBER.CHECKSUM_MISMATCH', kind: 'rule' });
  });

  it('counts the tens of the ninth digit × 5: without them 211-88-09878 would pass and 211-88-09875 fail', () => {
    expect(isDomainError(parseBusinessRegistrationNumber('211-88-09878'))).toBe(true);
    expect(isDomainError(parseBusinessRegistrationNumber('211-88-09875'))).toBe(false);
  });

  it.each(['', '220810625', '22081062520', '220-8106252', '22-081-06252', '220 81 06252', '220-81-0625２', 'ABC-DE-FGHIJ', ' 2208106252'])(
    'refuses %p: not ten digits in either accepted shape',
    (raw) => {
      expect(parseBusinessRegistrationNumber(raw)).toMatchObject({ code: 'BUSINESS_REGISTRATION_NUMBER.MALFORMED', kind: 'rule' });
    },
  );

  it('keeps the number itself out of the error message', () => {
    const refusal = parseBusinessRegistrationNumber('123-45-67890');
    expect(isDomainError(refusal) && refusal.message).not.toContain('67890');
  });
});

describe('isBusinessRegistrationNumber', () => {
  it('accepts the canonical spelling only: ten ASCII digits', () => {
    expect(isBusinessRegistrationNumber('2208106252')).toBe(true);
    expect(isBusinessRegistrationNumber('314-86-98765')).toBe(false);
    expect(isBusinessRegistrationNumber('104861234')).toBe(false);
    expect(isBusinessRegistrationNumber('22081062520')).toBe(false);
    expect(isBusinessRegistrationNumber('220810625２')).toBe(false);
    expect(isBusinessRegistrationNumber(2208106252)).toBe(false);
  });

  // Recorded and published numbers are compared by equality, not judged again: a number another
  // context has already taken must not start failing where it is only matched.
  it('leaves the check digit to the parser', () => {
    expect(isBusinessRegistrationNumber('2208100011')).toBe(true);
    expect(parseBusinessRegistrationNumber('2208100011')).toMatchObject({ code: 'BUSINESS_REGISTRATION_NUMBER.CHECKSUM_MISMATCH' });
  });
});
