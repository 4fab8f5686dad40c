import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ApplicationStatus } from '@yunghap/applications-domain';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { OptionalField, PageQuery } from '@yunghap/platform-nest';
import { HasNoNul, IsResourceId } from '../shared/request-validators';
import { APPLICATION_STATUSES } from './application-statuses';

/** Filters and paging of an application list; every filter given must hold. */
export class ApplicationListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: APPLICATION_STATUSES }) @OptionalField() @IsIn(APPLICATION_STATUSES) readonly status?: ApplicationStatus;
  @ApiPropertyOptional({ example: 'call-2026-it-convergence' }) @OptionalField() @IsString() @MaxLength(64) @HasNoNul() readonly callId?: string;
  @ApiPropertyOptional({ example: '불량 예측', description: 'Text the task title contains, ignoring case' })
  @OptionalField()
  @IsString()
  @MaxLength(100)
  @HasNoNul()
  readonly q?: string;
}

/** The program-wide list may also be narrowed to one center. */
export class ProgramApplicationListQuery extends ApplicationListQuery {
  @ApiPropertyOptional({ example: 'jungbu' }) @OptionalField() @IsResourceId() readonly centerId?: string;
}

/** The center whose work list a URL names. */
export class CenterPathParams {
  @ApiProperty({ example: 'jungbu' }) @IsResourceId() readonly centerId!: string;
}
