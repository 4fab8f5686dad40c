import { ApplicationScreenedV1, ApplicationWithdrawnV1 } from '@yunghap/contracts';
import { evaluationDecider, evaluationRequestDecider, evaluationRequestStreamId, evaluationStreamId } from '@yunghap/evaluation-domain';
import { defineConsumer, on } from '@yunghap/platform-nest';
import { openEvaluation, STILL_WAITING } from './evaluation-opening';
import { EVALUATION_OUTBOX } from './evaluation.outbox';

/** An opening that cannot happen now and needs nothing more of this message. */
const NOT_OPENED = {
  'EVALUATION.ALREADY_OPENED': 'evaluation opened already, by another delivery or trigger',
  'EVALUATION.WITHDRAWN': 'application withdrawn; its evaluation never opens',
  ...STILL_WAITING,
};
/**
 * A withdrawn application whose evaluation is not open: still waiting (the withdrawn request keeps
 * it from opening), already closed (the withdrawal only takes it out of the ranking) or already ended.
 */
const NOTHING_TO_ABANDON = {
  'EVALUATION.NOT_FOUND': 'withdrawn before its evaluation opened; nothing to abandon',
  'EVALUATION.ALREADY_CLOSED': 'withdrawn after its evaluation closed; out of the ranking only',
  'EVALUATION.ABANDONED': 'evaluation abandoned already',
};

/**
 * Follows the applications service: an application screened eligible is requested for evaluation
 * and opened at once when its call has a committee to serve it; a withdrawal is recorded on the
 * request (so a waiting evaluation never opens and a closed one leaves the ranking) and abandons an
 * open evaluation in the domain. Everything is appended through the consumer's session, so it commits
 * with the processed message id and a redelivery changes nothing; a refusal not listed here (a
 * submission time the domain refuses, say) rolls it all back and parks the message.
 */
export const applicationEventsConsumer = defineConsumer({
  name: 'evaluation.on-application-events',
  reads: [
    on(ApplicationScreenedV1, async (screening, { execute, settle, session, metadata }) => {
      if (!screening.eligible) return;
      const { applicationId, callId, centerId, memberRegistrationNumbers: firms, submittedAt: applicationSubmittedAt, title } = screening;
      const data = { applicationId, callId, centerId, firms, applicationSubmittedAt, ...(title !== undefined && { title }) };
      await execute(evaluationRequestStreamId(applicationId), { type: 'RequestEvaluation', data, metadata }, evaluationRequestDecider);
      settle(await openEvaluation(session, applicationId, metadata), { tolerate: NOT_OPENED });
    }),
    on(ApplicationWithdrawnV1, async ({ applicationId, callId }, { execute, metadata }) => {
      const withdraw = { type: 'WithdrawFromEvaluation', data: { applicationId, callId }, metadata } as const;
      await execute(evaluationRequestStreamId(applicationId), withdraw, evaluationRequestDecider);
      const abandon = { type: 'AbandonEvaluation', data: { applicationId, reason: 'application-withdrawn' }, metadata } as const;
      await execute(evaluationStreamId(applicationId), abandon, evaluationDecider, { ...EVALUATION_OUTBOX, tolerate: NOTHING_TO_ABANDON });
    }),
  ],
});
