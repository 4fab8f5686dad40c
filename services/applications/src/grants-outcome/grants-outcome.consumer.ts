import { ExternalOutcome, RecordExternalOutcome } from '@yunghap/applications-domain';
import { AwardProposedV2, GrantApprovedV1, GrantCancelledV1, GrantRejectedV1 } from '@yunghap/contracts';
import { CommandMetadata } from '@yunghap/kernel';
import { ConsumerDefinition, defineConsumer } from '@yunghap/platform-nest';
import { applicationTarget } from '../shared/application-target';

/** What a grants decision about an application means for it; the grant is the reference. */
const recorded =
  (outcome: ExternalOutcome) =>
  ({ applicationId, grantId }: { readonly applicationId: string; readonly grantId: string }, metadata: CommandMetadata): RecordExternalOutcome => ({
    type: 'RecordExternalOutcome',
    data: { applicationId, outcome, reference: grantId },
    metadata,
  });

// Grants decides on an evaluation result that this service, reading another topic, may not have recorded yet.
const application = applicationTarget({ 'APPLICATION.NOT_PASSED': 'the evaluation result may not be recorded yet' });

/** Follows the grants context so that applicants and centers see where an application stands. */
export const grantsOutcomeConsumer: ConsumerDefinition = defineConsumer({
  name: 'applications.grants-outcome',
  reads: [
    application.on(AwardProposedV2, recorded('selected')),
    application.on(GrantApprovedV1, recorded('grant-awarded')),
    application.on(GrantRejectedV1, recorded('not-selected')),
    application.on(GrantCancelledV1, recorded('grant-cancelled')),
  ],
});
