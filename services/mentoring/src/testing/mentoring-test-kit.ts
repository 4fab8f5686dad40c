import { koreanDayOf } from '@yunghap/kernel';
import { randomUUID } from 'node:crypto';
import { AllocationApprovedV1, AllocationRejectedPayload, AllocationRejectedV1, TOPICS } from '@yunghap/contracts';
import { IntegrationMessage } from '@yunghap/messaging';
import { SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { bearer, contractMessage, TestService } from '@yunghap/service-harness';
import { eventually } from '@yunghap/testing';
import request from 'supertest';

// Shared by this service's HTTP specs only.

export const pm = bearer({ role: 'program-manager', sub: 'pm-park' });
export const finance = bearer({ role: 'finance', sub: 'fin-han' });
export const auditor = bearer({ role: 'auditor', sub: 'audit-yoon' });
export const committee = bearer({ role: 'committee-member', sub: 'expert-choi', committeeIds: ['c-1'] });
export const staffOf = (centerId: string, sub = `staff-${centerId}`) => bearer({ role: 'center-staff', sub, centerId });

/** Today as the program counts days: in Korea. */
export const today = () => koreanDayOf(new Date().toISOString());

/** A mentor registration body; `overrides` replace whole top-level fields. */
export function mentorBody(overrides: object = {}) {
  return { kind: 'expert', name: '정하늘', expertise: { fields: ['battery-management'], industries: ['C26'] }, affiliation: { institution: '한국전기연구원' }, ...overrides };
}

/** Registers a mentor as a program manager and returns its id. */
export async function registerMentor(service: TestService, overrides: object = {}): Promise<string> {
  const res = await request(service.http).post('/api/mentoring/mentors').set('Authorization', pm).send(mentorBody(overrides)).expect(201);
  return res.body.mentorId;
}

/** A consortium that a mentor of the default `mentorBody` is matched to (battery-management, C26). */
export function consortiumBody(overrides: object = {}) {
  return { consortiumId: 'consortium-kit', firms: [{ registrationNumber: '2208100009', industryCode: 'C26110' }], technologyFields: ['battery-management'], ...overrides };
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

/** The types of the events recorded on `streamId`, straight from the event store. */
export async function eventTypes(service: TestService, streamId: string): Promise<string[]> {
  const runtime = service.app.get<ServiceRuntime>(SERVICE_RUNTIME);
  return (await runtime.store.readStream(streamId)).map((event) => event.type);
}

/** Everything published on `topic` from now on, as it arrives. */
export async function listen(service: TestService, topic: string): Promise<IntegrationMessage[]> {
  const received: IntegrationMessage[] = [];
  await service.bus.subscribe({ consumerGroup: `test-listener-${randomUUID()}`, topics: [topic], handler: async ({ message }) => void received.push(message) });
  return received;
}

export function approved(engagementId: string, allocationId: string): IntegrationMessage {
  return contractMessage(AllocationApprovedV1, engagementId, { allocationId, engagementId, amountWon: 10_000_000, approvedAt: new Date().toISOString() });
}

export function rejected(engagementId: string, allocationId: string, reason: AllocationRejectedPayload['reason'] = 'budget-exhausted'): IntegrationMessage {
  return contractMessage(AllocationRejectedV1, engagementId, { allocationId, engagementId, reason, rejectedAt: new Date().toISOString() });
}

/** Resolves once the service's consumer has handled (committed) every message, as grants would publish them. */
export function answer(service: TestService, ...messages: IntegrationMessage[]): Promise<void> {
  return service.bus.publish(messages.map((message) => ({ topic: TOPICS.grants, message })));
}

/** The engagement as a program manager reads it, once the read model shows it in `status`. */
export function engagementIn(service: TestService, engagementId: string, status: string) {
  return eventually(
    async () => {
      const res = await request(service.http).get(`/api/mentoring/engagements/${engagementId}`).set('Authorization', pm);
      return res.status === 200 && res.body.status === status ? res.body : undefined;
    },
    10_000,
    `${engagementId} ${status}`,
  );
}
