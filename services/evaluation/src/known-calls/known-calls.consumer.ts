import { CallClosedV1, CallOpenedV1 } from '@yunghap/contracts';
import { knownCallDecider, knownCallStreamId } from '@yunghap/evaluation-domain';
import { commandTarget, defineConsumer } from '@yunghap/platform-nest';

const knownCall = commandTarget({ decider: knownCallDecider, streamId: (command) => knownCallStreamId(command.data.callId) });

/**
 * Learns the calls from `applications.CallOpened` and `…CallClosed`, so that committees and rubrics
 * are made for calls that exist without asking the applications service. Appended through the
 * consumer's session: it commits with the processed message id, and the decider records each fact once.
 */
export const knownCallsConsumer = defineConsumer({
  name: 'evaluation.known-calls',
  reads: [
    knownCall.on(CallOpenedV1, ({ callId, budgetLineId, title, opensAt, closesAt }, metadata) => ({
      type: 'RecordCallOpened',
      data: { callId, budgetLineId, title, opensAt, closesAt },
      metadata,
    })),
    knownCall.on(CallClosedV1, ({ callId, closedAt }, metadata) => ({ type: 'RecordCallClosed', data: { callId, closedAt }, metadata })),
  ],
});
