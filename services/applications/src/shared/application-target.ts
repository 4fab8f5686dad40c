import { ApplicationCommand, applicationDecider, applicationStreamId } from '@yunghap/applications-domain';
import { CommandTarget, commandTarget, RefusalReasons } from '@yunghap/platform-nest';
import { applicationMessages } from '../applications/applications.outbox';

/**
 * Where another context's decision is recorded: on the application's stream, with the messages
 * its events publish. An application withdrawn meanwhile stays withdrawn; the message changes nothing.
 */
export function applicationTarget(retry?: RefusalReasons, tolerate: RefusalReasons = {}): CommandTarget<ApplicationCommand> {
  return commandTarget({
    decider: applicationDecider,
    streamId: (command) => applicationStreamId(command.data.applicationId),
    outbox: applicationMessages,
    tolerate: { 'APPLICATION.WITHDRAWN': 'message for a withdrawn application; ignored', ...tolerate },
    retry,
  });
}
