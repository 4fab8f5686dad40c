import { applicationsApi } from './clients';
import type { BusinessPlanMediaType } from './types';

/** Where the business plan of an application downloads from: a plain link, the session cookie takes it through the gateway. */
export function businessPlanUrl(applicationId: string): string {
  return `/api/applications/applications/${encodeURIComponent(applicationId)}/business-plan`;
}

/** Sends the file as the application's business plan: the raw bytes, their type, and the name in `Content-Disposition`. */
export function putBusinessPlan(applicationId: string, file: File, mediaType: BusinessPlanMediaType, contentDisposition: string) {
  return applicationsApi.PUT('/api/applications/applications/{applicationId}/business-plan', {
    params: { path: { applicationId }, header: { 'Content-Disposition': contentDisposition } },
    headers: { 'Content-Type': mediaType },
    // openapi-typescript types a binary body (format: binary) as a string; the bytes are the File itself, sent unserialised.
    body: file as unknown as string,
    bodySerializer: (body) => body,
  });
}
