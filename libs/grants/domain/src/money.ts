import { isWon, Won } from '@yunghap/kernel';

/** What a movement of money on a budget line is for: a grant award or a mentoring allocation. */
export interface MoneyReference {
  readonly kind: 'grant' | 'allocation';
  readonly id: string;
}

/** Grant and allocation ids are issued independently, so the kind is part of the key. */
export function referenceKey(reference: MoneyReference): string {
  return `${reference.kind}:${reference.id}`;
}

/** Every amount a command carries is a whole, positive number of won; zero moves nothing. */
export function isPositiveWon(value: unknown): value is Won {
  return isWon(value) && value > 0;
}

/** True when a reason was given: recoveries, cancellations and transfers must say why, for the audit. */
export function hasReason(reason: string): boolean {
  return reason.trim().length > 0;
}
