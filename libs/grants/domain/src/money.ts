/** What a movement of money on a budget line is for: a grant award or a mentoring allocation. */
export interface MoneyReference {
  readonly kind: 'grant' | 'allocation';
  readonly id: string;
}

/** Grant and allocation ids are issued independently, so the kind is part of the key. */
export function referenceKey(reference: MoneyReference): string {
  return `${reference.kind}:${reference.id}`;
}
