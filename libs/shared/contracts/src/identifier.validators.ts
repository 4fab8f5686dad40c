import {
  BUSINESS_REGISTRATION_NUMBER_PATTERN,
  isBusinessRegistrationNumber,
  isDomainError,
  ksicCodePattern,
  KsicLevel,
  parseKsicCode,
  parseProvince,
  PROVINCES,
} from '@yunghap/kernel';
import { ValidateBy, ValidationArguments, ValidationOptions } from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';

// Class-validator rules for the kernel's identifiers, for integration events and for request
// DTOs alike. Each validates with the kernel (so the edge and the domain cannot drift apart),
// reports the broken rule under its own name with the field, and states its shape in the
// JSON Schema from which the OpenAPI documents take their patterns and enums.

type Schema = Record<string, unknown>;

/**
 * A rule named `name` that holds for a string in which `refusalOf` finds nothing to refuse (it
 * answers why not, in words). `documented` is the shape the OpenAPI document states for the value,
 * or for each item with `each`.
 */
function kernelRule(name: string, refusalOf: (value: string) => string | undefined, documented: Schema, options?: ValidationOptions): PropertyDecorator {
  const accepts = (value: unknown) => typeof value === 'string' && refusalOf(value) === undefined;
  const messageFor = ({ value }: ValidationArguments) => {
    const refused: unknown = [value].flat().find((item) => !accepts(item));
    return typeof refused === 'string' ? `$property: ${refusalOf(refused)}` : '$property must be a string';
  };
  return (target, key) => {
    ValidateBy({ name, validator: { validate: accepts, defaultMessage: messageFor } }, options)(target, key);
    // A function, not a fragment to merge: for an array the generated item schema is a `$ref` to Array.
    JSONSchema((source) => (options?.each ? { ...source, items: { type: 'string', ...documented } } : { ...source, ...documented }))(target, String(key));
  };
}

const refusalFrom = (parsed: unknown): string | undefined => (isDomainError(parsed) ? parsed.message : undefined);

/**
 * A business registration number in the one spelling records and messages carry: ten digits, no
 * hyphens. Typed input, which may be hyphenated and must pass the check digit, is the domain's
 * to read (`parseBusinessRegistrationNumber`).
 */
export const IsBusinessRegistrationNumber = (options?: ValidationOptions): PropertyDecorator =>
  kernelRule(
    'isBusinessRegistrationNumber',
    (value) => (isBusinessRegistrationNumber(value) ? undefined : 'a business registration number (사업자등록번호) is ten digits without hyphens'),
    { pattern: BUSINESS_REGISTRATION_NUMBER_PATTERN.source },
    options,
  );

/** One of the 17 provinces by its short name, read as the kernel reads it (NFD 제주 is 제주). */
export const IsProvince = (options?: ValidationOptions): PropertyDecorator =>
  kernelRule('isProvince', (value) => refusalFrom(parseProvince(value)), { enum: [...PROVINCES] }, options);

/** A KSIC code no finer than `finest`: a mentor's expertise stops at the division, a firm's may reach the subclass. */
export const IsKsicCode = (finest: KsicLevel = 'subclass', options?: ValidationOptions): PropertyDecorator =>
  kernelRule('isKsicCode', (value) => refusalFrom(parseKsicCode(value, finest)), { pattern: ksicCodePattern(finest).source }, options);
