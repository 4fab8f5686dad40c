import type { Logger } from 'pino';
import { RecordExternalOutcome } from '@yunghap/applications-domain';
import { GrantApprovedV1, GrantAwardedV1, GrantRejectedV1, TOPICS } from '@yunghap/contracts';
import { IntegrationMessage } from '@yunghap/messaging';
import { ConsumerDefinition, contractPayloadOf, systemMetadata } from '@yunghap/platform-nest';
import { ApplicationDecider } from '../applications.di-tokens';
import { applyExternalCommand } from '../shared/external-command';

/** What a grants decision means for the application: proposed for an award, awarded, or not selected. */
function outcomeFor(message: IntegrationMessage): RecordExternalOutcome | null {
  const metadata = systemMetadata(message.correlationId, message.messageId);
  const awarded = contractPayloadOf(GrantAwardedV1, message);
  if (awarded) return { type: 'RecordExternalOutcome', data: { applicationId: awarded.applicationId, outcome: 'selected', reference: awarded.grantId }, metadata };
  const approved = contractPayloadOf(GrantApprovedV1, message);
  if (approved) return { type: 'RecordExternalOutcome', data: { applicationId: approved.applicationId, outcome: 'grant-awarded', reference: approved.grantId }, metadata };
  const rejected = contractPayloadOf(GrantRejectedV1, message);
  if (rejected) return { type: 'RecordExternalOutcome', data: { applicationId: rejected.applicationId, outcome: 'not-selected', reference: rejected.grantId }, metadata };
  return null;
}

/** Follows the grants context so that applicants and centers see where an application stands. */
export function grantsOutcomeConsumer(decider: ApplicationDecider, logger: Logger): ConsumerDefinition {
  return {
    name: 'applications.grants-outcome',
    topics: [TOPICS.grants],
    handle: async (message, session) => {
      const command = outcomeFor(message);
      if (command) await applyExternalCommand(session, command, decider, logger);
    },
  };
}
