import type { Upstreams } from '../config/gateway-config';
import type { SignedInUser } from '../session/gateway-session';
import type { ServiceTokenIssuer } from '../tokens/service-token';

/** The fields a person fills in; the centers service validates them (the gateway holds no business rule). */
const FORM_FIELDS = ['registrationNumber', 'firmName', 'province', 'phone', 'email'] as const;

export interface ForwardedAnswer {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

/**
 * Registers the signed-in person as an applicant for a firm, through the centers service and with
 * the gateway's own token: until staff confirm it, the person has no role to ask with.
 */
export class ApplicantRegistration {
  constructor(
    private readonly upstreams: Upstreams,
    private readonly tokens: ServiceTokenIssuer,
  ) {}

  async register(user: SignedInUser, form: Record<string, unknown>, acceptLanguage?: string): Promise<ForwardedAnswer> {
    const fields = Object.fromEntries(FORM_FIELDS.filter((field) => form[field] !== undefined).map((field) => [field, form[field]]));
    const response = await fetch(`${this.upstreams.centers}/api/centers/applicants`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${(await this.tokens.gateway()).value}`,
        'content-type': 'application/json',
        accept: 'application/json',
        ...(acceptLanguage ? { 'accept-language': acceptLanguage } : {}),
      },
      body: JSON.stringify({ email: user.email, ...fields, userId: user.sub, name: user.name }),
      signal: AbortSignal.timeout(10_000),
    });
    return { status: response.status, contentType: response.headers.get('content-type') ?? 'application/json', body: await response.text() };
  }
}
