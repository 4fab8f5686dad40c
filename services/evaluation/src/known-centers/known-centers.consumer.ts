import { ProvinceRoutingChangedV1 } from '@yunghap/contracts';
import { KNOWN_CENTERS_STREAM_ID, knownCentersDecider } from '@yunghap/evaluation-domain';
import { commandTarget, defineConsumer } from '@yunghap/platform-nest';

const knownCenters = commandTarget({ decider: knownCentersDecider, streamId: () => KNOWN_CENTERS_STREAM_ID });

/**
 * Learns the centers from `centers.ProvinceRoutingChanged`, so a committee is formed for a center
 * that exists without asking the centers service. Appended through the consumer's session: it
 * commits with the processed message id, and the decider records a center once.
 */
export const knownCentersConsumer = defineConsumer({
  name: 'evaluation.known-centers',
  reads: [
    knownCenters.on(ProvinceRoutingChangedV1, ({ fromCenterId, toCenterId }, metadata) => ({
      type: 'RecordRoutedCenters',
      data: { centerIds: fromCenterId === undefined ? [toCenterId] : [fromCenterId, toCenterId] },
      metadata,
    })),
  ],
});
