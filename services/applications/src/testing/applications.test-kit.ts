import { contentInput } from '@yunghap/applications-domain/testing';
import { EvaluationOpenedV1, ProjectCapSetV1, ProvinceRoutingChangedPayload, ProvinceRoutingChangedV1, TOPICS } from '@yunghap/contracts';
import { isDomainError, parseBusinessRegistrationNumber, programYearOf } from '@yunghap/kernel';
import { IntegrationMessage, InProcessMessageBus } from '@yunghap/messaging';
import { bearer, contractMessage, startTestService, TestService, testUsers } from '@yunghap/service-harness';
import { eventually } from '@yunghap/testing';
import request from 'supertest';
import { ApplicationsModule } from '../applications.module';

// Shared by the service's HTTP tests: users, consortium content with valid registration numbers,
// calls, and the province routing the centers service would publish.

/** Who drafts in these tests: one person, acting each time for the application's lead firm, as the domain's fixtures. */
export const APPLICANT_ID = 'applicant-park';

/** The registration number of the firm leading `body`, in the canonical spelling tokens carry. */
const leadOf = (body: ContentBody) => body.leadFirm.registrationNumber.replaceAll('-', '');

/** The token of `sub` acting for the firm that leads `body` (a `content()`): what drafting it takes. */
export const applicantFor = (body: ContentBody, sub = APPLICANT_ID) => testUsers.applicantOf(leadOf(body), sub);

// Who drafted each application of these tests and for which firm, so that a test acts on it as its applicant.
const drafters = new Map<string, { token: string; firmId: string }>();

function drafted(applicationId: string) {
  const drafter = drafters.get(applicationId);
  if (drafter === undefined) throw new Error(`${applicationId} was not drafted through the test kit's draft()`);
  return drafter;
}

/** The token of the applicant who drafted `applicationId` through `draft()`. */
export const drafterOf = (applicationId: string): string => drafted(applicationId).token;

/** Someone else of the drafting firm: reads the application, may not act on it (only its applicant does). */
export const colleagueOf = (applicationId: string): string => testUsers.applicantOf(drafted(applicationId).firmId, 'applicant-yoon');

export const users = {
  pm: testUsers.pm,
  finance: testUsers.finance,
  auditor: testUsers.auditor,
  /** An applicant of a firm that takes part in none of these tests' applications. */
  otherFirmApplicant: testUsers.applicantOf('1018155559', 'applicant-oh'),
  jungbuStaff: testUsers.staffOf('jungbu', 'staff-choi'),
  honamStaff: testUsers.staffOf('honam', 'staff-lim'),
  committeeMember: bearer({ role: 'committee-member', committeeIds: ['committee-jungbu-2026'], sub: 'member-seo' }),
  otherCommitteeMember: bearer({ role: 'committee-member', committeeIds: ['committee-honam-2026'], sub: 'member-oh' }),
};

/** DOMAIN.md's default mapping, as the centers service publishes it at first start. */
export const DEFAULT_MAPPING: Readonly<Record<string, string>> = {
  서울: 'gyeongin',
  인천: 'gyeongin',
  경기: 'gyeonggi-gangwon',
  강원: 'gyeonggi-gangwon',
  대전: 'jungbu',
  세종: 'jungbu',
  충북: 'jungbu',
  충남: 'jungbu',
  광주: 'honam',
  전북: 'honam',
  전남: 'honam',
  제주: 'honam',
  대구: 'daegu-gyeongbuk',
  경북: 'daegu-gyeongbuk',
  부산: 'busan-ulsan',
  울산: 'busan-ulsan',
  경남: 'gyeongnam',
};

export const INITIAL_MAPPING_AT = '2026-01-02T09:00:00+09:00';

export const messageOf = contractMessage;

export const routingMessage = (payload: ProvinceRoutingChangedPayload) => messageOf(ProvinceRoutingChangedV1, payload.province, payload);

/** The jungbu committee that the evaluation tests' applications go to. */
export const JUNGBU_COMMITTEE = 'committee-jungbu-2026';

