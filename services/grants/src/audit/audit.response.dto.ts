import { EvidenceLogResponse } from '@yunghap/platform-nest';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { ROLES } from '@yunghap/kernel';

export const TRACE_STEPS = [
  'call',
  'application',
  'screening',
  'evaluation',
  'selection',
  'line-exception-approval',
  'award-approval',
  'year-part-commitment',
  'award-rejection',
  'agreement',
  'disbursement-proposal',
  'disbursement-approval',
  'recovery-proposal',
  'recovery-approval',
  'recovery-withdrawal',
  'recovery-rejection',
  'recovery',
  'cancellation',
  'line-commitment',
  'line-disbursement',
  'line-recovery',
  'line-release',
] as const;

export class ActorResponse {
  @ApiProperty({ example: 'fin-han' }) readonly userId!: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) readonly role!: (typeof ROLES)[number];
}

export class TraceEntryResponse {
  @ApiProperty({ enum: TRACE_STEPS, enumName: 'TraceStep' }) readonly step!: string;
  @ApiProperty({ example: 'AwardApproved', description: 'The recorded event type' }) readonly type!: string;
  @ApiProperty({ example: 'grant-3f9b2c4e-8a1d-4e6f-b2c3-5d7e9f1a2b3c' }) readonly streamId!: string;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Place in its stream' }) readonly version!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Place in the whole log' }) readonly position!: number;
  @ApiProperty({ format: 'date-time' }) readonly occurredAt!: string;
  @ApiProperty({ type: ActorResponse, description: 'Who decided; for facts of other services, whoever decided there' }) readonly actor!: ActorResponse;
  @ApiProperty() readonly correlationId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'For copies of other services’ facts: the id of the message they came in' }) readonly causationId!:
    string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The event’s data (or the fact) as recorded' }) readonly details!: unknown;
}

export class GrantTraceResponse {
  @ApiProperty({ format: 'uuid' }) readonly grantId!: string;
  @ApiProperty() readonly applicationId!: string;
  @ApiProperty({ type: [TraceEntryResponse], description: 'In the order recorded' }) readonly entries!: readonly TraceEntryResponse[];
}

export class LineBalanceResponse {
  @ApiProperty({ type: 'integer', description: 'Whole won' }) readonly amount!: number;
  @ApiProperty({ type: 'integer', description: 'Whole won' }) readonly available!: number;
  @ApiProperty({ type: 'integer', description: 'Whole won' }) readonly committed!: number;
  @ApiProperty({ type: 'integer', description: 'Whole won' }) readonly disbursed!: number;
  @ApiProperty({ type: 'integer', description: 'Whole won' }) readonly recovered!: number;
}

export class ProgramBudgetResponse {
  @ApiProperty({ type: 'integer', example: 2026 }) readonly year!: number;
  @ApiProperty({ type: 'integer', description: 'Whole won' }) readonly total!: number;
  @ApiProperty({ type: 'integer', description: 'Whole won' }) readonly allocated!: number;
  @ApiProperty({ type: 'integer', description: 'Whole won' }) readonly unallocated!: number;
}

@ApiExtraModels(LineBalanceResponse)
export class BudgetAsOfResponse {
  @ApiProperty({ example: '2026-06-30T23:59:59+09:00', description: 'The instant asked for, as given (seconds added when left out)' }) readonly at!: string;
  @ApiPropertyOptional({ type: ProgramBudgetResponse, description: 'Absent when the program had not been opened yet' })
  readonly program?: ProgramBudgetResponse;
  @ApiProperty({ type: 'object', additionalProperties: { $ref: getSchemaPath(LineBalanceResponse) }, description: 'By line id; the lines opened by then' })
  readonly lines!: Readonly<Record<string, LineBalanceResponse>>;
}

export class ChainBreakResponse {
  @ApiProperty() readonly streamId!: string;
  @ApiProperty({ type: 'integer' }) readonly version!: number;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Null when events were removed from the end of the stream' }) readonly position!: number | null;
  @ApiProperty() readonly reason!: string;
}

export class VerifyResponse {
  @ApiProperty() readonly ok!: boolean;
  @ApiProperty({ type: 'integer', minimum: 0 }) readonly streamsChecked!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) readonly eventsChecked!: number;
  @ApiProperty({ type: ChainBreakResponse, nullable: true, description: 'The first event whose chain breaks; null when every chain holds' })
  readonly firstBreak!: ChainBreakResponse | null;
}

export class ExecutionPointResponse {
  @ApiProperty({
    example: '2026-01-31T23:59:59.999+09:00',
    description: 'The last instant of a Korean month (UTC+9) that has ended; for the last point of the current year, the moment of the request',
  })
  readonly at!: string;
  @ApiProperty({ type: 'integer', description: 'What the lines opened by then hold, summed; whole won' }) readonly amount!: number;
  @ApiProperty({ type: 'integer', description: 'Promised to approved awards and allocations, not yet paid, summed over the lines; whole won' })
  readonly committed!: number;
  @ApiProperty({ type: 'integer', description: 'Paid out in total by then (gross: a recovery does not reduce it), summed over the lines; whole won' })
  readonly disbursed!: number;
  @ApiProperty({ type: 'integer', description: 'Recovered (clawed back) in total by then, summed over the lines; whole won' }) readonly recovered!: number;
}

/** 집행률 (execution rate) = (disbursed − recovered) ÷ total, computed by the reader: the API answers whole won only. */
export class ExecutionSeriesResponse {
  @ApiProperty({ type: 'integer', example: 2026, description: 'The program year (Korean calendar year)' }) readonly year!: number;
  @ApiProperty({
    type: 'integer',
    example: 40_000_000_000,
    description: 'The program total, whole won. The execution rate (집행률) of a point is (disbursed − recovered) ÷ total; the API gives integers only',
  })
  readonly total!: number;
  @ApiProperty({
    type: [ExecutionPointResponse],
    description:
      'One point per Korean month of the year that has ended, then one for now while the year runs, oldest first; each rebuilt from the events decided until its instant',
  })
  readonly points!: readonly ExecutionPointResponse[];
}

/** A grant's evidence packet (docs/audit.md §3): checked offline with `npx yunghap-verify` or the Go verifier. */
export class EvidencePacketResponse {
  @ApiProperty({ enum: ['yunghap-evidence/1'] }) readonly format!: string;
  @ApiProperty({ example: 'grant 3f9b2c4e-8a1d-4e6f-b2c3-5d7e9f1a2b3c' }) readonly subject!: string;
  @ApiProperty({ example: '2026-12-04T10:00:00.000Z' }) readonly generatedAt!: string;
  @ApiProperty({ type: [EvidenceLogResponse], description: "The grants log's part first, then each other service's log that names the application" })
  readonly logs!: readonly EvidenceLogResponse[];
  @ApiProperty({ description: "A note signed with the grants log's key over every checkpoint and leaf hash of the packet" }) readonly seal!: string;
}
