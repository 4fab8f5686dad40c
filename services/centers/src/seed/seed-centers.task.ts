import { Injectable } from '@nestjs/common';
import { CENTER_SEEDS, centerDecider, centerStreamId, ROUTING_STREAM_ID, routingDecider, seedRoutingSetup } from '@yunghap/centers-domain';
import { CommandExecutor, DomainRefusal, ServiceLogger, systemMetadata } from '@yunghap/platform-nest';
import type { Logger } from 'pino';
import { routingMessages } from '../routing/routing.outbox';

/**
 * Registers the seven centers and the default province mapping on first start. Idempotent:
 * the deciders answer an unchanged registration and an initialised routing with no events, and
 * a center a program manager has since edited is left as it is.
 */
@Injectable()
export class SeedCentersTask {
  private readonly logger: Logger;

  constructor(
    private readonly commands: CommandExecutor,
    logger: ServiceLogger,
  ) {
    this.logger = logger.for(SeedCentersTask.name);
  }

  async run(): Promise<void> {
    const metadata = systemMetadata();
    let registered = 0;
    for (const { provinces: _provinces, ...seed } of CENTER_SEEDS) {
      try {
        const result = await this.commands.execute(centerStreamId(seed.centerId), { type: 'RegisterCenter', data: seed, metadata }, centerDecider);
        registered += result.events.length;
      } catch (error) {
        if (!(error instanceof DomainRefusal && error.error.code === 'CENTERS.ALREADY_REGISTERED')) throw error;
        this.logger.info({ centerId: seed.centerId }, 'center already registered with other details; kept as it is');
      }
    }
    const routing = await this.commands.execute(ROUTING_STREAM_ID, { type: 'InitialiseRouting', data: seedRoutingSetup(), metadata }, routingDecider, {
      outbox: (events, _state, context) => routingMessages(events, context),
    });
    this.logger.info({ centersRegistered: registered, routingInitialised: routing.events.length > 0 }, 'centers seeded');
  }
}
