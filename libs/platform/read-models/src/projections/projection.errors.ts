import type { RecordedEvent } from '@yunghap/event-store';

function reason(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

/** A projection stopped: on one event (`eventType` and `streamId` set) or while reading or saving its checkpoint. */
export class ProjectionError extends Error {
  private constructor(
    readonly projection: string,
    /** The failing event's position, or the last position handled when no event was at fault. */
    readonly position: number,
    readonly eventType: string | null,
    readonly streamId: string | null,
    message: string,
    cause: unknown,
  ) {
    super(message, { cause });
    this.name = 'ProjectionError';
  }

  static onEvent(projection: string, event: RecordedEvent, cause: unknown): ProjectionError {
    return new ProjectionError(
      projection,
      event.position,
      event.type,
      event.streamId,
      `Projection ${projection} failed on ${event.type} at position ${event.position} (stream ${event.streamId}): ${reason(cause)}`,
      cause,
    );
  }

  static afterPosition(projection: string, position: number, cause: unknown): ProjectionError {
    return new ProjectionError(projection, position, null, null, `Projection ${projection} stopped after position ${position}: ${reason(cause)}`, cause);
  }
}

/** `waitFor` gave up: the projection had not reached the position in time. */
export class ProjectionTimeoutError extends Error {
  constructor(
    readonly projection: string,
    readonly awaited: number,
    readonly reached: number,
    timeoutMs: number,
  ) {
    super(`Projection ${projection} reached position ${reached}, not ${awaited}, within ${timeoutMs} ms`);
    this.name = 'ProjectionTimeoutError';
  }
}
