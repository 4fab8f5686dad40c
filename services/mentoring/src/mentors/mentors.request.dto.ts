import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MENTOR_KINDS, MentorKind, RELATIONSHIP_KINDS, RelationshipKind } from '@yunghap/mentoring-domain';
import { Type } from 'class-transformer';
import { ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsNotEmpty, IsString, Matches, Max, MaxLength, Min, ValidateNested, IsDefined } from 'class-validator';
import { OptionalField } from '@yunghap/platform-nest';
import { FIRM_INDUSTRY, INDUSTRY_MESSAGE, MENTOR_INDUSTRY, REGISTRATION_NUMBER, REGISTRATION_NUMBER_MESSAGE } from '../shared/request-patterns';

export class ExpertiseRequest {
  @ApiProperty({ example: ['battery-management', 'power-electronics'], description: 'Technology fields, matched exactly against a task’s fields' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(100, { each: true })
  readonly fields!: string[];

  @ApiProperty({ example: ['C26', 'D'], description: 'KSIC sections or divisions the mentor knows' })
  @IsArray()
  @ArrayUnique()
  @Matches(MENTOR_INDUSTRY, { each: true, message: INDUSTRY_MESSAGE })
  readonly industries!: string[];
}

export class AffiliationRequest {
  @ApiPropertyOptional({ example: '1248100998', description: 'The firm’s business registration number; required for a senior firm' })
  @OptionalField()
  @Matches(REGISTRATION_NUMBER, { message: REGISTRATION_NUMBER_MESSAGE })
  readonly firm?: string;

  @ApiPropertyOptional({ example: '한국전자통신연구원' }) @OptionalField() @IsString() @IsNotEmpty() @MaxLength(200) readonly institution?: string;
}

export class RegisterMentorRequest {
  @ApiProperty({ enum: MENTOR_KINDS }) @IsIn(MENTOR_KINDS) readonly kind!: MentorKind;
  @ApiProperty({ example: '정하늘' }) @IsString() @IsNotEmpty() @MaxLength(100) readonly name!: string;
  @ApiProperty({ type: ExpertiseRequest }) @IsDefined() @ValidateNested() @Type(() => ExpertiseRequest) readonly expertise!: ExpertiseRequest;
  @ApiProperty({ type: AffiliationRequest, description: 'A firm, an institution, or both' })
  @IsDefined() @ValidateNested()
  @Type(() => AffiliationRequest)
  readonly affiliation!: AffiliationRequest;
}

export class DeclareRelationshipRequest {
  @ApiProperty({ example: '2208100001', description: 'Business registration number: ten digits, no dashes' })
  @Matches(REGISTRATION_NUMBER, { message: REGISTRATION_NUMBER_MESSAGE })
  readonly firm!: string;

  @ApiProperty({ enum: RELATIONSHIP_KINDS }) @IsIn(RELATIONSHIP_KINDS) readonly kind!: RelationshipKind;
}

export class RetireMentorRequest {
  @ApiProperty({ example: 'Joined a participating firm' }) @IsString() @IsNotEmpty() @MaxLength(500) readonly reason!: string;
}

export class MentorListQuery {
  @ApiPropertyOptional({ example: 'battery-management', description: 'Mentors listing this technology field' })
  @OptionalField()
  @IsString()
  @IsNotEmpty()
  readonly field?: string;

  @ApiPropertyOptional({ example: 'C26110', description: 'Mentors whose KSIC section or division covers this code' })
  @OptionalField()
  @Matches(FIRM_INDUSTRY, { message: INDUSTRY_MESSAGE })
  readonly industry?: string;

  @ApiPropertyOptional({ enum: MENTOR_KINDS }) @OptionalField() @IsIn(MENTOR_KINDS) readonly kind?: MentorKind;
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: active mentors only; false: retired only' })
  @OptionalField()
  @IsIn(['true', 'false'])
  readonly active?: 'true' | 'false';

  @ApiPropertyOptional({ default: 0 }) @OptionalField() @Type(() => Number) @IsInt() @Min(0) readonly skip?: number;
  @ApiPropertyOptional({ default: 50, maximum: 200 }) @OptionalField() @Type(() => Number) @IsInt() @Min(1) @Max(200) readonly limit?: number;
}
