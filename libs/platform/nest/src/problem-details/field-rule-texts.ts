import { PROVINCES } from '@yunghap/kernel';
import type { LocalizedText } from './localized-text';

/** What a broken validation rule says about a field, in both languages, from the rule's constraint values. */
type Predicate = (constraints: readonly unknown[]) => { readonly ko: string; readonly en: string } | undefined;

const listed = (value: unknown) => (Array.isArray(value) ? value.map(String).join(', ') : undefined);
const number = (value: unknown) => (typeof value === 'number' ? value.toLocaleString('en-US') : undefined);
const withValue =
  <T>(read: (value: unknown) => T | undefined, words: (value: T) => { ko: string; en: string }): Predicate =>
  ([constraint]) => {
    const value = read(constraint);
    return value === undefined ? undefined : words(value);
  };
const fixed =
  (ko: string, en: string): Predicate =>
  () => ({ ko, en });

/**
 * Korean and English for the class-validator rules the DTOs use (and the kernel-backed ones of
 * @yunghap/contracts), by the rule's name as it appears in `errors[].rule`. Korean is written
 * to follow "<field>은(는)"; English to follow the field's name.
 */
const PREDICATES: Readonly<Record<string, Predicate>> = {
  isString: fixed('문자열이어야 합니다.', 'must be a string.'),
  isInt: fixed('정수여야 합니다.', 'must be an integer.'),
  isBoolean: fixed('true 또는 false여야 합니다.', 'must be true or false.'),
  isArray: fixed('배열이어야 합니다.', 'must be an array.'),
  isObject: fixed('객체여야 합니다.', 'must be an object.'),
  isDefined: fixed('반드시 있어야 합니다.', 'is required.'),
  isNotEmpty: fixed('비어 있으면 안 됩니다.', 'must not be empty.'),
  isEmail: fixed('전자우편 주소여야 합니다.', 'must be an email address.'),
  isIso8601: fixed('ISO 8601 날짜 또는 시각이어야 합니다.', 'must be an ISO 8601 date or date-time.'),
  min: withValue(number, (n) => ({ ko: `${n} 이상이어야 합니다.`, en: `must be at least ${n}.` })),
  max: withValue(number, (n) => ({ ko: `${n} 이하여야 합니다.`, en: `must be at most ${n}.` })),
  maxLength: withValue(number, (n) => ({ ko: `${n}자 이하여야 합니다.`, en: `must be at most ${n} characters long.` })),
  minLength: withValue(number, (n) => ({ ko: `${n}자 이상이어야 합니다.`, en: `must be at least ${n} characters long.` })),
  arrayMinSize: withValue(number, (n) => ({ ko: `항목이 ${n}개 이상이어야 합니다.`, en: `must have at least ${n} item(s).` })),
  arrayMaxSize: withValue(number, (n) => ({ ko: `항목이 ${n}개 이하여야 합니다.`, en: `must have at most ${n} item(s).` })),
  arrayUnique: fixed('같은 항목이 두 번 나오면 안 됩니다.', 'must not list the same item twice.'),
  isIn: withValue(listed, (values) => ({ ko: `다음 중 하나여야 합니다: ${values}.`, en: `must be one of: ${values}.` })),
  isNotIn: withValue(listed, (values) => ({ ko: `다음 값일 수 없습니다: ${values}.`, en: `must not be one of: ${values}.` })),
  equals: ([value]) => ({ ko: `${String(value)}이어야 합니다.`, en: `must be ${String(value)}.` }),
  matches: fixed('정해진 형식에 맞지 않습니다.', 'does not have the required format.'),
  whitelistValidation: fixed('이 요청에 없는 항목입니다. 빼고 보내십시오.', 'is not a field of this request; leave it out.'),
  nestedValidation: fixed('객체 또는 배열이어야 합니다.', 'must be an object or an array.'),
  isBusinessRegistrationNumber: fixed(
    '하이픈 없는 10자리 사업자등록번호여야 합니다.',
    'must be a business registration number (사업자등록번호): ten digits without hyphens.',
  ),
  isProvince: fixed(`17개 시·도 약칭 중 하나여야 합니다: ${PROVINCES.join(', ')}.`, `must be one of the 17 provinces by short name: ${PROVINCES.join(', ')}.`),
  isKsicCode: fixed('한국표준산업분류(KSIC) 코드여야 합니다(예: C26).', 'must be a KSIC industry code (e.g. C26).'),
};

/**
 * The message of a broken rule on `field` (its path, e.g. `members[1].name`) in both languages,
 * or undefined for a rule this table does not word or whose constraint values are unknown.
 * `each` words a rule on every item of an array field.
 */
export function fieldRuleText(field: string, rule: string, constraints: readonly unknown[] = [], each = false): LocalizedText | undefined {
  const predicate = PREDICATES[rule]?.(constraints);
  if (!predicate) return undefined;
  return {
    ko: `${each ? `${field}의 각 항목은` : `${field}은(는)`} ${predicate.ko}`,
    en: `${each ? `Each item of ${field}` : field} ${predicate.en}`,
  };
}
