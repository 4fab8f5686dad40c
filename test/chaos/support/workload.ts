import { randomInt, randomUUID } from 'node:crypto';
import { applicationBody, firm, tokens } from '../../e2e/support/scenario-kit';

/** An answer, or null for a connection that failed before one came. */
interface Answer {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly location: string | null;
}

/** Answers after which a client sends the same request again, under the same Idempotency-Key. */
const RETRYABLE = (answer: Answer | null) =>
  answer === null || answer.status >= 500 || (answer.status === 409 && answer.body['code'] === 'IDEMPOTENCY.IN_PROGRESS');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function send(url: string, method: string, token: string, key: string, body?: object): Promise<Answer | null> {
  try {
    const res = await fetch(url, {
      method,
      headers: { Authorization: token, 'Idempotency-Key': key, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(20_000),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : {}, location: res.headers.get('location') };
  } catch {
    return null;
  }
}

/**
 * A command as a careful client sends it during an outage: one Idempotency-Key, retried after
 * a dropped connection, a 5xx or a repeat still running, honouring Retry-After, until an answer
 * or `deadlineMs`. A 2xx (202 included) means recorded; anything else is the service's answer.
 */
export async function command(url: string, method: 'POST' | 'PUT', token: string, body?: object, deadlineMs = 120_000): Promise<Answer> {
  const key = randomUUID();
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const answer = await send(url, method, token, key, body);
    if (!RETRYABLE(answer)) return answer as Answer;
    if (Date.now() > deadline) throw new Error(`${method} ${url} got no final answer within ${deadlineMs} ms (last: ${JSON.stringify(answer)})`);
    await sleep(answer === null ? 500 : 1_000);
  }
}

/** Opens a call taking applications now, for the burst. */
export async function openCall(applications: string): Promise<string> {
  const callId = `chaos-${randomUUID().slice(0, 8)}`;
  const day = 86_400_000;
  const answer = await command(`${applications}/api/applications/calls`, 'POST', tokens.pm, {
    callId,
    budgetLineId: 'it-convergence',
    title: '카오스 시험 공고',
    opensAt: new Date(Date.now() - day).toISOString(),
    closesAt: new Date(Date.now() + day).toISOString(),
    capPerProject: 500_000_000,
    technologyFields: ['AI'],
  });
  if (answer.status !== 201 && answer.status !== 202) throw new Error(`opening ${callId} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return callId;
}

let serial = 0;

/** A consortium led from 대전 (so screened at jungbu), of firms no other application is likely to name. */
function consortium() {
  serial += 1;
  const nineDigits = () => String(randomInt(100_000_000, 1_000_000_000));
  return { lead: firm(nineDigits(), `카오스정밀${serial}`, 'C29199', '대전'), partner: firm(nineDigits(), `카오스소프트${serial}`, 'J62010', '세종') };
}

/**
 * The server recorded the first request with this key but lost its answer (it died mid-request):
 * by the API's contract the effect is there, and the client reads the resource to see it.
 */
const recorded = (answer: Answer) => answer.status < 300 || (answer.status === 409 && answer.body['code'] === 'IDEMPOTENCY.OUTCOME_UNKNOWN');

export interface ApplicationOutcome {
  /** Drafted and submitted, each acknowledged (2xx). */
  readonly submitted: readonly string[];
  /** Screened too, when asked. */
  readonly screened: readonly string[];
  /** Requests answered with a final refusal: what the client knows did not happen. */
  readonly failures: readonly string[];
  /** Drafts recorded whose answer, and so whose id, was lost with a killed process. */
  readonly unknownDrafts: number;
}

// The token each application of the bursts was drafted with: its lead firm's applicant acts on it.
const drafters = new Map<string, string>();

/** The token of the applicant who drafted `applicationId` in a burst. */
export function applicantOf(applicationId: string): string {
  const token = drafters.get(applicationId);
  if (token === undefined) throw new Error(`${applicationId} was not drafted by applicationBurst`);
  return token;
}

/** `count` applications drafted, submitted (and screened) by `clients` concurrent clients. */
export async function applicationBurst(applications: string, callId: string, count: number, clients: number, screen: boolean): Promise<ApplicationOutcome> {
  const submitted: string[] = [];
  const screened: string[] = [];
  const failures: string[] = [];
  let unknownDrafts = 0;
  let next = 0;
  const client = async () => {
    while (next < count) {
      next += 1;
      const { lead, partner } = consortium();
      const applicant = tokens.applicant({ lead });
      const drafted = await command(
        `${applications}/api/applications/applications`,
        'POST',
        applicant,
        applicationBody(callId, '카오스 융합 과제', lead, partner, 300_000_000),
      );
      const applicationId = (drafted.body['applicationId'] as string | undefined) ?? drafted.location?.split('/').pop();
      if (recorded(drafted) && !applicationId) {
        unknownDrafts += 1;
        continue;
      }
      if (!recorded(drafted) || !applicationId) {
        failures.push(`draft ${drafted.status} ${JSON.stringify(drafted.body)}`);
        continue;
      }
      drafters.set(applicationId, applicant);
      const submit = await submitOnceReadable(applications, applicationId);
      if (!recorded(submit)) {
        failures.push(`submit ${applicationId} ${submit.status} ${JSON.stringify(submit.body)}`);
        continue;
      }
      submitted.push(applicationId);
      if (!screen) continue;
      const screening = await command(`${applications}/api/applications/applications/${applicationId}/screen`, 'POST', tokens.jungbuStaff, {});
      if (!recorded(screening)) failures.push(`screen ${applicationId} ${screening.status} ${JSON.stringify(screening.body)}`);
      else screened.push(applicationId);
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  return { submitted, screened, failures, unknownDrafts };
}

/** A submit right after a 202 draft may meet 404 until the draft is projected: the client asks again. */
async function submitOnceReadable(applications: string, applicationId: string): Promise<Answer> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const answer = await command(`${applications}/api/applications/applications/${applicationId}/submit`, 'POST', applicantOf(applicationId));
    if (answer.status !== 404 || Date.now() > deadline) return answer;
    await sleep(500);
  }
}
