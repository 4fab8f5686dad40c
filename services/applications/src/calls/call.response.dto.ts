import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@yunghap/platform-nest';
import { INDUSTRY_LEVELS, IndustryLevel, PublishedCall } from '@yunghap/applications-domain';
import { CallView } from './call-view.projection';

const AS_GIVEN = 'ISO 8601 with an offset, as the program manager gave it';

/** A call (공고) as every role reads it. */
export class CallResponse {
  @ApiProperty({ example: 'call-2026-it-convergence' }) readonly callId!: string;
  @ApiProperty({ enum: ['opened', 'closed-early'] satisfies PublishedCall['status'][] }) readonly status!: PublishedCall['status'];
  @ApiProperty({ example: 'it-convergence' }) readonly budgetLineId!: string;
  @ApiProperty({ example: '2026년 IT융합 기술개발 과제 공고' }) readonly title!: string;
  @ApiProperty({ example: '2026-03-02T09:00:00+09:00', description: AS_GIVEN }) readonly opensAt!: string;
  @ApiProperty({ example: '2026-03-31T18:00:00+09:00', description: `${AS_GIVEN}; the time of an early close once closed early` }) readonly closesAt!: string;
  @ApiProperty({ type: 'integer', example: 300_000_000, description: 'Whole won per project' }) readonly capPerProject!: number;
  @ApiProperty({ type: [String], example: ['AI', 'IoT'] }) readonly technologyFields!: readonly string[];
  @ApiProperty({ enum: INDUSTRY_LEVELS, description: 'The KSIC level at which member SMEs must differ' }) readonly industryLevel!: IndustryLevel;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 99, example: 25, description: 'The least share of the total cost the consortium bears, whole percent' })
  readonly minimumOwnSharePercent!: number;
  @ApiProperty({ type: String, nullable: true, description: 'Why it was closed early; null otherwise' }) readonly closeReason!: string | null;
  @ApiProperty({ format: 'date-time' }) readonly openedAt!: string;
  @ApiProperty({ format: 'date-time' }) readonly updatedAt!: string;
  @ApiProperty({ type: 'integer', minimum: 1, example: 1, description: "The call stream's version, also sent as ETag" }) readonly version!: number;
}

/** The read model's document as the API shows it: named by `callId`, without bookkeeping. */
export class CallPageResponse extends PageResponse(CallResponse, 'Latest opening first') {}

export function callResponseOf(view: CallView): CallResponse {
  const { callId, status, budgetLineId, title, opensAt, closesAt, capPerProject, technologyFields, closeReason, openedAt, updatedAt, version } = view;
  const { industryLevel, minimumOwnSharePercent } = view;
  return {
    callId,
    status,
    budgetLineId,
    title,
    opensAt,
    closesAt,
    capPerProject,
    technologyFields,
    industryLevel,
    minimumOwnSharePercent,
    closeReason: closeReason ?? null,
    openedAt,
    updatedAt,
    version,
  };
}