/** What the evaluation service publishes when it opens an application's evaluation at the jungbu committee. */
export const evaluationOpenedMessage = (applicationId: string, callId: string, openedAt = new Date().toISOString()) =>
  messageOf(EvaluationOpenedV1, applicationId, {
    evaluationId: applicationId,
    applicationId,
    callId,
    centerId: 'jungbu',
    committeeId: JUNGBU_COMMITTEE,
    openedAt,
  });

/** Puts messages on a topic as another service's outbox relay would; resolves once the service's consumers have them. */
export async function publishOn(bus: InProcessMessageBus, topic: string, messages: readonly IntegrationMessage[]): Promise<void> {
  await bus.publish(messages.map((message) => ({ topic, message })));
}

export async function routingVersion(service: TestService): Promise<number | undefined> {
  const res = await request(service.http).get('/api/applications/routing').set('Authorization', users.pm);
  return res.status === 200 ? (res.body.mappingVersion as number) : undefined;
}

/** Waits until the service routes by the given mapping version (the replica is a projection). */
export async function awaitRoutingVersion(service: TestService, mappingVersion: number): Promise<void> {
  await eventually(async () => ((await routingVersion(service)) === mappingVersion ? true : undefined), 10_000, `routing mapping version ${mappingVersion}`);
}

export async function publishInitialMapping(service: TestService): Promise<void> {
  const messages = Object.entries(DEFAULT_MAPPING).map(([province, toCenterId]) =>
    routingMessage({ province, toCenterId, mappingVersion: 1, effectiveAt: INITIAL_MAPPING_AT }),
  );
  await publishOn(service.bus, TOPICS.centers, messages);
  await awaitRoutingVersion(service, 1);
}

/** The grants service's cap per project for `year`, as it publishes it; resolves once the replica has recorded it. */
export async function publishProjectCap(service: TestService, year: number, maxGrantPerProject: number, setAt = new Date().toISOString()): Promise<void> {
  await publishOn(service.bus, TOPICS.grants, [messageOf(ProjectCapSetV1, String(year), { year, maxGrantPerProject, setAt })]);
}

/** What grants publishes when it opens this year's program: DOMAIN.md's ₩500,000,000 (later years follow it until they open). */
async function publishDefaultProjectCap(service: TestService): Promise<void> {
  const year = programYearOf(new Date().toISOString());
  await publishProjectCap(service, year, 500_000_000, `${year - 1}-12-01T00:00:00+09:00`);
}

/**
 * The applications service on its own bus, with every message it publishes collected; `env` adds
 * settings to the harness's environment (e.g. the attachments' S3 store).
 */
export async function startApplications(
  options: { routing?: boolean; programPolicy?: boolean; dataDir?: string; readYourWritesMs?: number; env?: NodeJS.ProcessEnv } = {},
) {
  const register: typeof ApplicationsModule.register = (config, setup) =>
    ApplicationsModule.register(config, { ...setup, env: { ...setup.env, ...options.env } });
  const service = await startTestService('applications', register, {
    dataDir: options.dataDir ?? null,
    readYourWritesMs: options.readYourWritesMs,
  });
  const published: IntegrationMessage[] = [];
  await service.bus.subscribe({ consumerGroup: 'test-listener', topics: [TOPICS.applications], handler: async ({ message }) => void published.push(message) });
  if (options.routing ?? true) await publishInitialMapping(service);
  if (options.programPolicy ?? true) await publishDefaultProjectCap(service);
  return { service, published };
}

/** The message of that type about that application, once the outbox relay has sent it. */
export function publishedAbout(published: readonly IntegrationMessage[], type: string, applicationId: string): Promise<IntegrationMessage> {
  return eventually(() => published.find((message) => message.type === type && message.key === applicationId), 10_000, `${type} for ${applicationId}`);
}

/** Well formed, as this service issues application ids, but never issued: 404, where a malformed id is 400. */
export const UNKNOWN_APPLICATION_ID = '00000000-0000-4000-8000-000000000000';

/**
 * Whether a 400 names `field` alone, or items of it (`field[1]`): the shared edge and the DTO both
 * refuse text no store can keep, and whichever answers first names the field its own way.
 */
