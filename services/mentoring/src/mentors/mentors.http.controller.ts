import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { MentorCommand, mentorDecider } from '@yunghap/mentoring-domain';
import { CommandExecutor, CommandMeta, publicView, Roles } from '@yunghap/platform-nest';
import { CommandMetadata } from '@yunghap/kernel';
import { Filter } from '@yunghap/read-models';
import { EVERY_ROLE, POOL_KEEPERS } from '../shared/mentoring-roles';
import { mentorStreamId } from '../shared/mentoring-streams';
import { MentorViews } from './mentor-views';
import { DeclareRelationshipRequest, ExpertiseRequest, MentorListQuery, RegisterMentorRequest, RetireMentorRequest } from './mentors.request.dto';

/** A mentor's KSIC codes are sections or divisions, so the ones covering a firm's code are its first one or three characters. */
function coveringCodes(industry: string): string[] {
  return [...new Set([industry.slice(0, 1), industry.slice(0, 3)])];
}

function poolFilter({ field, industry, kind, active }: MentorListQuery): Filter {
  return {
    ...(field ? { 'expertise.fields': field } : {}),
    ...(industry ? { 'expertise.industries': { $in: coveringCodes(industry) } } : {}),
    ...(kind ? { kind } : {}),
    ...(active ? { status: active === 'true' ? 'active' : 'retired' } : {}),
  };
}

/** The national mentor pool: read by every role, kept by program managers and center staff. */
@ApiTags('mentors')
@ApiBearerAuth()
@Controller('api/mentoring/mentors')
export class MentorsHttpController {
  constructor(
    private readonly commands: CommandExecutor,
    private readonly views: MentorViews,
  ) {}

  private async execute(command: MentorCommand) {
    await this.commands.execute(mentorStreamId(command.data.mentorId), command, mentorDecider);
    return publicView(await this.views.existing(command.data.mentorId));
  }

  @Roles(...EVERY_ROLE)
  @Get()
  async list(@Query() query: MentorListQuery) {
    const filter = poolFilter(query);
    const [total, page] = await Promise.all([
      this.views.collection().count(filter),
      this.views.collection().find(filter, { sort: { name: 1, _id: 1 }, skip: query.skip ?? 0, limit: query.limit ?? 50 }),
    ]);
    return { total, items: page.map(publicView) };
  }

  @Roles(...EVERY_ROLE)
  @Get(':mentorId')
  async get(@Param('mentorId') mentorId: string) {
    return publicView(await this.views.existing(mentorId));
  }

  @Roles(...POOL_KEEPERS)
  @Post()
  register(@Body() body: RegisterMentorRequest, @CommandMeta() metadata: CommandMetadata) {
    const { kind, name, expertise, affiliation } = body;
    return this.execute({ type: 'RegisterMentor', data: { mentorId: randomUUID(), kind, name, expertise, affiliation: { ...affiliation } }, metadata });
  }

  @Roles(...POOL_KEEPERS)
  @Put(':mentorId/expertise')
  updateExpertise(@Param('mentorId') mentorId: string, @Body() body: ExpertiseRequest, @CommandMeta() metadata: CommandMetadata) {
    return this.execute({ type: 'UpdateExpertise', data: { mentorId, expertise: { fields: body.fields, industries: body.industries } }, metadata });
  }

  @Roles(...POOL_KEEPERS)
  @Post(':mentorId/relationships')
  declareRelationship(@Param('mentorId') mentorId: string, @Body() body: DeclareRelationshipRequest, @CommandMeta() metadata: CommandMetadata) {
    return this.execute({ type: 'DeclareRelationship', data: { mentorId, firm: body.firm, kind: body.kind }, metadata });
  }

  @Roles(...POOL_KEEPERS)
  @Post(':mentorId/retire')
  @HttpCode(200)
  retire(@Param('mentorId') mentorId: string, @Body() body: RetireMentorRequest, @CommandMeta() metadata: CommandMetadata) {
    return this.execute({ type: 'RetireMentor', data: { mentorId, reason: body.reason }, metadata });
  }
}
