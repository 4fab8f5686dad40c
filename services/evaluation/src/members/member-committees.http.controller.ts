import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { EVALUATION_ROLES } from '@yunghap/evaluation-domain';
import { Roles, SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { COMMITTEES } from '../committees/committee-view.projection';
import { ApiPathIds, PathId } from '../shared/path-id';
import { MemberCommitteesResponse } from './member-committees.response.dto';

/**
 * A person's committee membership, asked by the gateway at sign-in and at every token renewal.
 * Read from the committees' view, which the membership commands wait for: a removal a command has
 * answered is in the next answer (and a 202's position can be awaited with Yunghap-Min-Position).
 */
@ApiTags('members')
@ApiBearerAuth()
@Controller('api/evaluation/members')
export class MemberCommitteesHttpController {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime) {}

  @Roles(...EVALUATION_ROLES.readMemberCommittees)
  @Get(':userId/committees')
  @ApiPathIds('userId')
  @ApiOkResponse({ type: MemberCommitteesResponse, description: 'An unknown person is 200 with no committees, not 404' })
  async committees(@PathId('userId') userId: string): Promise<MemberCommitteesResponse> {
    const committees = await COMMITTEES.in(this.runtime.readModels).find({ 'members.userId': userId }, { sort: { _id: 1 } });
    return { userId, committeeIds: committees.map((committee) => committee._id) };
  }
}
