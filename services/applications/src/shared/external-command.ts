import type { Logger } from 'pino';
import { ApplicationCommand, applicationStreamId } from '@yunghap/applications-domain';
import { EventStoreSession, handleCommand } from '@yunghap/event-store';
import { DomainRefusal } from '@yunghap/platform-nest';
import { ApplicationDecider } from '../applications.di-tokens';
import { applicationMessages } from '../applications/applications.outbox';

/**
 * Records on an application what another context decided. A refusal is thrown, so the consumer
 * retries it (messages of two topics can overtake each other) and then parks it on the
 * dead-letter topic; the one exception is an application withdrawn meanwhile, where the
 * withdrawal stands and the message changes nothing.
 */
export async function applyExternalCommand(
  session: EventStoreSession,
  command: ApplicationCommand & { readonly data: { readonly applicationId: string } },
  decider: ApplicationDecider,
  logger: Logger,
): Promise<void> {
  const result = await handleCommand(session, applicationStreamId(command.data.applicationId), command, decider, { outbox: applicationMessages });
  if (result.ok) return;
  if (result.error.code === 'APPLICATION.WITHDRAWN') {
    logger.info({ applicationId: command.data.applicationId, type: command.type }, 'message for a withdrawn application; ignored');
    return;
  }
  throw new DomainRefusal(result.error);
}
