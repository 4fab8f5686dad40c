import type { components } from '../api/generated/centers';
import type { FetchResult } from '../api/use-resource';
import { withRequestHeaders } from '../api/request-context';
import type { Session } from './session';

// The gateway's own endpoints (`/auth/*`), beside the generated clients of the services.
async function call<T>(method: string, path: string, body?: unknown): Promise<FetchResult<T>> {
  const headers = withRequestHeaders(new Headers({ Accept: 'application/json' }), method);
  if (body !== undefined) headers.set('Content-Type', 'application/json');
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
  const text = await response.text();
  const parsed: unknown = text === '' ? undefined : JSON.parse(text);
  return response.ok ? { data: (parsed ?? {}) as T, response } : { error: parsed, response };
}

export const fetchSession = () => call<Session>('GET', '/auth/session');

/** `logoutUrl`: the provider's end-session page when it has one (RP-initiated logout), to open next. */
export const signOut = () => call<{ signedOut: boolean; logoutUrl?: string | null }>('POST', '/auth/logout');

export const switchRole = (role: string, centerId?: string) => call<unknown>('POST', '/auth/role', { role, centerId });

/** What the person fills in; the gateway adds who they are (`userId`, `name`) for the centers service. */
export type ApplicantRegistrationRequest = Omit<components['schemas']['RegisterApplicantRequest'], 'userId' | 'name'>;

export const registerApplicant = (request: ApplicantRegistrationRequest) => call<unknown>('POST', '/auth/applicant-registration', request);
