import { PROVINCES } from '@yunghap/kernel';

export const REPORT_GROUPINGS = ['center', 'province', 'call', 'line'] as const;
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number];

/** The group of what the facts do not say: a submission noted before it carried the province, an allocation before it carried its center. */
export const UNKNOWN_KEY = '미상';
/** The call of mentoring for a consortium that has not applied: there is none to name. */
export const NO_CALL_KEY = '—';

const LAST = [UNKNOWN_KEY, NO_CALL_KEY];
const rank = (order: readonly string[], key: string) => {
  const index = order.indexOf(key);
  return index < 0 ? order.length : index;
};

/**
 * The rows every report of the grouping shows, even at zero, and their order. Provinces are the
 * 17 in the statistical order officials read them in; centers, calls and lines are the ones the
 * events name, by id. `미상` and `—` come last.
 */
export function keyOrder(groupBy: ReportGrouping): { readonly seed: readonly string[]; readonly compare: (a: string, b: string) => number } {
  const fixed = groupBy === 'province' ? PROVINCES : [];
  return {
    seed: fixed,
    // indexOf is -1 for an ordinary key, so those come before the two in LAST.
    compare: (a, b) => LAST.indexOf(a) - LAST.indexOf(b) || rank(fixed, a) - rank(fixed, b) || (a < b ? -1 : a > b ? 1 : 0),
  };
}
