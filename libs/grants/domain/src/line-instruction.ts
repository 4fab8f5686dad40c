import { assertNever, CommandMetadata } from '@yunghap/kernel';
import { BudgetLineCommand } from './budget-line.commands';
import { GrantEvent } from './grant.events';
import { GrantsStreams } from './grants.streams';
import { AllocationEvent } from './mentoring-allocation.events';
import { ProgramEvent } from './program.events';
import { releasesOf } from './year-parts';

/** A command for one budget line's stream. */
export interface LineInstruction {
  readonly streamId: string;
  readonly command: BudgetLineCommand;
}

const instruction = (year: number, command: BudgetLineCommand): LineInstruction => ({
  streamId: GrantsStreams.budgetLine(year, command.data.lineId),
  command,
});

/**
 * What a grant or allocation decision means for its budget lines, in the order they apply: none
 * for a decision that moves no money, one line for most, one per fiscal year for a multi-year
 * grant's cancellation. The service decides on the grant/allocation first without appending,
 * applies these on the lines (the money check), then appends the decision: see README, "Cooperation".
 */
export function lineInstructionsFor(event: GrantEvent | AllocationEvent, metadata: CommandMetadata): readonly LineInstruction[] {
  switch (event.type) {
    case 'AwardApproved':
    case 'YearPartCommitted': {
      const { year, lineId, grantId, amount } = event.data;
      // An award whose tranches all fall in later years commits nothing in its own year.
      if (amount === 0) return [];
      return [instruction(year, { type: 'CommitToLine', data: { lineId, reference: { kind: 'grant', id: grantId }, amount }, metadata })];
    }
    case 'DisbursementApproved': {
      const { year, lineId, grantId, trancheId, amount } = event.data;
      return [
        instruction(year, {
          type: 'DisburseFromLine',
          data: { lineId, reference: { kind: 'grant', id: grantId }, disbursementId: trancheId, amount },
          metadata,
        }),
      ];
    }
    case 'GrantFundsRecovered': {
      const { year, lineId, grantId, recoveryId, amount, reason } = event.data;
      return [instruction(year, { type: 'RecoverToLine', data: { lineId, reference: { kind: 'grant', id: grantId }, recoveryId, amount, reason }, metadata })];
    }
    case 'GrantCancelled': {
      const { lineId, grantId, reason } = event.data;
      return releasesOf(event.data).map(({ year }) =>
        instruction(year, { type: 'ReleaseFromLine', data: { lineId, reference: { kind: 'grant', id: grantId }, reason }, metadata }),
      );
    }
    case 'AllocationApproved': {
      const { year, lineId, allocationId, amount } = event.data;
      return [instruction(year, { type: 'CommitToLine', data: { lineId, reference: { kind: 'allocation', id: allocationId }, amount }, metadata })];
    }
    case 'AllocationReleased': {
      const { year, lineId, allocationId, reason } = event.data;
      return [instruction(year, { type: 'ReleaseFromLine', data: { lineId, reference: { kind: 'allocation', id: allocationId }, reason }, metadata })];
    }
    case 'AwardProposed':
    case 'LineExceptionApproved':
    case 'AwardRejected':
    case 'AgreementRecorded':
    case 'DisbursementProposed':
    case 'RecoveryProposed':
    case 'RecoveryWithdrawn':
    case 'RecoveryRejected':
    case 'AllocationRequested':
    case 'AllocationRejected':
      return [];
    default:
      return assertNever(event);
  }
}

/**
 * What a decision on the program of `year` means for its lines: a line defined is opened with its
 * amount; a transfer leaves the source line, then reaches the target line (the source refuses to
 * give away money that is not available). The service applies these before recording the decision,
 * as for grants: see README, "Cooperation between streams".
 */
export function programLineInstructions(event: ProgramEvent, year: number, metadata: CommandMetadata): readonly LineInstruction[] {
  switch (event.type) {
    case 'BudgetLineDefined': {
      const { lineId, amount } = event.data;
      return [instruction(year, { type: 'OpenBudgetLine', data: { year, lineId, amount }, metadata })];
    }
    case 'FundsTransferredBetweenLines': {
      const { transferId, fromLineId, toLineId, amount, reason } = event.data;
      return [
        instruction(year, { type: 'TransferOutOfLine', data: { lineId: fromLineId, transferId, toLineId, amount, reason }, metadata }),
        instruction(year, { type: 'TransferIntoLine', data: { lineId: toLineId, transferId, fromLineId, amount, reason }, metadata }),
      ];
    }
    case 'ProgramOpened':
    case 'ProjectCapSet':
      return [];
    default:
      return assertNever(event);
  }
}
