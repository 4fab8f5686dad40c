import { EvaluationCompletedV1, EvaluationOpenedV1, MemberRecusedV1 } from '@yunghap/contracts';
import { ConsumerDefinition, defineConsumer } from '@yunghap/platform-nest';
import { ApplicationDecider } from '../applications.di-tokens';
import { applicationTarget } from '../shared/application-target';

/**
 * Follows the evaluation context: `EvaluationOpened` puts the application in evaluation (and so
 * in view of that committee's members), `MemberRecused` takes it out of one member's view again,
 * `EvaluationCompleted` records passed or failed.
 */
export function evaluationOutcomeConsumer(decider: ApplicationDecider): ConsumerDefinition {
  const application = applicationTarget(decider, undefined, { 'APPLICATION.ALREADY_RECUSED': 'member already stood down from this application' });
  return defineConsumer({
    name: 'applications.evaluation-outcome',
    reads: [
      application.on(EvaluationOpenedV1, ({ applicationId, committeeId }, metadata) => ({
        type: 'StartEvaluation',
        data: { applicationId, committeeId },
        metadata,
      })),
      application.on(MemberRecusedV1, ({ applicationId, memberId }, metadata) => ({ type: 'RecordRecusal', data: { applicationId, memberId }, metadata })),
      application.on(EvaluationCompletedV1, ({ applicationId, passed, totalHundredths }, metadata) => ({
        type: 'RecordEvaluationResult',
        data: { applicationId, outcome: passed ? 'passed' : 'failed', totalScore: totalHundredths / 100 },
        metadata,
      })),
    ],
  });
}
