import { Type } from 'class-transformer';
import { ArrayMinSize, IsBoolean, IsInt, IsISO8601, IsOptional, IsString, Min, ValidateNested } from 'class-validator';
import { ContractDefinition } from './contract';
import { TOPICS } from './topics';
import { IsWon } from './validators';

export class ApplicationSubmittedPayload {
  @IsString() readonly applicationId!: string;
  @IsString() readonly callId!: string;
  @IsString() readonly centerId!: string;
  @IsInt() @Min(1) readonly mappingVersion!: number;
  @IsString() readonly title!: string;
  @IsString() readonly leadRegistrationNumber!: string;
  @IsString({ each: true }) @ArrayMinSize(1) readonly memberRegistrationNumbers!: string[];
  @IsWon() readonly requestedWon!: number;
  @IsISO8601() readonly submittedAt!: string;
}

export class FailedRulePayload {
  @IsString() readonly code!: string;
  @IsString() readonly message!: string;
}

export class ApplicationScreenedPayload {
  @IsString() readonly applicationId!: string;
  @IsString() readonly callId!: string;
  @IsString() readonly centerId!: string;
  @IsBoolean() readonly eligible!: boolean;
  @ValidateNested({ each: true }) @Type(() => FailedRulePayload) readonly failedRules!: FailedRulePayload[];
  @IsString({ each: true }) readonly memberRegistrationNumbers!: string[];
  @IsWon() readonly requestedWon!: number;
  @IsISO8601() readonly submittedAt!: string;
  @IsISO8601() readonly screenedAt!: string;
}

export class ApplicationWithdrawnPayload {
  @IsString() readonly applicationId!: string;
  @IsString() readonly callId!: string;
  @IsOptional() @IsString() readonly centerId?: string;
  @IsISO8601() readonly withdrawnAt!: string;
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
