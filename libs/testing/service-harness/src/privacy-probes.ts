import request from 'supertest';
import type { ServiceName } from '@yunghap/platform-nest';
import type { TestService } from './service-harness';
import { bearer } from './service-harness';

/**
 * The answers of the erasure operations of a service that holds personal data, as `[template,
 * method, response]` for an OpenAPI conformance check: `subject` is proposed, listed, read and
 * approved by a second program manager, then `kept` is proposed and rejected. The service must
 * keep the subjects' kinds for no time (`PERSONAL_DATA_RETENTION_DAYS`).
 */
export async function erasureAnswers(service: TestService, name: ServiceName, subject: string, kept: string): Promise<[string, string, request.Response][]> {
  const [proposer, approver] = [bearer({ role: 'program-manager', sub: 'pm-proposer' }), bearer({ role: 'program-manager', sub: 'pm-approver' })];
  const base = `/api/${name}/privacy/erasure`;
  const propose = (who: string) => request(service.http).post(base).set('Authorization', proposer).send({ subject: who, reason: '보존기간 만료' }).expect(201);
  const proposed = await propose(subject);
  const id = proposed.body.requestId as string;
  const listed = await request(service.http).get(base).set('Authorization', approver).expect(200);
  const read = await request(service.http).get(`${base}/${id}`).set('Authorization', approver).expect(200);
  const approved = await request(service.http).post(`${base}/${id}/approval`).set('Authorization', approver).expect(200);
  const other = (await propose(kept)).body.requestId as string;
  const rejected = await request(service.http).post(`${base}/${other}/rejection`).set('Authorization', approver).send({ reason: '감사 진행 중' }).expect(200);
  return [
    [base, 'post', proposed],
    [base, 'get', listed],
    [`${base}/{requestId}`, 'get', read],
    [`${base}/{requestId}/approval`, 'post', approved],
    [`${base}/{requestId}/rejection`, 'post', rejected],
  ];
}
