import { DomainError, isBlank } from '@yunghap/kernel';
import { ApplicationError } from './applications.errors';
import { isPositiveWholeNumber } from './value-checks';

/** The formats a business plan may have (PDF, HWP 5, HWPX), as the service tells them from the bytes. */
export const BUSINESS_PLAN_MEDIA_TYPES = ['application/pdf', 'application/x-hwp', 'application/hwp+zip'] as const;

export type BusinessPlanMediaType = (typeof BUSINESS_PLAN_MEDIA_TYPES)[number];

/**
 * What the application's events know of an attached document: its SHA-256 names exactly one
 * stored object (the bytes live in the content store, never in an event).
 */
export interface BusinessPlanDocument {
  readonly sha256: string;
  readonly size: number;
  readonly mediaType: BusinessPlanMediaType;
  readonly fileName: string;
}

/** Long enough for any name a file system keeps; longer is a client's mistake, not a document. */
export const MAX_FILE_NAME_LENGTH = 255;

const SHA256 = /^[0-9a-f]{64}$/;
// The name is sent back in a Content-Disposition header and shown as is: no control characters,
// and no folders, which would say something about the applicant's machine.
// eslint-disable-next-line no-control-regex
const UNFIT_IN_FILE_NAME = /[\u0000-\u001f\u007f/\\]/;

/** The first fault of a document's record, naming its field; undefined when it may be recorded. */
export function businessPlanFault(document: BusinessPlanDocument): DomainError | undefined {
  if (!SHA256.test(document.sha256)) return ApplicationError.becauseDocumentInvalid('document.sha256', 'a SHA-256 in 64 lowercase hex digits');
  if (!isPositiveWholeNumber(document.size)) return ApplicationError.becauseDocumentInvalid('document.size', 'a whole number of bytes from 1');
  if (!BUSINESS_PLAN_MEDIA_TYPES.includes(document.mediaType)) {
    return ApplicationError.becauseDocumentInvalid('document.mediaType', `one of ${BUSINESS_PLAN_MEDIA_TYPES.join(', ')}`);
  }
  const { fileName } = document;
  if (isBlank(fileName) || fileName.length > MAX_FILE_NAME_LENGTH || UNFIT_IN_FILE_NAME.test(fileName)) {
    return ApplicationError.becauseDocumentInvalid(
      'document.fileName',
      `a file name of 1 to ${MAX_FILE_NAME_LENGTH} characters without folders or control characters`,
    );
  }
  return undefined;
}
