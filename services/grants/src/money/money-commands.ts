import { Inject, Injectable } from '@nestjs/common';
import { AllocationEvent, GrantEvent } from '@yunghap/grants-domain';
import { HandleOptions, HandleResult } from '@yunghap/event-store';
import { Decider, DomainCommand } from '@yunghap/kernel';
import { DomainRefusal, RuntimeMetrics, SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { decideMoveRecord } from './money-flow';

/** `decideMoveRecord` for an HTTP request: returns once the read models include the result. */
@Injectable()
export class MoneyCommands {
  constructor(
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
    private readonly metrics: RuntimeMetrics,
  ) {}

  /** The outcome as it is, refusals included, for callers that record something else on a refusal. */
  attempt<C extends DomainCommand, E extends GrantEvent | AllocationEvent, S>(streamId: string, command: C, decider: Decider<C, E, S>, options?: HandleOptions<E, S>): Promise<HandleResult<E, S>> {
    return this.metrics.timeCommand(command.type, async () => {
      const result = await decideMoveRecord(this.runtime.store, streamId, command, decider, options);
      if (result.ok && result.lastPosition !== null) await this.runtime.readYourWrites(result.lastPosition);
      return result;
    });
  }

  async execute<C extends DomainCommand, E extends GrantEvent | AllocationEvent, S>(streamId: string, command: C, decider: Decider<C, E, S>, options?: HandleOptions<E, S>) {
    const result = await this.attempt(streamId, command, decider, options);
    if (!result.ok) throw new DomainRefusal(result.error);
    return result;
  }
}
