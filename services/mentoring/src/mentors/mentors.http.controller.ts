import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { MentorCommand, mentorDecider, mentorStreamId, MENTORING_ROLES } from '@yunghap/mentoring-domain';
import { CommandExecutor, CommandMeta, mapPage, readPage, Roles } from '@yunghap/platform-nest';
import { CommandMetadata } from '@yunghap/kernel';
import { Filter } from '@yunghap/read-models';
import { mentorResponse, MentorViews } from './mentors.queries';
import {
  DeclareRelationshipRequest,
  ExpertiseRequest,
  MentorIdParams,
  MentorListQuery,
  RegisterMentorRequest,
  RetireMentorRequest,
} from './mentors.request.dto';
import { MentorPageResponse, MentorResponse } from './mentors.response.dto';

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

  private async execute(command: MentorCommand): Promise<MentorResponse> {
    await this.commands.execute(mentorStreamId(command.data.mentorId), command, mentorDecider);
    return mentorResponse(await this.views.existing(command.data.mentorId));
  }

  @Roles(...MENTORING_ROLES.readMentors)
  @Get()
  @ApiOkResponse({ type: MentorPageResponse })
  async list(@Query() query: MentorListQuery): Promise<MentorPageResponse> {
    const filter = poolFilter(query);
    const page = await readPage(query, (window) => this.views.collection().find(filter, { sort: { name: 1, _id: 1 }, ...window }));
    return mapPage(page, mentorResponse);
  }

  @Roles(...MENTORING_ROLES.readMentors)
  @Get(':mentorId')
  @ApiOkResponse({ type: MentorResponse })
  async get(@Param() { mentorId }: MentorIdParams): Promise<MentorResponse> {
    return mentorResponse(await this.views.existing(mentorId));
  }

  @Roles(...MENTORING_ROLES.RegisterMentor)
  @Post()
  @ApiCreatedResponse({ type: MentorResponse })
  register(@Body() body: RegisterMentorRequest, @CommandMeta() metadata: CommandMetadata, @Res({ passthrough: true }) response: Response) {
    const { kind, name, expertise, affiliation } = body;
    const mentorId = randomUUID();
    // Set before the command runs: a 202 (recorded, not yet readable) carries it too.
    response.setHeader('Location', `/api/mentoring/mentors/${mentorId}`);
    return this.execute({ type: 'RegisterMentor', data: { mentorId, kind, name, expertise, affiliation: { ...affiliation } }, metadata });
  }

  @Roles(...MENTORING_ROLES.UpdateExpertise)
  @Put(':mentorId/expertise')
  @ApiOkResponse({ type: MentorResponse })
  updateExpertise(@Param() { mentorId }: MentorIdParams, @Body() body: ExpertiseRequest, @CommandMeta() metadata: CommandMetadata) {
    return this.execute({ type: 'UpdateExpertise', data: { mentorId, expertise: { fields: body.fields, industries: body.industries } }, metadata });
  }

  @Roles(...MENTORING_ROLES.DeclareRelationship)
  @Post(':mentorId/relationships')
  @ApiCreatedResponse({ type: MentorResponse })
  declareRelationship(@Param() { mentorId }: MentorIdParams, @Body() body: DeclareRelationshipRequest, @CommandMeta() metadata: CommandMetadata) {
    return this.execute({ type: 'DeclareRelationship', data: { mentorId, firm: body.firm, kind: body.kind }, metadata });
  }

  @Roles(...MENTORING_ROLES.RetireMentor)
  @Post(':mentorId/retire')
  @HttpCode(200)
  @ApiOkResponse({ type: MentorResponse })
  retire(@Param() { mentorId }: MentorIdParams, @Body() body: RetireMentorRequest, @CommandMeta() metadata: CommandMetadata) {
    return this.execute({ type: 'RetireMentor', data: { mentorId, reason: body.reason }, metadata });
  }
}
