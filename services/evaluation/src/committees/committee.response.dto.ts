import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { PageResponse } from '@yunghap/platform-nest';
import { CommitteeScope, RELATIONSHIP_KINDS, RelationshipKind } from '@yunghap/evaluation-domain';

export class CommitteeMemberResponse {
  @ApiProperty({ example: 'expert-choi' }) readonly userId!: string;
  @ApiProperty({ example: '최서연' }) readonly name!: string;
  @ApiProperty({ example: 'Korea Institute of Industrial Technology' }) readonly affiliation!: string;
}

export class CenterScopeResponse {
  @ApiProperty({ enum: ['center'] }) readonly kind!: 'center';
  @ApiProperty({ example: 'jungbu' }) readonly centerId!: string;
}

export class SharedScopeResponse {
  @ApiProperty({ enum: ['shared'] }) readonly kind!: 'shared';
}

export class DeclaredRelationshipResponse {
  @ApiProperty({ example: 'expert-choi' }) readonly memberId!: string;
  @ApiProperty({ example: '1048612345', description: 'Business registration number of the firm' }) readonly firm!: string;
  @ApiProperty({ enum: RELATIONSHIP_KINDS }) readonly kind!: RelationshipKind;
}

@ApiExtraModels(CenterScopeResponse, SharedScopeResponse)
export class CommitteeResponse {
  @ApiProperty({ example: 'call-2025-it.jungbu', description: '`<callId>.<centerId>` or `<callId>.shared`' }) readonly committeeId!: string;
  @ApiProperty({ example: 'call-2025-it' }) readonly callId!: string;

  @ApiProperty({
    oneOf: [{ $ref: getSchemaPath(CenterScopeResponse) }, { $ref: getSchemaPath(SharedScopeResponse) }],
    discriminator: { propertyName: 'kind', mapping: { center: getSchemaPath(CenterScopeResponse), shared: getSchemaPath(SharedScopeResponse) } },
    description: "One center's applications of the call, or every center's (shared)",
  })
  readonly scope!: CommitteeScope;

  @ApiProperty({ type: [CommitteeMemberResponse] }) readonly members!: readonly CommitteeMemberResponse[];

  @ApiProperty({
    type: [DeclaredRelationshipResponse],
    description: "Every declaration for program managers and auditors (former members' too); a member's own only for a member",
  })
  readonly relationships!: readonly DeclaredRelationshipResponse[];

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: "When the members' sheets are due; null until set" })
  readonly scoresDueAt!: string | null;

  @ApiProperty({ format: 'date-time' }) readonly formedAt!: string;
  @ApiProperty({ format: 'date-time' }) readonly updatedAt!: string;
}

export class CommitteePageResponse extends PageResponse(CommitteeResponse, 'By committee id') {}
