import { awardProposedFromGrantAwarded } from './grants.contracts';
import { upcasterChain } from './upcaster';

/** Every upcaster of every context: add one here when a contract gets a new version. */
export const CONTRACT_UPCASTERS = [awardProposedFromGrantAwarded];

/**
 * A message as its newest contract version, whatever version it was stored or published in
 * (an outbox row written before an upgrade, a topic, a replayed dead letter). Consumers read
 * messages through it before matching them against the contracts they know.
 */
export const upcastToCurrent = upcasterChain(CONTRACT_UPCASTERS);
