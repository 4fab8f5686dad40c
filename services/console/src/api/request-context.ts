import type { Language } from '../format/when';

// What every request to the gateway carries besides its own data: the session's CSRF token (the
// gateway refuses a state-changing request without it) and the language the person chose (the
// services answer problem details in it). Held here, outside React, so the API clients read the
// current values without each page passing them along.
let csrfToken = '';
let language: Language = 'ko';

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

export function setRequestLanguage(next: Language): void {
  language = next;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Adds `Accept-Language` to every request and `x-csrf-token` to every state-changing one. */
export function withRequestHeaders(headers: Headers, method: string): Headers {
  headers.set('Accept-Language', language);
  if (!SAFE_METHODS.has(method.toUpperCase())) headers.set('x-csrf-token', csrfToken);
  return headers;
}
