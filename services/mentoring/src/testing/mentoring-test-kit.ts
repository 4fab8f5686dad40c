import { koreanDayOf } from '@yunghap/kernel';
import { AllocationApprovedV1, AllocationRejectedPayload, AllocationRejectedV1, TOPICS } from '@yunghap/contracts';
import { IntegrationMessage } from '@yunghap/messaging';
import { contractMessage, deliver, statusIn, TestService, testUsers } from '@yunghap/service-harness';
import request from 'supertest';

// Shared by this service's HTTP specs only.

export { eventTypes, listen } from '@yunghap/service-harness';
export const { pm, finance, auditor, staffOf } = testUsers;
export const committee = testUsers.memberOf('expert-choi', 'c-1');

/** Today as the program counts days: in Korea. */
export const today = () => koreanDayOf(new Date().toISOString());

/** A mentor registration body; `overrides` replace whole top-level fields. */
export function mentorBody(overrides: object = {}) {
  return {
    kind: 'expert',
    name: '정하늘',
    expertise: { fields: ['battery-management'], industries: ['C26'] },
    affiliation: { institution: '한국전기연구원' },
    ...overrides,
  };
}

/** Registers a mentor as a program manager and returns its id. */
export async function registerMentor(service: TestService, overrides: object = {}): Promise<string> {
  const res = await request(service.http).post('/api/mentoring/mentors').set('Authorization', pm).send(mentorBody(overrides)).expect(201);
  return res.body.mentorId;
}

/** A consortium that a mentor of the default `mentorBody` is matched to (battery-management, C26). */
export function consortiumBody(overrides: object = {}) {
  return {
    consortiumId: 'consortium-kit',
    firms: [{ registrationNumber: '2208100009', industryCode: 'C26110' }],
    technologyFields: ['battery-management'],
    ...overrides,
  };
}

/** Proposes an engagement for `consortiumBody()` as the center-staff `token`; returns its id. */
export async function proposeEngagement(service: TestService, token: string): Promise<string> {
  const res = await request(service.http).post('/api/mentoring/engagements').set('Authorization', token).send({ consortium: consortiumBody() }).expect(201);
  return res.body.engagementId;
}

/** Confirms `mentorId` and asks grants for the allocation; returns the allocation id. */
export async function requestAllocation(service: TestService, token: string, engagementId: string, mentorId: string): Promise<string> {
  const act = (step: string) => request(service.http).post(`/api/mentoring/engagements/${engagementId}/${step}`).set('Authorization', token);
  await act('mentor').send({ mentorId }).expect(200);
  return (await act('allocation').expect(200)).body.allocations.at(-1).allocationId;
}

/** Takes a proposed engagement through confirmation and grants' approval to `started`. */
export async function startEngagement(service: TestService, token: string, engagementId: string, mentorId: string): Promise<void> {
  const allocationId = await requestAllocation(service, token, engagementId, mentorId);
  await answer(service, approved(engagementId, allocationId));
  await engagementIn(service, engagementId, 'started');
}

export function approved(engagementId: string, allocationId: string): IntegrationMessage {
  return contractMessage(AllocationApprovedV1, engagementId, { allocationId, engagementId, amountWon: 10_000_000, approvedAt: new Date().toISOString() });
}

export function rejected(engagementId: string, allocationId: string, reason: AllocationRejectedPayload['reason'] = 'budget-exhausted'): IntegrationMessage {
  return contractMessage(AllocationRejectedV1, engagementId, { allocationId, engagementId, reason, rejectedAt: new Date().toISOString() });
}

/** Resolves once the service's consumer has handled (committed) every message, as grants would publish them. */
export function answer(service: TestService, ...messages: IntegrationMessage[]): Promise<void> {
  return deliver(service, TOPICS.grants, ...messages);
}

/** The engagement as a program manager reads it, once the read model shows it in `status`. */
export function engagementIn(service: TestService, engagementId: string, status: string) {
  return statusIn(service, `/api/mentoring/engagements/${engagementId}`, status);
}
