import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { applicantDecider, applicantStreamId, CenterId, CENTERS_ROLES, isCenterId } from '@yunghap/centers-domain';
import { CommandMetadata } from '@yunghap/kernel';
import {
  AuthenticatedUser,
  CommandExecutor,
  CommandMeta,
  CurrentUser,
  mapPage,
  ProblemException,
  readPage,
  Roles,
  SERVICE_RUNTIME,
  ServiceRuntime,
} from '@yunghap/platform-nest';
import type { Response } from 'express';
import { UserParams } from '../shared/user-id.rule';
import { applicantResponse } from './applicant.presenter';
import { ApplicantRegistrationHandler } from './applicant-registration.handler';
import { APPLICANTS } from './applicant-view.projection';
import { ApplicantListQuery, RegisterApplicantRequest, RejectApplicantRequest } from './applicants.request.dto';
import { ApplicantPageResponse, ApplicantResponse } from './applicants.response.dto';

const LOCATION_HEADER = { Location: { description: '등록의 주소 (the registration)', schema: { type: 'string' } } };

/** Center staff read and decide on the registrations of their own center's firms only. */
function assertOwnCenter(user: AuthenticatedUser, centerId: string | undefined): void {
  if (user.role !== 'center-staff' || (centerId !== undefined && user.centerId === centerId)) return;
  throw ProblemException.forbidden(
    `다른 센터의 신청자 등록은 볼 수 없습니다. (Staff of center ${user.centerId} may not read the applicant registrations of center ${centerId ?? '(none)'}.)`,
  );
}

/** The deciding staff member's center, for the decider's scope check; null for program-wide roles. */
function actorCenterOf(user: AuthenticatedUser): CenterId | null {
  return user.role === 'center-staff' && isCenterId(user.centerId) ? user.centerId : null;
}

/**
 * People acting for a firm (the `applicant` role): registered by the gateway for a signed-in
 * person, confirmed or rejected by the staff of the firm's center or a program manager.
 */
@ApiTags('applicants')
@ApiBearerAuth()
@Controller('api/centers/applicants')
export class ApplicantsHttpController {
  constructor(
    private readonly registration: ApplicantRegistrationHandler,
    private readonly commands: CommandExecutor,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  private applicants() {
    return APPLICANTS.in(this.runtime.readModels);
  }

  private async existing(userId: string): Promise<ApplicantResponse> {
    const view = await this.applicants().findOne({ _id: userId });
    if (!view) throw new ProblemException(404, 'APPLICANT.NOT_REGISTERED', `신청자 등록이 없습니다. (There is no applicant registration for ${userId}.)`);
    return applicantResponse(view);
  }

  @Roles(...CENTERS_ROLES.RegisterApplicant)
  @Post()
  @ApiCreatedResponse({ type: ApplicantResponse, description: 'The registration, pending at the center the routing chose', headers: LOCATION_HEADER })
  async register(
    @Body() body: RegisterApplicantRequest,
    @CommandMeta() metadata: CommandMetadata,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ApplicantResponse> {
    // Set before the command runs: a 202 (recorded, not yet readable) carries it too.
    response.setHeader('Location', `/api/centers/applicants/${encodeURIComponent(body.userId)}`);
    await this.registration.register(body, metadata);
    return this.existing(body.userId);
  }

  @Roles(...CENTERS_ROLES.readApplicants)
  @Get()
  @ApiOkResponse({ type: ApplicantPageResponse, description: "Center staff get their own center's registrations" })
  async list(@Query() query: ApplicantListQuery, @CurrentUser() user: AuthenticatedUser): Promise<ApplicantPageResponse> {
    const centerId = user.role === 'center-staff' ? (query.centerId ?? user.centerId) : query.centerId;
    assertOwnCenter(user, centerId);
    const filter = { ...(centerId === undefined ? {} : { centerId }), ...(query.status === undefined ? {} : { status: query.status }) };
    const page = await readPage(query, (window) => this.applicants().find(filter, { sort: { registeredAt: 1, _id: 1 }, ...window }));
    return mapPage(page, applicantResponse);
  }

  @Roles(...CENTERS_ROLES.readApplicants)
  @Get(':userId')
  @ApiOkResponse({ type: ApplicantResponse, description: "The person's latest registration" })
  async get(@Param() { userId }: UserParams, @CurrentUser() user: AuthenticatedUser): Promise<ApplicantResponse> {
    const applicant = await this.existing(userId);
    assertOwnCenter(user, applicant.centerId);
    return applicant;
  }

  @Roles(...CENTERS_ROLES.ConfirmApplicant)
  @Post(':userId/confirm')
  @HttpCode(200)
  @ApiOkResponse({ type: ApplicantResponse, description: 'The registration, confirmed: the person acts for the firm from their next token' })
  async confirm(@Param() { userId }: UserParams, @CommandMeta() metadata: CommandMetadata, @CurrentUser() user: AuthenticatedUser): Promise<ApplicantResponse> {
    const data = { userId, actorCenterId: actorCenterOf(user) };
    await this.commands.execute(applicantStreamId(userId), { type: 'ConfirmApplicant', data, metadata }, applicantDecider);
    return this.existing(userId);
  }

  @Roles(...CENTERS_ROLES.RejectApplicant)
  @Post(':userId/reject')
  @HttpCode(200)
  @ApiOkResponse({ type: ApplicantResponse, description: 'The registration, rejected with the reason; the person may register again' })
  async reject(
    @Param() { userId }: UserParams,
    @Body() { reason }: RejectApplicantRequest,
    @CommandMeta() metadata: CommandMetadata,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ApplicantResponse> {
    const data = { userId, reason, actorCenterId: actorCenterOf(user) };
    await this.commands.execute(applicantStreamId(userId), { type: 'RejectApplicant', data, metadata }, applicantDecider);
    return this.existing(userId);
  }
}
