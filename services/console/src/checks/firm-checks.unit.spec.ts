import { canonicalRegistrationNumber, checkKsicCode, checkRegistrationNumber } from './firm-checks';

describe('the business registration number as typed', () => {
  it('accepts a number whose tenth digit is the check digit, with or without hyphens', () => {
    expect(checkRegistrationNumber('220-81-06252')).toBe('valid');
    expect(checkRegistrationNumber('2208106252')).toBe('valid');
    expect(checkRegistrationNumber('3148123478')).toBe('valid');
  });

  it('says the check digit is wrong when one digit is mistyped', () => {
    expect(checkRegistrationNumber('220-81-06253')).toBe('checksum');
    expect(checkRegistrationNumber('3148123470')).toBe('checksum');
  });

  it('waits while the number is still being typed', () => {
    expect(checkRegistrationNumber('')).toBe('empty');
    expect(checkRegistrationNumber('220-81')).toBe('incomplete');
  });

  it('refuses letters, too many digits and hyphens in the wrong places', () => {
    expect(checkRegistrationNumber('220-8I-06252')).toBe('malformed');
    expect(checkRegistrationNumber('22081062521')).toBe('malformed');
    expect(checkRegistrationNumber('2208-10-6252')).toBe('malformed');
  });

  it('sends the canonical ten digits', () => {
    expect(canonicalRegistrationNumber(' 220-81-06252 ')).toBe('2208106252');
  });
});

describe('the KSIC code as typed', () => {
  it('accepts a section letter followed by the digits of a level', () => {
    expect(checkKsicCode('C')).toBe('valid');
    expect(checkKsicCode('C26')).toBe('valid');
    expect(checkKsicCode('C26110')).toBe('valid');
  });

  it('refuses lower case, unknown sections and odd lengths', () => {
    expect(checkKsicCode('c26')).toBe('malformed');
    expect(checkKsicCode('Z26')).toBe('malformed');
    expect(checkKsicCode('C2')).toBe('malformed');
    expect(checkKsicCode('C261101')).toBe('malformed');
  });

  it('refuses a code finer than the level asked for', () => {
    expect(checkKsicCode('C261', 'division')).toBe('malformed');
  });

  it('waits for input', () => {
    expect(checkKsicCode('  ')).toBe('empty');
  });
});
