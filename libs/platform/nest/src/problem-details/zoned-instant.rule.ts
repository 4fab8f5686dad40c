import { Matches } from 'class-validator';

/**
 * Exactly the instants the kernel's `instantOf` reads: a real calendar day, a real time of day,
 * at most milliseconds, and an offset (`Z` or ±hh:mm). A regular expression rather than a custom
 * check so that the OpenAPI document states the rule and a fuzzer's "valid" values are valid.
 * ASCII digits are spelled `[0-9]`: other regex engines read `\d` as any Unicode digit.
 */
const YEAR = '[0-9]{4}';
const COMMON_DAY = `${YEAR}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)`;
// 29 February: years divisible by 4 but not by 100, and years divisible by 400.
const LEAP_DAY = '(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29';
const TIME = '(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,3})?)?';
const OFFSET = '(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])';

export const ZONED_INSTANT_PATTERN = new RegExp(`^(?:${COMMON_DAY}|${LEAP_DAY})T${TIME}${OFFSET}$`);

export const ZONED_INSTANT_MESSAGE = '오프셋이 있는 ISO-8601 시각이어야 합니다. (must be an ISO-8601 date-time with an offset, e.g. 2026-03-02T10:00:00+09:00)';

/** A request field holding an instant as the domain reads it (`2026-03-02T10:00:00+09:00`). */
export const IsZonedInstant = (): PropertyDecorator => Matches(ZONED_INSTANT_PATTERN, { message: ZONED_INSTANT_MESSAGE });

/**
 * An instant the rule accepted, written as RFC 3339 requires (seconds included) and otherwise as
 * given: an answer that echoes the instant asked for stays a valid `date-time`.
 * @example asDateTime('2026-03-02T10:00+09:00') === '2026-03-02T10:00:00+09:00'
 */
export function asDateTime(instant: string): string {
  return instant.replace(/T([0-9]{2}:[0-9]{2})(Z|[+-])/, 'T$1:00$2');
}
