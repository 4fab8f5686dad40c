import { Actor, CommandMetadata, won, Won } from '@yunghap/kernel';
import { MoneyReference } from '../money';

// Shared by the specs of this library only; not exported from its index.

export const NOW = '2026-03-02T10:00:00+09:00';
export const YEAR = 2026;
export const LINE = 'it-convergence';

export const programManager: Actor = { userId: 'pm-kim', role: 'program-manager' };
export const otherManager: Actor = { userId: 'pm-park', role: 'program-manager' };
export const financeOfficer: Actor = { userId: 'fin-choi', role: 'finance' };
export const otherFinanceOfficer: Actor = { userId: 'fin-jung', role: 'finance' };
export const mentoringService: Actor = { userId: 'mentoring-service', role: 'system' };
export const centerStaff: Actor = { userId: 'staff-lee', role: 'center-staff' };
export const by = (actor: Actor, now: string = NOW): CommandMetadata => ({ now, actor });

/** Millions of won, to keep figures readable: `m(500)` is ₩500,000,000. */
export const m = (millions: number): Won => won(millions * 1_000_000);

export const grantRef = (id: string): MoneyReference => ({ kind: 'grant', id });
export const allocationRef = (id: string): MoneyReference => ({ kind: 'allocation', id });
