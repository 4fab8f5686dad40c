import type { BusinessPlanMediaType } from '../../api/types';

/**
 * The applications service's default limit (ATTACHMENTS_MAX_BYTES, 20 MiB), checked before sending
 * so nobody waits for 20 MB to go up only to hear "too large"; the service stays the judge (413).
 */
export const BUSINESS_PLAN_MAX_BYTES = 20 * 1024 * 1024;

// The service tells the type from the bytes and wants the same one claimed; browsers give no type for HWP.
const MEDIA_TYPES: Readonly<Record<string, BusinessPlanMediaType>> = {
  pdf: 'application/pdf',
  hwp: 'application/x-hwp',
  hwpx: 'application/hwp+zip',
};

export const BUSINESS_PLAN_ACCEPT = Object.keys(MEDIA_TYPES)
  .map((extension) => `.${extension}`)
  .join(',');

export type BusinessPlanFileCheck =
  { readonly outcome: 'valid'; readonly mediaType: BusinessPlanMediaType } | { readonly outcome: 'unsupported' | 'empty' | 'too-large' };

/** Whether a chosen file may be sent as the business plan: a PDF, HWP or HWPX by its name, not empty, within the limit. */
export function checkBusinessPlanFile(file: { readonly name: string; readonly size: number }): BusinessPlanFileCheck {
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  const mediaType = MEDIA_TYPES[extension];
  if (mediaType === undefined) return { outcome: 'unsupported' };
  if (file.size === 0) return { outcome: 'empty' };
  if (file.size > BUSINESS_PLAN_MAX_BYTES) return { outcome: 'too-large' };
  return { outcome: 'valid', mediaType };
}

/** The upload's `Content-Disposition` (RFC 6266 with RFC 8187's UTF-8 name), which carries a Korean file name intact. */
export function contentDispositionOf(fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename*=UTF-8''${encoded}`;
}
