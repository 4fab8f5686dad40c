import { domainEventOf, RecordedEvent, RecordedOf } from '@yunghap/event-store';
import { BudgetLineEvent, CandidateEvent, GrantEvent } from '@yunghap/grants-domain';
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
    case 'AwardApproved':
      return 'award-approval';
    case 'AwardRejected':
      return 'award-rejection';
    case 'DisbursementProposed':
      return 'disbursement-proposal';
    case 'DisbursementApproved':
      return 'disbursement-approval';
    case 'GrantFundsRecovered':
      return 'recovery';
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
 * A grant's decision chain in the order it was recorded: the application's facts as grants
 * received them (submission, screening, the committee's scores), then the award and every
 * approval, and the money each decision moved on the line.
 */
export function grantTrace(
  grantId: string,
  streams: { candidate: readonly RecordedOf<CandidateEvent>[]; grant: readonly RecordedOf<GrantEvent>[]; line: readonly RecordedOf<BudgetLineEvent>[] },
): TraceEntry[] {
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
  return [...facts, ...decisions, ...money].sort((a, b) => a.position - b.position);
}
