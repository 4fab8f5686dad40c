import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ApplicationStatus } from '@yunghap/applications-domain';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { OptionalField } from '@yunghap/platform-nest';
import { HasNoNul, IsResourceId } from '../shared/request-validators';
import { APPLICATION_STATUSES } from './application-statuses';

export const DEFAULT_PAGE_SIZE = 20;

/** Filters and paging of an application list; every filter given must hold. */
export class ApplicationListQuery {
  @ApiPropertyOptional({ enum: APPLICATION_STATUSES }) @OptionalField() @IsIn(APPLICATION_STATUSES) readonly status?: ApplicationStatus;
  @ApiPropertyOptional({ example: 'call-2026-it-convergence' }) @OptionalField() @IsString() @MaxLength(64) @HasNoNul() readonly callId?: string;
  @ApiPropertyOptional({ example: '불량 예측', description: 'Text the task title contains, ignoring case' }) @OptionalField() @IsString() @MaxLength(100) @HasNoNul() readonly q?: string;

  @ApiPropertyOptional({ default: DEFAULT_PAGE_SIZE, minimum: 1, maximum: 100 })
  @OptionalField()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  readonly limit?: number;

  @ApiPropertyOptional({ default: 0, minimum: 0 }) @OptionalField() @Type(() => Number) @IsInt() @Min(0) @Max(Number.MAX_SAFE_INTEGER) readonly offset?: number;
}

/** The program-wide list may also be narrowed to one center. */
export class ProgramApplicationListQuery extends ApplicationListQuery {
  @ApiPropertyOptional({ example: 'jungbu' }) @OptionalField() @IsResourceId() readonly centerId?: string;
}

/** The center whose work list a URL names. */
export class CenterPathParams {
  @ApiProperty({ example: 'jungbu' }) @IsResourceId() readonly centerId!: string;
}
