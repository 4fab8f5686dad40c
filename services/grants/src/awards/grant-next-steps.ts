import { GrantCommand } from '@yunghap/grants-domain';
import { CommandMetadata, isDomainError, koreanDayOf, won } from '@yunghap/kernel';
import { askGrant, STAND_IN_TEXT } from '../shared/asked-of-decider';
import { GrantView, grantStateOfView } from './grant-view.projection';

export const NEXT_STEPS = ['record-agreement', 'propose-payment', 'propose-recovery', 'withdraw-recovery', 'cancel'] as const;
export type NextStepKind = (typeof NEXT_STEPS)[number];

/** A step the asker may take on the grant now; a tranche's payment and a recovery's withdrawal name theirs. */
export interface NextStep {
  readonly step: NextStepKind;
  readonly trancheId: string | null;
  readonly recoveryId: string | null;
}

function standInAgreement(now: string) {
  const today = koreanDayOf(now);
  const tomorrow = koreanDayOf(new Date(Date.parse(`${today}T00:00:00+09:00`) + 86_400_000).toISOString());
  return { agreementNumber: STAND_IN_TEXT, signedOn: today, startsOn: today, endsOn: tomorrow };
}

/**
 * What the asker (`metadata`'s actor) may do next on the grant, asked of the decider without
 * recording anything: the console offers these steps and no others, so it holds no copy of the
 * role table or the rules. Approvals and rejections are the approvals queue's (see approval-queue.ts).
 */
export function grantNextSteps(view: GrantView, metadata: CommandMetadata): NextStep[] {
  const state = grantStateOfView(view);
  const { grantId } = view;
  const ask = askGrant(state, metadata);
  const allows = (command: Omit<GrantCommand, 'metadata'>) => !isDomainError(ask(command));
  const step = (kind: NextStepKind, ids: Partial<Pick<NextStep, 'trancheId' | 'recoveryId'>> = {}): NextStep => ({
    step: kind,
    trancheId: ids.trancheId ?? null,
    recoveryId: ids.recoveryId ?? null,
  });
  return [
    ...(allows({ type: 'RecordAgreement', data: { grantId, ...standInAgreement(metadata.now) } }) ? [step('record-agreement')] : []),
    ...state.tranches
      .filter((tranche) => allows({ type: 'ProposeDisbursement', data: { grantId, trancheId: tranche.trancheId } }))
      .map((tranche) => step('propose-payment', { trancheId: tranche.trancheId })),
    // One won is the least a recovery can be: allowed when anything paid is left to recover.
    ...(allows({ type: 'ProposeRecovery', data: { grantId, recoveryId: 'asked', amount: won(1), reason: STAND_IN_TEXT } }) ? [step('propose-recovery')] : []),
    ...state.recoveries
      .filter((recovery) => allows({ type: 'WithdrawRecovery', data: { grantId, recoveryId: recovery.recoveryId } }))
      .map((recovery) => step('withdraw-recovery', { recoveryId: recovery.recoveryId })),
    ...(allows({ type: 'CancelGrant', data: { grantId, reason: STAND_IN_TEXT } }) ? [step('cancel')] : []),
  ];
}
