import { domainEventOf, RecordedEvent, RecordedOf } from '@yunghap/event-store';
import { BudgetLineEvent, CallLineEvent, CandidateEvent, GrantEvent } from '@yunghap/grants-domain';
import { assertNever, Actor } from '@yunghap/kernel';

/** One decision or fact in a grant's history, with who, when and what it was caused by. */
export interface TraceEntry {
  readonly step: string;
  readonly type: string;
  readonly streamId: string;
  readonly version: number;
  readonly position: number;
  readonly occurredAt: string;
  readonly actor: Actor;
  readonly correlationId: string;
  /** For copies of other services' facts: the id of the message they came in. */
  readonly causationId: string | null;
  readonly details: unknown;
}

const FACT_STEPS = { submission: 'application', screening: 'screening', evaluation: 'evaluation' } as const;

function grantStep(event: GrantEvent): string {
  switch (event.type) {
    case 'AwardProposed':
      return 'selection';
    case 'LineExceptionApproved':
      return 'line-exception-approval';
    case 'AwardApproved':
      return 'award-approval';
    case 'YearPartCommitted':
      return 'year-part-commitment';
    case 'AwardRejected':
      return 'award-rejection';
    case 'AgreementRecorded':
      return 'agreement';
    case 'DisbursementProposed':
      return 'disbursement-proposal';
    case 'DisbursementApproved':
      return 'disbursement-approval';
    case 'RecoveryProposed':
      return 'recovery-proposal';
    // Recorded without an approver before recoveries followed four-eyes: finance recovered alone.
    case 'GrantFundsRecovered':
      return event.data.approvedBy === undefined ? 'recovery' : 'recovery-approval';
    case 'RecoveryWithdrawn':
      return 'recovery-withdrawal';
    case 'RecoveryRejected':
      return 'recovery-rejection';
    case 'GrantCancelled':
      return 'cancellation';
    default:
      return assertNever(event);
  }
}

function lineStep(event: BudgetLineEvent): string | null {
  switch (event.type) {
    case 'LineFundsCommitted':
      return 'line-commitment';
    case 'LineFundsDisbursed':
      return 'line-disbursement';
    case 'LineFundsRecovered':
      return 'line-recovery';
    case 'LineCommitmentReleased':
      return 'line-release';
    case 'BudgetLineOpened':
    case 'LineTransferredOut':
    case 'LineTransferredIn':
      return null;
    default:
      return assertNever(event);
  }
}

/** `decidedBy` names whoever decided in another service; grants only recorded it (as `system`). */
function entry(recorded: Omit<RecordedEvent, 'data'>, step: string, details: unknown, decidedBy?: Actor): TraceEntry {
  const { type, streamId, version, position, metadata } = recorded;
  return {
    step,
    type,
    streamId,
    version,
    position,
    occurredAt: metadata.occurredAt,
    actor: decidedBy ?? metadata.actor,
    correlationId: metadata.correlationId,
    causationId: metadata.causationId,
    details,
  };
}

/**
 * A grant's decision chain in the order it was recorded: the call's line and the application's
 * facts as grants received them (submission, screening, the committee's scores), then the award
 * (with any line exception and its approval) and every approval, each later year's part committed,
 * and the money each decision moved on the lines of every fiscal year the award spans.
 */
export function grantTrace(
  grantId: string,
  streams: {
    call: readonly RecordedOf<CallLineEvent>[];
    candidate: readonly RecordedOf<CandidateEvent>[];
    grant: readonly RecordedOf<GrantEvent>[];
    line: readonly RecordedOf<BudgetLineEvent>[];
  },
): TraceEntry[] {
  const call = streams.call.map((recorded) => entry(recorded, 'call', recorded.data));
  // The application's stream also records which grant holds it; the trace shows the facts only.
  const facts = streams.candidate.flatMap((recorded) => {
    if (recorded.type !== 'SelectionFactNoted') return [];
    const { fact, decidedBy } = recorded.data;
    return [entry(recorded, FACT_STEPS[fact.kind], fact, decidedBy)];
  });
  const decisions = streams.grant.map((recorded) => entry(recorded, grantStep(domainEventOf(recorded)), recorded.data));
  const money = streams.line.flatMap((recorded) => {
    const event = domainEventOf(recorded);
    const step = lineStep(event);
    const reference = 'reference' in event.data ? event.data.reference : undefined;
    return step && reference?.kind === 'grant' && reference.id === grantId ? [entry(recorded, step, recorded.data)] : [];
  });
  return [...call, ...facts, ...decisions, ...money].sort((a, b) => a.position - b.position);
}
