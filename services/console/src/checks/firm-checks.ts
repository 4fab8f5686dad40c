import { isDomainError, KsicLevel, parseBusinessRegistrationNumber, parseKsicCode } from '@yunghap/kernel';

// The kernel's own rules, run as the person types, so the form says what the service would refuse
// before anything is sent (STYLE 17). Each answer names a catalogue key under `checks.`.

export type RegistrationNumberCheck = 'empty' | 'incomplete' | 'malformed' | 'checksum' | 'valid';

/** `checkRegistrationNumber('220-81-06252')` → `'valid'`; `'22081'` → `'incomplete'` (still typing). */
export function checkRegistrationNumber(raw: string): RegistrationNumberCheck {
  const typed = raw.trim();
  if (typed === '') return 'empty';
  if (!/^[\d-]*$/.test(typed)) return 'malformed';
  const digits = typed.replaceAll('-', '');
  if (digits.length < 10) return 'incomplete';
  const parsed = parseBusinessRegistrationNumber(typed);
  if (!isDomainError(parsed)) return 'valid';
  return parsed.code === 'BUSINESS_REGISTRATION_NUMBER.CHECKSUM_MISMATCH' ? 'checksum' : 'malformed';
}

/** The canonical spelling the services store (ten digits), for a number that passed the check. */
export function canonicalRegistrationNumber(raw: string): string {
  return raw.trim().replaceAll('-', '');
}

export type KsicCheck = 'empty' | 'malformed' | 'valid';

/** `checkKsicCode('C26')` → `'valid'`; `'c26'` → `'malformed'` (the service refuses lower case too). */
export function checkKsicCode(raw: string, finest: KsicLevel = 'subclass'): KsicCheck {
  if (raw.trim() === '') return 'empty';
  return isDomainError(parseKsicCode(raw.trim(), finest)) ? 'malformed' : 'valid';
}
