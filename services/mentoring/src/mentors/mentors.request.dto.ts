import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBusinessRegistrationNumber, IsKsicCode } from '@yunghap/contracts';
import { MENTOR_KINDS, MentorKind, RELATIONSHIP_KINDS, RelationshipKind } from '@yunghap/mentoring-domain';
import { OptionalField, PageQuery } from '@yunghap/platform-nest';
import { Type } from 'class-transformer';
import { ArrayMinSize, ArrayUnique, IsArray, IsDefined, IsIn, IsNotEmpty, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ID, ID_MESSAGE, TEXT, TEXT_MESSAGE } from '../shared/request-patterns';

export class MentorIdParams {
  @ApiProperty({ example: '0b6c2d9e-5b7e-4d7a-9c55-2f1e3a4b5c6d' }) @Matches(ID, { message: ID_MESSAGE }) readonly mentorId!: string;
}

export class ExpertiseRequest {
  @ApiProperty({
    type: [String],
    example: ['battery-management', 'power-electronics'],
    description: 'Technology fields, matched exactly against a task’s fields',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(100, { each: true })
  @Matches(TEXT, { each: true, message: TEXT_MESSAGE })
  readonly fields!: string[];

  @ApiProperty({ type: [String], example: ['C26', 'D'], description: 'KSIC sections or divisions the mentor knows' })
  @IsArray()
  @ArrayUnique()
  @IsKsicCode('division', { each: true })
  readonly industries!: string[];
}

export class AffiliationRequest {
  @ApiPropertyOptional({ example: '1248100998', description: 'The firm’s business registration number; required for a senior firm' })
  @OptionalField()
  @IsBusinessRegistrationNumber()
  readonly firm?: string;

  @ApiPropertyOptional({ example: '한국전자통신연구원' })
  @OptionalField()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @Matches(TEXT, { message: TEXT_MESSAGE })
  readonly institution?: string;
}

export class RegisterMentorRequest {
  @ApiProperty({ enum: MENTOR_KINDS }) @IsIn(MENTOR_KINDS) readonly kind!: MentorKind;
  @ApiProperty({ example: '정하늘' }) @IsString() @IsNotEmpty() @MaxLength(100) @Matches(TEXT, { message: TEXT_MESSAGE }) readonly name!: string;
  @ApiProperty({ type: ExpertiseRequest }) @IsDefined() @ValidateNested() @Type(() => ExpertiseRequest) readonly expertise!: ExpertiseRequest;
  @ApiProperty({ type: AffiliationRequest, minProperties: 1, description: 'A firm, an institution, or both; an empty one is refused (422)' })
  @IsDefined()
  @ValidateNested()
  @Type(() => AffiliationRequest)
  readonly affiliation!: AffiliationRequest;
}

export class DeclareRelationshipRequest {
  @ApiProperty({ example: '2208100001', description: 'Business registration number: ten digits, no dashes' })
  @IsBusinessRegistrationNumber()
  readonly firm!: string;

  @ApiProperty({ enum: RELATIONSHIP_KINDS }) @IsIn(RELATIONSHIP_KINDS) readonly kind!: RelationshipKind;
}

export class RetireMentorRequest {
  @ApiProperty({ example: 'Joined a participating firm' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  @Matches(TEXT, { message: TEXT_MESSAGE })
  readonly reason!: string;
}

export class MentorListQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'battery-management', description: 'Mentors listing this technology field' })
  @OptionalField()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  @Matches(TEXT, { message: TEXT_MESSAGE })
  readonly field?: string;

  @ApiPropertyOptional({ example: 'C26110', description: 'Mentors whose KSIC section or division covers this code' })
  @OptionalField()
  @IsKsicCode()
  readonly industry?: string;

  @ApiPropertyOptional({ enum: MENTOR_KINDS }) @OptionalField() @IsIn(MENTOR_KINDS) readonly kind?: MentorKind;
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: active mentors only; false: retired only' })
  @OptionalField()
  @IsIn(['true', 'false'])
  readonly active?: 'true' | 'false';
}
