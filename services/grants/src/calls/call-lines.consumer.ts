import { CallOpenedV1 } from '@yunghap/contracts';
import { callLineDecider, GrantsStreams } from '@yunghap/grants-domain';
import { commandTarget, defineConsumer } from '@yunghap/platform-nest';

// Only a non-system actor is refused, which a consumer never is: a refusal here is a bug worth parking.
const call = commandTarget({ decider: callLineDecider, streamId: (command) => GrantsStreams.call(command.data.callId) });

/**
 * Learns the budget line each call was opened on (`applications.CallOpened`), so that an award is
 * charged to its call's line; recorded on the call's stream with the processed message id.
 */
export const callLinesConsumer = defineConsumer({
  name: 'grants.on-calls',
  reads: [call.on(CallOpenedV1, ({ callId, budgetLineId }, metadata) => ({ type: 'NoteCallLine', data: { callId, lineId: budgetLineId }, metadata }))],
});
