import { ApiProperty } from '@nestjs/swagger';

/** The committees a person sits on now, for the gateway to put in their token. */
export class MemberCommitteesResponse {
  @ApiProperty({ example: 'member-1' }) readonly userId!: string;
  @ApiProperty({ type: [String], example: ['demo-2026-it-convergence.jungbu'], description: 'By committee id; empty for anyone who sits on none' })
  readonly committeeIds!: readonly string[];
}
