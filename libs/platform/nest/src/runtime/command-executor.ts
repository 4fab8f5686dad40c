import { Inject, Injectable } from '@nestjs/common';
import { SpanKind } from '@opentelemetry/api';
import { EventStoreTransaction, handleCommand, HandleOptions, HandleResult } from '@yunghap/event-store';
import { Decider, DomainCommand, DomainError, DomainEvent } from '@yunghap/kernel';
import { inSpan, ServiceTracing, YUNGHAP_ATTRIBUTES } from '@yunghap/telemetry';
import { SERVICE_TRACING } from '../bootstrap/platform.di-tokens';
import { DomainRefusal } from '../problem-details/problem-details.filter';
import { SERVICE_RUNTIME } from './runtime.di-tokens';
import type { ServiceRuntime } from './service-runtime';
import { RuntimeMetrics } from '../metrics/runtime-metrics';
import { CommandPending } from './command-pending';

/** Carries a refusal out of a transaction, so that the transaction rolls back. */
class RolledBack extends Error {
  constructor(readonly refusal: DomainError) {
    super(refusal.message);
  }
}

/**
 * Runs a command against an aggregate for an HTTP request: a refusal becomes the matching
 * problem answer, and the call returns only when the read models that read its events include them,
 * so the client can read what it just wrote (or throws `CommandPending`, answered 202, when they
 * do not within the read-your-writes bound).
 */
@Injectable()
export class CommandExecutor {
  constructor(
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
    private readonly metrics: RuntimeMetrics,
    @Inject(SERVICE_TRACING) private readonly tracing: ServiceTracing,
  ) {}

  execute<C extends DomainCommand, E extends DomainEvent, S>(streamId: string, command: C, decider: Decider<C, E, S>, options?: HandleOptions<E, S>) {
    return this.run(streamId, command, () => handleCommand(this.runtime.store, streamId, command, decider, options));
  }

  /**
   * As `execute`, for a command whose effect spans streams (a grant and its budget line): `effect`
   * runs in one store transaction, and a refusal rolls back everything it appended.
   * Example: `commands.executeInTransaction(streamId, command, (tx) => decideMoveRecord(tx, streamId, command, grantDecider, grantLineMovements))`
   */
  executeInTransaction<E extends DomainEvent, S>(
    streamId: string,
    command: DomainCommand,
    effect: (session: EventStoreTransaction) => Promise<HandleResult<E, S>>,
  ) {
    return this.run(streamId, command, async () => {
      try {
        return await this.runtime.store.transaction(async (session) => {
          const result = await effect(session);
          if (!result.ok) throw new RolledBack(result.error);
          return result;
        });
      } catch (error) {
        if (error instanceof RolledBack) return { ok: false as const, error: error.refusal };
        throw error;
      }
    });
  }

  private run<E extends DomainEvent, S>(streamId: string, command: DomainCommand, handle: () => Promise<HandleResult<E, S>>) {
    return this.metrics.timeCommand(command.type, async () => {
      const result = await this.inCommandSpan(streamId, command, handle);
      if (!result.ok) throw new DomainRefusal(result.error);
      if (result.lastPosition !== null)
        await this.runtime.readYourWrites(
          result.lastPosition,
          result.events.map((event) => event.type),
        );
      return result;
    });
  }

  /**
   * The decision and the append in a span `command <type>`: the events and outbox rows keep its
   * context, so what they cause later (the relay, other services) joins the request's trace.
   */
  private inCommandSpan<E, S>(streamId: string, command: DomainCommand, handle: () => Promise<HandleResult<E, S>>) {
    const { correlationId } = command.metadata;
    const attributes = {
      [YUNGHAP_ATTRIBUTES.commandType]: command.type,
      [YUNGHAP_ATTRIBUTES.streamId]: streamId,
      ...(correlationId !== undefined && { [YUNGHAP_ATTRIBUTES.correlationId]: correlationId }),
    };
    return inSpan(this.tracing.tracer, `command ${command.type}`, { kind: SpanKind.INTERNAL, attributes }, async (span) => {
      const result = await handle();
      if (!result.ok) span.setAttribute(YUNGHAP_ATTRIBUTES.refusal, result.error.code);
      else
        span.setAttributes({
          [YUNGHAP_ATTRIBUTES.streamVersion]: result.version,
          ...(result.lastPosition !== null && { [YUNGHAP_ATTRIBUTES.position]: result.lastPosition }),
        });
      return result;
    });
  }

  /**
   * Runs a command's second step (routing a submission, opening the evaluations a new committee
   * can serve) after the command. When the command answered 202, the step runs in the background
   * once the read models show the command, and the 202 stands: the step is part of what was
   * recorded, not something the client should ask for again.
   */
  async thenFollowUp(command: Promise<unknown>, what: string, followUp: () => Promise<unknown>): Promise<void> {
    try {
      await command;
    } catch (error) {
      if (error instanceof CommandPending) this.runtime.whenProjected(error.position, what, followUp);
      throw error;
    }
    await followUp();
  }
}
