import { Controller, Get, HttpCode, Param, Put, Res, StreamableFile, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiHeader, ApiOkResponse, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { APPLICATIONS_ROLES, BUSINESS_PLAN_MEDIA_TYPES } from '@yunghap/applications-domain';
import { CommandMetadata } from '@yunghap/kernel';
import { AuthenticatedUser, CommandMeta, CurrentUser, IDEMPOTENCY_HEADER, ProblemException, Roles } from '@yunghap/platform-nest';
import type { Response } from 'express';
import { assertLeadsFor } from '../applications/application-access';
import { applicationResponseOf, BusinessPlanResponse } from '../applications/application.response.dto';
import { ApplicationPathParams } from '../applications/applications.request.dto';
import { ApplicationCommands } from '../applications/applications.handler';
import { ApplicationQueries } from '../applications/applications.queries';
import { DEFAULT_ATTACHMENT_MAX_BYTES } from './attachments.config';
import { DocumentUpload, DocumentUploadGuard, Upload } from './business-plan-upload.guard';
import { AttachmentStore } from './content-store.provider';

const PROBLEM = { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } };

const SHA256_TAG = { required: true, description: '파일의 SHA-256 (the SHA-256 of the bytes)', schema: { type: 'string', pattern: '^"[0-9a-f]{64}"$' } };

// What a client sends (the parser takes the other RFC 6266 forms too): one percent-encoded name
// starting with a letter, digit, _ or -.
const FILE_NAME_HEADER = "^attachment; filename\\*=UTF-8''[A-Za-z0-9_-](?:[A-Za-z0-9._-]|%[0-9A-F]{2}){0,99}$";

const noBusinessPlan = (applicationId: string) =>
  new ProblemException(
    404,
    'APPLICATION.NO_BUSINESS_PLAN',
    `신청 ${applicationId}에 첨부된 사업계획서가 없습니다. (Application ${applicationId} has no business plan attached.)`,
  );

/** The document's hash, as the entity tag of its bytes: the same tag means the same document. */
const contentTag = (sha256: string) => `"${sha256}"`;

/**
 * The business plan of an application: its applicant uploads the file (the service tells its type
 * from the bytes and keeps it in the content store), the application's event records the hash;
 * everyone who works on the application reads it back.
 */
@ApiTags('applications')
@ApiBearerAuth()
@Controller('api/applications/applications/:applicationId/business-plan')
export class BusinessPlanHttpController {
  constructor(
    private readonly commands: ApplicationCommands,
    private readonly queries: ApplicationQueries,
    private readonly store: AttachmentStore,
  ) {}

  @Roles(...APPLICATIONS_ROLES.AttachBusinessPlan)
  @Put()
  @HttpCode(200)
  @UseGuards(DocumentUploadGuard)
  @ApiConsumes(...BUSINESS_PLAN_MEDIA_TYPES)
  @ApiBody({
    description: `파일 그대로; 형식은 내용으로 판별하며 Content-Type과 같아야 합니다. 기본 한도 ${DEFAULT_ATTACHMENT_MAX_BYTES} 바이트 (ATTACHMENTS_MAX_BYTES). (The raw file; its type is told from the bytes and must match Content-Type. At most ${DEFAULT_ATTACHMENT_MAX_BYTES} bytes by default.)`,
    schema: { type: 'string', format: 'binary' },
  })
  @ApiHeader({
    name: 'Content-Disposition',
    required: true,
    description: "원래 파일 이름 (the original file name): attachment; filename*=UTF-8''%EC%82%AC%EC%97%85%EA%B3%84%ED%9A%8D%EC%84%9C.pdf",
    schema: { type: 'string', pattern: FILE_NAME_HEADER, example: "attachment; filename*=UTF-8''%EC%82%AC%EC%97%85%EA%B3%84%ED%9A%8D%EC%84%9C.pdf" },
  })
  @ApiHeader({
    name: IDEMPOTENCY_HEADER,
    required: false,
    description:
      '같은 키로 24시간 안에 다시 보내면 첫 응답을 그대로 돌려줍니다; 다른 파일에 같은 키는 422. (A repeat within 24 h returns the first answer; the same key with another file is 422.)',
    schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[!-~]{1,255}$' },
  })
  @ApiOkResponse({ type: BusinessPlanResponse, description: '첨부된 사업계획서 (the plan now attached)', headers: { ETag: SHA256_TAG } })
  @ApiResponse({ status: 413, description: '파일이 한도보다 큼 (larger than ATTACHMENTS_MAX_BYTES); nothing is kept or recorded', content: PROBLEM })
  @ApiResponse({
    status: 415,
    description: 'PDF·HWP·HWPX가 아니거나 Content-Type과 내용이 다름 (not a PDF, HWP or HWPX, or not the type claimed)',
    content: PROBLEM,
  })
  async attach(
    @Param() { applicationId }: ApplicationPathParams,
    @Upload() { bytes, document }: DocumentUpload,
    @CurrentUser() user: AuthenticatedUser,
    @CommandMeta() metadata: CommandMetadata,
    @Res({ passthrough: true }) response: Response,
  ): Promise<BusinessPlanResponse> {
    assertLeadsFor(user, (await this.commands.file(applicationId)).content.leadFirm.registrationNumber);
    // Stored first: an event never names bytes the store does not hold. A refused command leaves
    // an object no event names, which is harmless (the same bytes attached later reuse it).
    await this.store.put(bytes, { mediaType: document.mediaType, maxBytes: bytes.length });
    await this.commands.execute({ type: 'AttachBusinessPlan', data: { applicationId, document }, metadata });
    const attached = applicationResponseOf(await this.queries.existing(applicationId)).businessPlan;
    if (!attached) throw new Error(`application ${applicationId} shows no business plan after one was attached`);
    response.setHeader('ETag', contentTag(attached.sha256));
    return attached;
  }

  @Roles(...APPLICATIONS_ROLES.readAttachment)
  @Get()
  @ApiProduces(...BUSINESS_PLAN_MEDIA_TYPES)
  @ApiOkResponse({
    description: '사업계획서 파일 (the file), Content-Disposition에 원래 이름 (its original name in Content-Disposition)',
    schema: { type: 'string', format: 'binary' },
    headers: {
      ETag: SHA256_TAG,
      'Content-Disposition': { required: true, schema: { type: 'string' } },
    },
  })
  async read(
    @Param() { applicationId }: ApplicationPathParams,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const plan = applicationResponseOf(await this.queries.readableBy(user, applicationId)).businessPlan;
    if (!plan) throw noBusinessPlan(applicationId);
    const { content, size } = await this.store.get(plan.sha256);
    // Express's attachment() writes both filename (ASCII fallback) and filename* (UTF-8) for the Korean name.
    response.attachment(plan.fileName);
    response.setHeader('Content-Type', plan.mediaType);
    response.setHeader('Content-Length', size);
    response.setHeader('ETag', contentTag(plan.sha256));
    response.setHeader('X-Content-Type-Options', 'nosniff');
    // Bytes that fail their hash on the way end the response short of Content-Length: the client sees it broken, never as whole.
    return new StreamableFile(content).setErrorHandler((_error, res) => res.destroy?.());
  }
}
