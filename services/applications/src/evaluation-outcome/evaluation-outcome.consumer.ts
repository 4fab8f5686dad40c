import { EvaluationCompletedV1, EvaluationOpenedV1, MemberRecusedV1 } from '@yunghap/contracts';
import { ConsumerDefinition, defineConsumer } from '@yunghap/platform-nest';
import { applicationTarget } from '../shared/application-target';

const application = applicationTarget(undefined, { 'APPLICATION.ALREADY_RECUSED': 'member already stood down from this application' });

/**
 * Follows the evaluation context: `EvaluationOpened` puts the application in evaluation (and so
 * in view of that committee's members), `MemberRecused` takes it out of one member's view again,
 * `EvaluationCompleted` records passed or failed, with the applicant's feedback when the message carries it.
 */
export const evaluationOutcomeConsumer: ConsumerDefinition = defineConsumer({
  name: 'applications.evaluation-outcome',
  reads: [
    application.on(EvaluationOpenedV1, ({ applicationId, committeeId }, metadata) => ({
      type: 'StartEvaluation',
      data: { applicationId, committeeId },
      metadata,
    })),
    application.on(MemberRecusedV1, ({ applicationId, memberId }, metadata) => ({ type: 'RecordRecusal', data: { applicationId, memberId }, metadata })),
    application.on(EvaluationCompletedV1, ({ applicationId, passed, totalHundredths, feedback }, metadata) => ({
      type: 'RecordEvaluationResult',
      data: {
        applicationId,
        outcome: passed ? 'passed' : 'failed',
        totalScore: totalHundredths / 100,
        // A result published before the evaluation service sent feedback records none.
        ...(feedback && {
          feedback: feedback.map(({ criterionId, name, maximum, meanHundredths, reasons }) => ({
            criterionId,
            name,
            maximum,
            mean: meanHundredths / 100,
            reasons,
          })),
        }),
      },
      metadata,
    })),
  ],
});
