import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageResponse } from '@yunghap/platform-nest';
import { ApplicationStatus, BUSINESS_PLAN_MEDIA_TYPES, BusinessPlanMediaType, EvaluationOutcome } from '@yunghap/applications-domain';
import { ApplicationContentResponse } from './application-content.response.dto';
import { APPLICATION_STATUSES } from './application-statuses';
import { ApplicationView } from './application-view.projection';

export class RoutingResponse {
  @ApiProperty({ example: 'jungbu' }) readonly centerId!: string;
  @ApiProperty({ type: 'integer', minimum: 1, example: 1, description: 'The province mapping version it was routed by' }) readonly mappingVersion!: number;
}

export class RuleFailureResponse {
  @ApiProperty({ example: 'SCREENING.TOO_FEW_SMES' }) readonly code!: string;
  @ApiProperty() readonly message!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The facts the rule found, e.g. { smes: 1, required: 2 }' })
  readonly details!: Readonly<Record<string, unknown>>;
}

export class ScreeningResultResponse {
  @ApiProperty({ enum: ['eligible', 'ineligible'] }) readonly outcome!: 'eligible' | 'ineligible';
  @ApiProperty({ type: [RuleFailureResponse], description: 'Every rule that failed; empty when eligible' }) readonly failures!: readonly RuleFailureResponse[];
  @ApiProperty({ type: [String], description: 'The codes of every rule applied' }) readonly rulesChecked!: readonly string[];
}

export class EvaluationResultResponse {
  @ApiProperty({ enum: ['passed', 'failed'] satisfies EvaluationOutcome[] }) readonly outcome!: EvaluationOutcome;
  @ApiProperty({ example: 82.35, description: "The committee's total, to the hundredth" }) readonly totalScore!: number;
}

/** An application as lists show it: everything but the content. */
export class ApplicationSummaryResponse {
  @ApiProperty({ format: 'uuid', example: '3f0c2a9e-8d4b-4c6e-9a51-2b7f0e6d1c84' }) readonly applicationId!: string;
  @ApiProperty({ example: 'call-2026-it-convergence' }) readonly callId!: string;
  @ApiProperty({ description: 'The user who drafted it' }) readonly applicantId!: string;
  @ApiProperty({ enum: APPLICATION_STATUSES }) readonly status!: ApplicationStatus;
  @ApiProperty({ type: String, nullable: true, example: 'jungbu', description: 'The center it was routed to; null until then' }) readonly centerId!:
    string | null;
  @ApiProperty({ example: 'AI 기반 정밀가공 불량 예측' }) readonly title!: string;
  @ApiProperty({ example: '한빛정밀' }) readonly leadFirmName!: string;
  @ApiProperty({ type: 'integer', minimum: 1, example: 250_000_000, description: 'Whole won' }) readonly requestedAmount!: number;
  @ApiProperty({ type: [String], description: "Every member's registration number, the lead first" }) readonly memberRegistrationNumbers!: readonly string[];
  @ApiPropertyOptional({ format: 'date-time', description: 'The first submission; absent while a draft' }) readonly submittedAt?: string;
  @ApiPropertyOptional({ type: RoutingResponse, description: 'Absent until routed' }) readonly routing?: RoutingResponse;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'How often the center returned it for revision' }) readonly timesReturned!: number;
  @ApiPropertyOptional({ type: ScreeningResultResponse, description: 'Absent until screened' }) readonly screening?: ScreeningResultResponse;
  @ApiPropertyOptional({ description: 'The committee evaluating it; absent until its evaluation opens' }) readonly committeeId?: string;
  @ApiPropertyOptional({ type: EvaluationResultResponse, description: 'Absent until evaluated' }) readonly evaluation?: EvaluationResultResponse;
  @ApiPropertyOptional({ description: "The grants context's reference for its decision; absent until one is recorded" }) readonly externalReference?: string;
  @ApiProperty({ type: String, nullable: true, description: 'Why the center returned it; null unless returned' }) readonly returnReason!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why the applicant withdrew it; null unless withdrawn' }) readonly withdrawalReason!: string | null;
  @ApiProperty({ format: 'date-time' }) readonly draftedAt!: string;
  @ApiProperty({ format: 'date-time' }) readonly updatedAt!: string;
  @ApiProperty({ type: 'integer', minimum: 1, example: 3, description: "The application stream's version, also sent as ETag" }) readonly version!: number;
}

