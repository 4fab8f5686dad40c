const BASE = 'http://gateway.invalid';

/**
 * The path to send a person back to after sign-in, or null when it would leave the gateway's origin
 * (`//evil.example`, `https://…`, `/\evil`): an open redirect would hand sign-ins to anyone.
 * Example: `sameOriginPath('/applications?tab=2')` → '/applications?tab=2'; `sameOriginPath('//x.example')` → null.
 */
export function sameOriginPath(raw: string | undefined): string | null {
  if (raw === undefined || raw === '') return '/';
  if (!raw.startsWith('/') || raw.includes('\\') || [...raw].some((c) => c.charCodeAt(0) < 0x20)) return null;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return null;
  }
  return url.origin === BASE ? `${url.pathname}${url.search}${url.hash}` : null;
}
