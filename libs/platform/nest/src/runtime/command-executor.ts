import { Inject, Injectable } from '@nestjs/common';
import { handleCommand, HandleOptions } from '@yunghap/event-store';
import { Decider, DomainCommand, DomainEvent } from '@yunghap/kernel';
import { DomainRefusal } from '../problem-details/problem-details.filter';
import { SERVICE_RUNTIME } from './runtime.di-tokens';
import type { ServiceRuntime } from './service-runtime';

/**
 * Runs a command against an aggregate for an HTTP request: a refusal becomes the matching
 * problem answer, and the call returns only when the service's read models include the result,
 * so the client can read what it just wrote.
 */
@Injectable()
export class CommandExecutor {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  async execute<C extends DomainCommand, E extends DomainEvent, S>(streamId: string, command: C, decider: Decider<C, E, S>, options?: HandleOptions<E, S>) {
    const result = await handleCommand(this.runtime.store, streamId, command, decider, options);
    if (!result.ok) throw new DomainRefusal(result.error);
    if (result.lastPosition !== null) await this.runtime.caughtUp(result.lastPosition);
    return result;
  }
}
