import { CanActivate, createParamDecorator, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { BUSINESS_PLAN_MEDIA_TYPES, BusinessPlanDocument, BusinessPlanMediaType } from '@yunghap/applications-domain';
import { ProblemException } from '@yunghap/platform-nest';
import { detectDocumentType } from '@yunghap/storage';
import { createHash } from 'node:crypto';
import type { Request } from 'express';
import { ATTACHMENTS_CONFIG } from './attachments.di-tokens';
import { AttachmentsConfig } from './attachments.config';
import { uploadFileName } from './upload-file-name';

/** A document as uploaded: its bytes, and the record the application's event will keep of them. */
export interface DocumentUpload {
  readonly bytes: Buffer;
  readonly document: BusinessPlanDocument;
}

export type UploadRequest = Request & { upload?: DocumentUpload };

const ACCEPTED = BUSINESS_PLAN_MEDIA_TYPES.join(', ');

const unsupported = (message: string) =>
  new ProblemException(415, 'ATTACHMENT.UNSUPPORTED_TYPE', `첨부할 수 있는 문서는 PDF, HWP, HWPX입니다. (A document must be a PDF, HWP or HWPX file.)`, [
    { field: 'Content-Type', rule: 'documentType', message },
  ]);

const tooLarge = (maxBytes: number) =>
  new ProblemException(
    413,
    'ATTACHMENT.TOO_LARGE',
    `첨부 문서는 ${maxBytes} 바이트 이하여야 합니다. (A document may have at most ${maxBytes} bytes.)`,
    [{ field: '(body)', rule: 'maxBytes', message: `at most ${maxBytes} bytes` }],
    { maxBytes },
  );

function claimedType(request: Request): BusinessPlanMediaType {
  const claimed = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const known = BUSINESS_PLAN_MEDIA_TYPES.find((type) => type === claimed);
  if (!known) throw unsupported(`Content-Type는 ${ACCEPTED} 중 하나여야 합니다. (Content-Type must be one of ${ACCEPTED}.)`);
  return known;
}

/**
 * The whole body, at most `maxBytes`. Past the limit the rest is read and dropped, so that the 413
 * reaches a client still sending (a socket closed under it would show a reset, not the answer).
 */
async function bodyOf(request: Request, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= maxBytes) chunks.push(chunk);
  }
  if (size > maxBytes) throw tooLarge(maxBytes);
  return Buffer.concat(chunks, size);
}

/**
 * Reads an uploaded document before the handler, after the role guards: the type comes from the
 * bytes (`detectDocumentType`), and must be the one the upload claims. A guard rather than a pipe
 * because the idempotency interceptor, which runs between the two, fingerprints `request.body`:
 * the guard puts the document's record there (hash, size, type, name), never the bytes.
 */
@Injectable()
export class DocumentUploadGuard implements CanActivate {
  constructor(@Inject(ATTACHMENTS_CONFIG) private readonly config: AttachmentsConfig) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<UploadRequest>();
    const claimed = claimedType(request);
    const fileName = uploadFileName(request.headers['content-disposition']);
    const bytes = await bodyOf(request, this.config.maxBytes);
    const detected = detectDocumentType(bytes);
    if (detected !== claimed) {
      throw unsupported(
        detected
          ? `내용은 ${detected}인데 Content-Type은 ${claimed}입니다. (The content is ${detected}, not the ${claimed} the Content-Type claims.)`
          : `내용이 ${claimed} 문서가 아닙니다. (The content is not a ${claimed} document, whatever its Content-Type.)`,
      );
    }
    const document: BusinessPlanDocument = { sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length, mediaType: detected, fileName };
    request.upload = { bytes, document };
    request.body = document;
    return true;
  }
}

/** The document `DocumentUploadGuard` read, for the handler it guards. */
export const Upload = createParamDecorator((_data: unknown, context: ExecutionContext): DocumentUpload => {
  const { upload } = context.switchToHttp().getRequest<UploadRequest>();
  if (!upload) throw new Error('An @Upload() parameter needs @UseGuards(DocumentUploadGuard) on its route');
  return upload;
});
