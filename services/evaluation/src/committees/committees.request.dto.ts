import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RELATIONSHIP_KINDS, RelationshipKind } from '@yunghap/evaluation-domain';
import { Type } from 'class-transformer';
import { ArrayUnique, IsIn, IsNotEmpty, IsNotIn, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { OptionalField } from '@yunghap/platform-nest';

/** Call ids come from the applications service; these characters are safe in a committee id and a URL. */
export const CALL_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
/** Center ids such as `jungbu`: no dot, so a committee id (`<callId>.<centerId>`) names one center only. */
const CENTER_ID = /^[a-z][a-z0-9-]{0,49}$/;

export class CommitteeMemberRequest {
  @ApiProperty({ example: 'expert-choi' }) @IsString() @IsNotEmpty() @MaxLength(100) readonly userId!: string;
  @ApiProperty({ example: '최서연' }) @IsString() @IsNotEmpty() @MaxLength(100) readonly name!: string;
  @ApiProperty({ example: 'Korea Institute of Industrial Technology' }) @IsString() @IsNotEmpty() @MaxLength(200) readonly affiliation!: string;
}

export class FormCommitteeRequest {
  @ApiProperty({ example: 'call-2025-it' }) @IsString() @Matches(CALL_ID) readonly callId!: string;

  @ApiPropertyOptional({ example: 'jungbu', description: "The center whose applications it scores; omit for the call's shared committee" })
  @OptionalField()
  @IsString()
  @Matches(CENTER_ID)
  @IsNotIn(['shared'])
  readonly centerId?: string;

  @ApiPropertyOptional({ type: [CommitteeMemberRequest], description: 'Initial members, added in the same decision as the formation' })
  @OptionalField()
  @ValidateNested({ each: true })
  @Type(() => CommitteeMemberRequest)
  @ArrayUnique((member: CommitteeMemberRequest) => member.userId, { message: 'each member may be listed once' })
  readonly members?: CommitteeMemberRequest[];
}

export class DeclareRelationshipRequest {
  @ApiProperty({ example: '1048612345', description: 'Business registration number: ten digits, no dashes' })
  @IsString()
  @Matches(/^\d{10}$/, { message: 'firm must be a business registration number of ten digits without dashes' })
  readonly firm!: string;

  @ApiProperty({ enum: RELATIONSHIP_KINDS }) @IsIn(RELATIONSHIP_KINDS) readonly kind!: RelationshipKind;
}

export class CommitteeListQuery {
  @ApiPropertyOptional({ example: 'call-2025-it' }) @OptionalField() @IsString() @Matches(CALL_ID) readonly callId?: string;
}
