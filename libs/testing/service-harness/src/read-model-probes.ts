import { eventually } from '@yunghap/testing';
import request from 'supertest';
import type { TestService } from './service-harness';
import { testUsers } from './test-users';

/**
 * The body of `GET path` once the read model behind it shows `status`: projections and
 * consumers catch up after the command that changed it has answered.
 * Example: `await statusIn(service, '/api/evaluation/evaluations/a-1', 'completed')`.
 */
export function statusIn(service: TestService, path: string, status: string, token: string = testUsers.pm, timeoutMs = 10_000) {
  return eventually(
    async () => {
      const res = await request(service.http).get(path).set('Authorization', token);
      return res.status === 200 && res.body.status === status ? res.body : undefined;
    },
    timeoutMs,
    `${path} ${status}`,
  );
}
