import { applyDecorators } from '@nestjs/common';
import { isCalendarDate } from '@yunghap/kernel';
import { IsInt, Matches, Max, MaxLength, Min, ValidateBy, ValidationOptions } from 'class-validator';

/**
 * Free text without U+0000, which PostgreSQL's text and jsonb cannot hold. The shared edge
 * refuses it (and lone surrogates) before any handler; this states it in the document as a
 * pattern, so clients and generated data know, and keeps the rule where the field is declared.
 */
export const HasNoNul = (options: ValidationOptions = {}) =>
  // eslint-disable-next-line no-control-regex -- the control character is exactly what is refused
  Matches(/^[^\u0000]*$/, { ...options, message: '$property에는 U+0000 문자를 쓸 수 없습니다. ($property must not contain U+0000.)' });

const KEBAB_CASE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Ids that become part of stream names and URLs (calls, centers): lower-case kebab-case. */
export const IsKebabCaseId = () =>
  Matches(KEBAB_CASE_ID, {
    message: '$property은(는) 소문자와 숫자를 하이픈으로 이은 id여야 합니다. ($property must be lower-case kebab-case, e.g. call-2026-it.)',
  });

/** A call or center id as the URLs carry it: what `IsKebabCaseId` accepts, at most 64 characters. */
export const IsResourceId = () => applyDecorators(IsKebabCaseId(), MaxLength(64));

// What `randomUUID()` gives: the service mints every application id itself.
const APPLICATION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const IsApplicationId = () =>
  Matches(APPLICATION_ID, {
    message:
      '$property은(는) 이 서비스가 발급한 신청서 id(소문자 UUID)여야 합니다. ($property must be an application id as this service issues them, a lower-case UUID.)',
  });

/**
 * An amount the program pays or caps: whole won greater than zero that a JavaScript number holds
 * exactly (`Number.isSafeInteger`). Limits such as the program's cap are business rules, not this.
 * IsInt comes last because class-validator-jsonschema lets the last rule's type win, and the
 * document must say integer.
 */
export const IsPositiveWon = () => applyDecorators(Max(Number.MAX_SAFE_INTEGER), Min(1), IsInt());

/** A share of a cost that may be nothing: whole won, zero or more. */
export const IsWonOrZero = () => applyDecorators(Max(Number.MAX_SAFE_INTEGER), Min(0), IsInt());

// RFC 3339's date-time, the `format: date-time` of OpenAPI: seconds and an offset are required.
const RFC3339 = /^(\d{4}-\d{2}-\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?([Zz]|[+-](\d{2}):(\d{2}))$/;

/**
 * Milliseconds since the epoch of an RFC 3339 date-time, or undefined for anything else (a time
 * without offset, an impossible day, other ISO 8601 forms). Fractions beyond milliseconds are cut.
 * Example: `rfc3339Instant('2026-03-10T10:00:00+09:00')` → `Date.parse('2026-03-10T01:00:00Z')`.
 */
export function rfc3339Instant(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = RFC3339.exec(value);
  if (!match) return undefined;
  const [date, hour, minute, second, fraction, offset, offsetHours = '0', offsetMinutes = '0'] = match.slice(1);
  const inRange = Number(hour) <= 23 && Number(minute) <= 59 && Number(second) <= 59 && Number(offsetHours) <= 23 && Number(offsetMinutes) <= 59;
  if (!inRange || !isCalendarDate(date)) return undefined;
  const milliseconds = fraction === undefined ? '' : `.${fraction.slice(0, 3)}`;
  const instant = Date.parse(`${date}T${hour}:${minute}:${second}${milliseconds}${offset.toUpperCase()}`);
  return Number.isNaN(instant) ? undefined : instant;
}

/** An instant as RFC 3339 writes it (see `rfc3339Instant`). */
export const IsRfc3339Instant = () =>
  ValidateBy({
    name: 'isRfc3339Instant',
    validator: {
      validate: (value) => rfc3339Instant(value) !== undefined,
      defaultMessage: () =>
        '$property은(는) 초와 시차를 갖춘 RFC 3339 시각이어야 합니다. ($property must be an RFC 3339 date-time with seconds and an offset, e.g. 2026-03-10T10:00:00+09:00.)',
    },
  });
