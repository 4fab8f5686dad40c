import { ApplicationEvent, ApplicationFile, ApplicationState, consortiumOf } from '@yunghap/applications-domain';
import { ApplicationScreenedV1, ApplicationSubmittedV1, ApplicationWithdrawnV1 } from '@yunghap/contracts';
import { OutboxContext, OutboxMessage } from '@yunghap/event-store';
import { assertNever } from '@yunghap/kernel';
import { publish } from '@yunghap/platform-nest';

// The decider routes before it screens and stamps the submission first, so these hold for every
// application that gets as far as a message; a missing one is a bug, not a case to publish.
function routedCenterOf(file: ApplicationFile): string {
  if (!file.routing) throw new Error(`application ${file.applicationId} has no center yet`);
  return file.routing.centerId;
}

function submittedAtOf(file: ApplicationFile): string {
  if (!file.submittedAt) throw new Error(`application ${file.applicationId} has not been submitted`);
  return file.submittedAt;
}

function messagesFor(event: ApplicationEvent, file: ApplicationFile, context: OutboxContext): OutboxMessage[] {
  const { applicationId, callId, content } = file;
  const memberRegistrationNumbers = consortiumOf(content).map((firm) => firm.registrationNumber);
  switch (event.type) {
    // Other services learn of a submission once it has a center: that is who acts on it next.
    case 'ApplicationRouted':
      return [
        publish(
          ApplicationSubmittedV1,
          applicationId,
          {
            applicationId,
            callId,
            centerId: event.data.centerId,
            mappingVersion: event.data.mappingVersion,
            title: content.task.title,
            leadRegistrationNumber: content.leadFirm.registrationNumber,
            memberRegistrationNumbers,
            members: consortiumOf(content).map(({ registrationNumber, name }, index) => ({ registrationNumber, name, lead: index === 0 })),
            province: content.leadFirm.province,
            requestedWon: content.requestedAmount,
            submittedAt: submittedAtOf(file),
          },
          context,
        ),
      ];
    case 'ApplicationScreened':
      return [
        publish(
          ApplicationScreenedV1,
          applicationId,
          {
            applicationId,
            callId,
            centerId: routedCenterOf(file),
            eligible: event.data.result.outcome === 'eligible',
            failedRules: event.data.result.failures.map(({ code, message }) => ({ code, message })),
            memberRegistrationNumbers,
            title: content.task.title,
            requestedWon: content.requestedAmount,
            submittedAt: submittedAtOf(file),
            screenedAt: context.occurredAt,
          },
          context,
        ),
      ];
    // A draft was never announced, so its withdrawal is nobody else's business.
    case 'ApplicationWithdrawn':
      if (file.submittedAt === undefined) return [];
      return [
        publish(
          ApplicationWithdrawnV1,
          applicationId,
          { applicationId, callId, ...(file.routing && { centerId: file.routing.centerId }), withdrawnAt: context.occurredAt },
          context,
        ),
      ];
    case 'ApplicationDrafted':
    case 'ApplicationRevised':
    case 'BusinessPlanAttached':
    case 'ApplicationSubmitted':
    case 'ApplicationReturnedForRevision':
    case 'ApplicationResubmitted':
    case 'ApplicationEvaluationStarted':
    case 'ApplicationMemberRecused':
    case 'ApplicationEvaluated':
    case 'ApplicationOutcomeRecorded':
      return [];
    default:
      return assertNever(event);
  }
}

/**
 * What other services learn of an application, written to the outbox with the events:
 * `ApplicationSubmitted` (with its center), `ApplicationScreened` (every failed rule) and
 * `ApplicationWithdrawn`, keyed by application id so each application's messages stay in order.
 */
export function applicationMessages(events: readonly ApplicationEvent[], state: ApplicationState, context: OutboxContext): OutboxMessage[] {
  if (state.status === 'none') return [];
  return events.flatMap((event) => messagesFor(event, state, context));
}
