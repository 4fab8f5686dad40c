import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBusinessRegistrationNumber } from '@yunghap/contracts';
import { RELATIONSHIP_KINDS, RelationshipKind } from '@yunghap/evaluation-domain';
import { IsZonedInstant, OptionalField, PageQuery } from '@yunghap/platform-nest';
import { Type } from 'class-transformer';
import { ArrayUnique, IsArray, IsIn, IsNotIn, IsString, Matches, ValidateNested } from 'class-validator';
import { CALL_ID, CENTER_ID, USER_ID } from '../shared/id-patterns';
import { PlainText } from '../shared/plain-text';

const SCORES_DUE_AT = {
  example: '2026-05-15T18:00:00+09:00',
  format: 'date-time',
  description: "When the members' sheets are due (채점 마감): an ISO-8601 instant with an offset, after the moment it is set",
} as const;

export class CommitteeMemberRequest {
  @ApiProperty({ example: 'expert-choi', description: "The expert's user id (token subject)" }) @IsString() @Matches(USER_ID) readonly userId!: string;
  @ApiProperty({ example: '최서연', description: 'One line, no control characters' }) @PlainText(100) readonly name!: string;

  @ApiProperty({ example: 'Korea Institute of Industrial Technology', description: 'One line, no control characters' })
  @PlainText(200)
  readonly affiliation!: string;
}

export class FormCommitteeRequest {
  @ApiProperty({ example: 'call-2025-it' }) @IsString() @Matches(CALL_ID) readonly callId!: string;

  @ApiPropertyOptional({ example: 'jungbu', description: "A center the centers service has published; omit for the call's shared committee" })
  @OptionalField()
  @IsString()
  @Matches(CENTER_ID)
  @IsNotIn(['shared'])
  readonly centerId?: string;

  @ApiPropertyOptional({ type: [CommitteeMemberRequest], description: 'Initial members, added in the same decision as the formation' })
  @OptionalField()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CommitteeMemberRequest)
  @ArrayUnique((member: CommitteeMemberRequest) => member.userId, { message: 'each member may be listed once' })
  readonly members?: CommitteeMemberRequest[];

  @ApiPropertyOptional({ ...SCORES_DUE_AT, description: `${SCORES_DUE_AT.description}; may be set later` })
  @OptionalField()
  @IsZonedInstant()
  readonly scoresDueAt?: string;
}

export class ScoringDeadlineRequest {
  @ApiProperty(SCORES_DUE_AT) @IsZonedInstant() readonly scoresDueAt!: string;
}

export class DeclareCommitteeRelationshipRequest {
  @ApiProperty({ example: '1048612345', description: 'Business registration number: ten digits, no dashes' })
  @IsString()
  @IsBusinessRegistrationNumber()
  readonly firm!: string;

  @ApiProperty({ enum: RELATIONSHIP_KINDS }) @IsIn(RELATIONSHIP_KINDS) readonly kind!: RelationshipKind;
}

export class CommitteeListQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'call-2025-it' }) @OptionalField() @IsString() @Matches(CALL_ID) readonly callId?: string;
}
