import { isDomainError, parseBusinessRegistrationNumber } from '@yunghap/kernel';

/**
 * What tells two firms of a consortium apart: a registration number that parses, in its canonical
 * spelling (so 220-81-06252 and 2208106252 are one firm); one that does not, as typed, since its
 * refusal is reported on its own.
 */
export function firmKey(registrationNumber: string): string {
  const number = parseBusinessRegistrationNumber(registrationNumber);
  return isDomainError(number) ? registrationNumber : number;
}