/** The business plan attached last, as the application's events record it; the bytes are read from its own endpoint. */
export class BusinessPlanResponse {
  @ApiProperty({ pattern: '^[0-9a-f]{64}$', description: "SHA-256 of the bytes (lowercase hex), also the download's ETag" }) readonly sha256!: string;
  @ApiProperty({ type: 'integer', minimum: 1, example: 482_113, description: 'Bytes' }) readonly size!: number;
  @ApiProperty({ enum: BUSINESS_PLAN_MEDIA_TYPES, description: 'As told from the bytes, not as the upload claimed' })
  readonly mediaType!: BusinessPlanMediaType;
  @ApiProperty({ example: '사업계획서_한빛정밀.pdf', description: 'The name it was uploaded with' }) readonly fileName!: string;
  @ApiProperty({ format: 'date-time' }) readonly attachedAt!: string;
}

/** One application in full, as its applicant, its center and the program read it. */
export class ApplicationResponse extends ApplicationSummaryResponse {
  @ApiProperty({ type: ApplicationContentResponse }) readonly content!: ApplicationContentResponse;
  @ApiProperty({ type: BusinessPlanResponse, nullable: true, description: 'null until a plan is attached' })
  readonly businessPlan!: BusinessPlanResponse | null;
}

export class ApplicationPageResponse extends PageResponse(ApplicationSummaryResponse, 'Newest drafts first') {}

/**
 * The read model's document as lists show it: named by `applicationId`, without content or
 * bookkeeping. Absent parts are left out even where a document store kept them as null.
 */
export function applicationSummaryOf(view: Omit<ApplicationView, 'content'>): ApplicationSummaryResponse {
  const {
    applicationId,
    callId,
    applicantId,
    status,
    title,
    leadFirmName,
    requestedAmount,
    memberRegistrationNumbers,
    timesReturned,
    draftedAt,
    updatedAt,
    version,
  } = view;
  return {
    applicationId,
    callId,
    applicantId,
    status,
    centerId: view.centerId ?? null,
    title,
    leadFirmName,
    requestedAmount,
    memberRegistrationNumbers,
    ...(view.submittedAt != null && { submittedAt: view.submittedAt }),
    ...(view.routing != null && { routing: view.routing }),
    timesReturned,
    ...(view.screening != null && { screening: view.screening }),
    ...(view.committeeId != null && { committeeId: view.committeeId }),
    ...(view.evaluation != null && { evaluation: view.evaluation }),
    ...(view.externalReference != null && { externalReference: view.externalReference }),
    returnReason: view.returnReason ?? null,
    withdrawalReason: view.withdrawalReason ?? null,
    draftedAt,
    updatedAt,
    version,
  };
}

// The projection sets both from the same event.
function businessPlanOf({ businessPlan, businessPlanAttachedAt }: ApplicationView): BusinessPlanResponse | null {
  if (businessPlan == null || businessPlanAttachedAt == null) return null;
  const { sha256, size, mediaType, fileName } = businessPlan;
  return { sha256, size, mediaType, fileName, attachedAt: businessPlanAttachedAt };
}

/** The read model's document as one application's read shows it. */
export function applicationResponseOf(view: ApplicationView): ApplicationResponse {
  // Plans drafted before the own contribution was recorded show it as none, as screening counts it.
  const budgetPlan = view.content.budgetPlan.map(({ category, amount, ownCash = 0, ownInKind = 0 }) => ({ category, amount, ownCash, ownInKind }));
  return { ...applicationSummaryOf(view), content: { ...view.content, budgetPlan }, businessPlan: businessPlanOf(view) };
}
