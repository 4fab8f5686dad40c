import { EvaluationCompletedV1, EvaluationOpenedV1, MemberRecusedV1 } from '@yunghap/contracts';
import { applicantFeedback, EvaluationEvent, EvaluationState, FailedReason } from '@yunghap/evaluation-domain';
import { HandleOptions, OutboxContext } from '@yunghap/event-store';
import { assertNever } from '@yunghap/kernel';
import { publish } from '@yunghap/platform-nest';

function reasonToken(reason: FailedReason): string {
  return reason.kind === 'total-below-threshold' ? reason.kind : `${reason.kind}:${reason.criterionId}`;
}

/** The result as other services read it, with the applicant's feedback (`applicantFeedback`: no member, no individual score). */
function completedPayload(state: EvaluationState, completedAt: string) {
  if (state.status !== 'completed') throw new Error(`EvaluationCompleted left the evaluation ${state.status}`);
  const { applicationId, callId, centerId, passed, total, criteria, sheetsCounted, failedReasons } = state.result;
  const belowMinimum = new Set(failedReasons.flatMap((reason) => (reason.kind === 'criterion-below-minimum' ? [reason.criterionId] : [])));
  return {
    evaluationId: applicationId,
    applicationId,
    callId,
    centerId,
    passed,
    totalHundredths: total,
    criteria: criteria.map(({ criterionId, mean }) => ({ criterionId, meanHundredths: mean, metMinimum: !belowMinimum.has(criterionId) })),
    sealedSheets: sheetsCounted,
    failedReasons: failedReasons.map(reasonToken),
    completedAt,
    feedback: applicantFeedback(state).map(({ criterionId, name, maximum, mean, reasons }) => ({
      criterionId,
      name,
      maximum,
      meanHundredths: mean,
      reasons: [...reasons],
    })),
  };
}

/** What other services learn of an evaluation: that it opened, who stood down from it, and its result. Keyed by the evaluation (application) id. */
export function evaluationMessages(events: readonly EvaluationEvent[], state: EvaluationState, context: OutboxContext) {
  return events.flatMap((event) => {
    switch (event.type) {
      case 'EvaluationOpened': {
        const { applicationId, callId, centerId, committeeId } = event.data;
        const payload = { evaluationId: applicationId, applicationId, callId, centerId, committeeId, openedAt: context.occurredAt };
        return [publish(EvaluationOpenedV1, applicationId, payload, context)];
      }
      case 'EvaluationCompleted':
        return [publish(EvaluationCompletedV1, event.data.applicationId, completedPayload(state, context.occurredAt), context)];
      case 'MemberRecused': {
        const { applicationId, memberId } = event.data;
        return [publish(MemberRecusedV1, applicationId, { evaluationId: applicationId, applicationId, memberId, recusedAt: context.occurredAt }, context)];
      }
      case 'ScoresheetSubmitted':
      case 'ScoresheetSealed':
        return [];
      // This service abandons only on a withdrawal, which the other services heard from the applications service itself.
      case 'EvaluationAbandoned':
        return [];
      default:
        return assertNever(event);
    }
  });
}

/** Every command on an evaluation stream is appended with its messages, in the same transaction. */
export const EVALUATION_OUTBOX: HandleOptions<EvaluationEvent, EvaluationState> = {
  outbox: (events, state, context) => evaluationMessages(events, state, context),
};
