import request from 'supertest';
import type { ServiceName } from '@yunghap/platform-nest';
import { SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import type { TestService } from './service-harness';

/**
 * The answers of the audit-log operations every service has (its state, a verification, its part
 * of an evidence packet for `subject`, an id some event of the service names), as `[template,
 * method, response]` for an OpenAPI conformance check. A checkpoint is signed first, so that every
 * optional part of the answers is filled.
 */
export async function auditLogAnswers(service: TestService, name: ServiceName, token: string, subject: string): Promise<[string, string, request.Response][]> {
  const runtime = service.app.get<ServiceRuntime>(SERVICE_RUNTIME, { strict: false });
  await runtime.auditLog.keeper.checkpointCovering(await runtime.store.headPosition());
  await runtime.auditLog.verify();
  const base = `/api/${name}/audit-log`;
  return [
    [base, 'get', await request(service.http).get(base).set('Authorization', token).expect(200)],
    [`${base}/verify`, 'get', await request(service.http).get(`${base}/verify`).set('Authorization', token).expect(200)],
    [`${base}/evidence`, 'get', await request(service.http).get(`${base}/evidence`).query({ subjects: subject }).set('Authorization', token).expect(200)],
  ];
}
