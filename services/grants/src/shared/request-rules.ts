import { OPAQUE_ID } from '@yunghap/platform-nest';
import { Matches } from 'class-validator';

// Ids are kept to the shape their issuer gives them: they become stream names and URLs, and a
// shape stated in the OpenAPI document lets clients and the fuzzer send only what is accepted.
// (NUL and unpaired surrogates, which no store can keep, the platform refuses before any of this.)

/** Budget lines are named by program managers and the seed: lower-case kebab-case, 2 to 63 characters. */
export const LINE_ID = /^[a-z][a-z0-9-]{1,62}$/;
/** Ids issued by the other services (applications, calls, allocations); the same rule as theirs. */
export const EXTERNAL_ID = OPAQUE_ID;
/** Grants mints its grant and recovery ids itself with `randomUUID()`. */
export const GRANT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Tranches are numbered in payment order from t1 (a schedule has at most 24). */
export const TRANCHE_ID = /^t[1-9][0-9]?$/;
/**
 * Free text (reasons, notes, names) goes into the events, the audit trace and the ledger CSV that
 * finance opens in a spreadsheet: no control characters other than tab and line breaks.
 */
// eslint-disable-next-line no-control-regex -- naming the control characters is the point
export const FREE_TEXT = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;

export const IsLineId = () =>
  Matches(LINE_ID, { message: '소문자 케밥 표기 2~63자여야 합니다. (must be lower-case kebab-case, 2 to 63 characters, e.g. it-convergence.)' });

export const IsExternalId = () =>
  Matches(EXTERNAL_ID, {
    message: '영문자, 숫자, ".", "_", "-"로 된 100자 이하여야 합니다. (must be at most 100 letters, digits, ".", "_" or "-", starting with a letter or digit.)',
  });

export const IsGrantId = () =>
  Matches(GRANT_ID, {
    message: '이 서비스가 발급한 지원 과제 ID(소문자 UUID)여야 합니다. (must be a grant id as this service issues them, a lower-case UUID.)',
  });

export const IsRecoveryId = () =>
  Matches(GRANT_ID, {
    message: '이 서비스가 발급한 환수 ID(소문자 UUID)여야 합니다. (must be a recovery id as this service issues them, a lower-case UUID.)',
  });

export const IsTrancheId = () => Matches(TRANCHE_ID, { message: 't1~t99 형식이어야 합니다. (must be a tranche id, t1 to t99.)' });

export const IsFreeText = () =>
  Matches(FREE_TEXT, { message: '제어 문자는 쓸 수 없습니다. (must not contain control characters other than tab and line breaks.)' });
