import { ApplicationCommand, applicationStreamId } from '@yunghap/applications-domain';
import { CommandTarget, commandTarget, RefusalReasons } from '@yunghap/platform-nest';
import { ApplicationDecider } from '../applications.di-tokens';
import { applicationMessages } from '../applications/applications.outbox';

/**
 * Where another context's decision is recorded: on the application's stream, with the messages
 * its events publish. An application withdrawn meanwhile stays withdrawn; the message changes nothing.
 */
export function applicationTarget(decider: ApplicationDecider, retry?: RefusalReasons, tolerate: RefusalReasons = {}): CommandTarget<ApplicationCommand> {
  return commandTarget({
    decider,
    streamId: (command) => applicationStreamId(command.data.applicationId),
    outbox: applicationMessages,
    tolerate: { 'APPLICATION.WITHDRAWN': 'message for a withdrawn application; ignored', ...tolerate },
    retry,
  });
}