export const namesOnly = (body: { errors?: { field: string }[] }, field: string) =>
  (body.errors ?? []).length > 0 && (body.errors ?? []).every((error) => error.field === field || error.field.startsWith(`${field}[`));

/** The fields a 400 or 422 problem names in `errors[]`. */
export const fieldsOf = (body: { errors?: { field: string }[] }) => new Set((body.errors ?? []).map((error) => error.field));

let serial = 0;

/** A registration number no other firm of this test file has, with a valid check digit. */
export function freshRegistrationNumber(): string {
  serial += 1;
  const prefix = String(220_000_000 + serial * 37);
  const digit = [...'0123456789'].find((candidate) => !isDomainError(parseBusinessRegistrationNumber(prefix + candidate)));
  if (digit === undefined) throw new Error(`no check digit fits ${prefix}`);
  return prefix + digit;
}

/** The same number with its check digit changed: ten digits, refused by the checksum. */
export function withWrongCheckDigit(registrationNumber: string): string {
  const last = Number(registrationNumber.at(-1));
  return registrationNumber.slice(0, 9) + String((last + 1) % 10);
}

export interface FirmBody {
  registrationNumber: string;
  name: string;
  industryCode: string;
  province: string;
  size: string;
}

export const firm = (overrides: Partial<FirmBody> = {}): FirmBody => ({
  registrationNumber: freshRegistrationNumber(),
  name: '한빛정밀',
  industryCode: 'C29199',
  province: '대전',
  size: 'small',
  ...overrides,
});

/** An application's content as a request sends it: a lead firm, and whatever else the test puts in. */
export type ContentBody = Record<string, unknown> & { leadFirm: { registrationNumber: string } };

/** A consortium of two SMEs of different industries asking ₩250M, bearing 26.5 % of the cost: eligible for `openCall()`'s call. */
export function content(overrides: Record<string, unknown> = {}) {
  return {
    ...contentInput({ leadFirm: firm(), partnerFirms: [firm({ name: '누리소프트', industryCode: 'J62010', province: '세종', size: 'medium' })] }),
    ...overrides,
  };
}

const HOUR = 3_600_000;
export const hoursFromNow = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

/** Opens a call taking applications from an hour ago until tomorrow, ₩300M per project; returns its id. */
export async function openCall(service: TestService, overrides: Record<string, unknown> = {}): Promise<string> {
  serial += 1;
  const body = {
    callId: `call-2026-${serial}`,
    budgetLineId: 'it-convergence',
    title: '2026년 IT융합 기술개발 과제 공고',
    opensAt: hoursFromNow(-1),
    closesAt: hoursFromNow(24),
    capPerProject: 300_000_000,
    technologyFields: ['AI', 'IoT', 'smart-manufacturing'],
    ...overrides,
  };
  const res = await request(service.http).post('/api/applications/calls').set('Authorization', users.pm).send(body).expect(201);
  return res.body.callId as string;
}

/** Drafts as the lead firm's applicant (`applicantFor(body)` unless given) and returns the application's id. */
export async function draft(service: TestService, callId: string, body: ContentBody = content(), applicant = applicantFor(body)): Promise<string> {
  const res = await request(service.http)
    .post('/api/applications/applications')
    .set('Authorization', applicant)
    .send({ callId, ...body })
    .expect(201);
  const applicationId = res.body.applicationId as string;
  drafters.set(applicationId, { token: applicant, firmId: leadOf(body) });
  return applicationId;
}

export async function submit(service: TestService, applicationId: string, applicant = drafterOf(applicationId)) {
  const res = await request(service.http).post(`/api/applications/applications/${applicationId}/submit`).set('Authorization', applicant).expect(200);
  return res.body;
}

/** Drafts and submits; the default content's lead firm is in 대전, so it lands at jungbu. */
export async function submitted(service: TestService, callId: string, body: ContentBody = content()): Promise<string> {
  const applicationId = await draft(service, callId, body);
  await submit(service, applicationId);
  return applicationId;
}
