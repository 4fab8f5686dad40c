import { Actor } from '@yunghap/kernel';

/**
 * Four-eyes: whoever proposed (or asked for) a payment does not approve it. Compared by user id,
 * not by role, because a finance officer may propose as well as approve.
 */
export function breaksFourEyes(approver: Actor, proposers: readonly string[]): boolean {
  return proposers.includes(approver.userId);
}
