import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsBoolean, IsInt, IsISO8601, IsOptional, IsString, Min, ValidateNested } from 'class-validator';
import { ContractDefinition } from './contract';
import { IsBusinessRegistrationNumber, IsProvince } from './identifier.validators';
import { TOPICS } from './topics';
import { IsWon } from './validators';

/** One firm of the consortium as the application names it; `lead` marks the lead firm. */
export class ConsortiumMemberPayload {
  @IsBusinessRegistrationNumber() readonly registrationNumber!: string;
  @IsString() readonly name!: string;
  @IsBoolean() readonly lead!: boolean;
}

/** An application reached its regional center: sent once routing has fixed the center. */
export class ApplicationSubmittedPayload {
  @IsString() readonly applicationId!: string;
  @IsString() readonly callId!: string;
  @IsString() readonly centerId!: string;
  /** The province mapping in force at submission, by which the center was chosen. */
  @IsInt() @Min(1) readonly mappingVersion!: number;
  @IsString() readonly title!: string;
  // Registration numbers travel in one spelling only: consumers match firms by plain equality
  // (recusal, one application per firm), and a second spelling would silently escape the match.
  @IsBusinessRegistrationNumber() readonly leadRegistrationNumber!: string;
  /** Every member, the lead firm first. */
  @IsBusinessRegistrationNumber({ each: true }) @ArrayMinSize(1) readonly memberRegistrationNumbers!: string[];
  /**
   * Every member with its name, the lead firm first: who a grant is awarded to. Added to version 1
   * without a new version: messages sent before it lack the field, and consumers take them as they are.
   */
  @IsOptional() @IsArray() @ArrayMinSize(1) @ValidateNested({ each: true }) @Type(() => ConsortiumMemberPayload) readonly members?: ConsortiumMemberPayload[];
  /**
   * The lead firm's province (one of the 17 short names), by which the center was chosen: the
   * ministry's reports count applications by it. Added to version 1 like `members`: older messages lack it.
   */
  @IsOptional() @IsProvince() readonly province?: string;
  @IsWon() readonly requestedWon!: number;
  @IsISO8601() readonly submittedAt!: string;
}

/** One screening rule the application broke, by its stable code (`SCREENING.TOO_FEW_SMES`). */
export class FailedRulePayload {
  @IsString() readonly code!: string;
  @IsString() readonly message!: string;
}

/** The center's screening result; `failedRules` lists every broken rule, empty when eligible. */
export class ApplicationScreenedPayload {
  @IsString() readonly applicationId!: string;
  @IsString() readonly callId!: string;
  @IsString() readonly centerId!: string;
  @IsBoolean() readonly eligible!: boolean;
  @ValidateNested({ each: true }) @Type(() => FailedRulePayload) readonly failedRules!: FailedRulePayload[];
  @IsBusinessRegistrationNumber({ each: true }) readonly memberRegistrationNumbers!: string[];
  /** The task's title, for the committee's work queue. Added to version 1 like `members` above: older messages lack it. */
  @IsOptional() @IsString() readonly title?: string;
  @IsWon() readonly requestedWon!: number;
  @IsISO8601() readonly submittedAt!: string;
  @IsISO8601() readonly screenedAt!: string;
}

/** The applicant withdrew a submitted application; `centerId` is absent when it had not been routed. */
export class ApplicationWithdrawnPayload {
  @IsString() readonly applicationId!: string;
  @IsString() readonly callId!: string;
  @IsOptional() @IsString() readonly centerId?: string;
  @IsISO8601() readonly withdrawnAt!: string;
}

/**
 * A call (공고) was opened: from now on every service may take it as existing (evaluation forms
 * committees and defines rubrics for opened calls only). Its terms as opened: amendments of the
 * title or the closing time are not published. Keyed by call id, like `CallClosed`.
 */
export class CallOpenedPayload {
  @IsString() readonly callId!: string;
  @IsString() readonly budgetLineId!: string;
  @IsString() readonly title!: string;
  @IsISO8601() readonly opensAt!: string;
  /** The scheduled closing time; closing earlier is a `CallClosed`. */
  @IsISO8601() readonly closesAt!: string;
}

/**
 * A program manager closed a call before its scheduled time: it takes no application after
 * `closedAt`. Reaching the scheduled time sends nothing. The applications already submitted are
 * still screened and evaluated.
 */
export class CallClosedPayload {
  @IsString() readonly callId!: string;
  @IsISO8601() readonly closedAt!: string;
  @IsString() readonly reason!: string;
}

export const ApplicationSubmittedV1: ContractDefinition<ApplicationSubmittedPayload> = {
  type: 'applications.ApplicationSubmitted',
  schemaVersion: 1,
  topic: TOPICS.applications,
  payload: ApplicationSubmittedPayload,
};

export const ApplicationScreenedV1: ContractDefinition<ApplicationScreenedPayload> = {
  type: 'applications.ApplicationScreened',
  schemaVersion: 1,
  topic: TOPICS.applications,
  payload: ApplicationScreenedPayload,
};

export const ApplicationWithdrawnV1: ContractDefinition<ApplicationWithdrawnPayload> = {
  type: 'applications.ApplicationWithdrawn',
  schemaVersion: 1,
  topic: TOPICS.applications,
  payload: ApplicationWithdrawnPayload,
};

export const CallOpenedV1: ContractDefinition<CallOpenedPayload> = {
  type: 'applications.CallOpened',
  schemaVersion: 1,
  topic: TOPICS.applications,
  payload: CallOpenedPayload,
};

export const CallClosedV1: ContractDefinition<CallClosedPayload> = {
  type: 'applications.CallClosed',
  schemaVersion: 1,
  topic: TOPICS.applications,
  payload: CallClosedPayload,
};
