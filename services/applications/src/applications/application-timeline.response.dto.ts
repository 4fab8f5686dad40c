import { ApiProperty } from '@nestjs/swagger';
import { ApplicationEvent } from '@yunghap/applications-domain';
import { Role, ROLES } from '@yunghap/kernel';
import { TimelineEntry } from './application-timeline.projection';
import { APPLICATION_EVENT_TYPES } from './application-view.projection';

export class ActorResponse {
  @ApiProperty({ example: 'intake-park', description: '"yunghap" when the platform acted on another service\'s message' }) readonly userId!: string;
  @ApiProperty({ enum: ROLES }) readonly role!: Role;
}

export class TimelineEventResponse {
  @ApiProperty({ format: 'uuid' }) readonly eventId!: string;
  @ApiProperty({ format: 'uuid' }) readonly applicationId!: string;
  @ApiProperty({ type: 'integer', minimum: 1, description: "Its place in the application's stream" }) readonly version!: number;
  @ApiProperty({ enum: APPLICATION_EVENT_TYPES }) readonly type!: ApplicationEvent['type'];
  @ApiProperty({ format: 'date-time' }) readonly occurredAt!: string;
  @ApiProperty({ type: ActorResponse }) readonly actor!: ActorResponse;
  @ApiProperty({ description: 'The request or message it belonged to (X-Correlation-Id)' }) readonly correlationId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The message that caused it; null for a request' }) readonly causationId!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'What the event decided, by type (e.g. { centerId, mappingVersion } when routed)' })
  readonly details!: Readonly<Record<string, unknown>>;
}

export class ApplicationTimelineResponse {
  @ApiProperty({ format: 'uuid' }) readonly applicationId!: string;
  @ApiProperty({ type: [TimelineEventResponse], description: 'In stream order' }) readonly events!: readonly TimelineEventResponse[];
}

/** A timeline document as the API shows it: named by `eventId`, without bookkeeping. */
export function timelineEventOf(entry: TimelineEntry): TimelineEventResponse {
  const { _id: eventId, applicationId, version, type, occurredAt, actor, correlationId, causationId, details } = entry;
  return {
    eventId,
    applicationId,
    version,
    type,
    occurredAt,
    actor: { userId: actor.userId, role: actor.role },
    correlationId,
    causationId: causationId ?? null,
    details,
  };
}
