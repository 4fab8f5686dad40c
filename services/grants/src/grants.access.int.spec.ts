import type { OpenAPIObject } from '@nestjs/swagger';
import { SERVICE_RUNTIME, ServiceRuntime, TOKEN_ROLES } from '@yunghap/platform-nest';
import { bearer, documentOf, startTestService, TestService } from '@yunghap/service-harness';
import request from 'supertest';
import { GrantsModule } from './grants.module';

const tokens = Object.fromEntries(
  TOKEN_ROLES.map((role) => [role, bearer({ role, sub: `${role}-access`, centerId: 'jungbu', committeeIds: ['c-1'], firmId: '3148123478' })]),
);

/** Well-formed values for every path parameter: the role is checked before anything is looked up. */
const PATH_VALUES: Readonly<Record<string, string>> = {
  grantId: '00000000-0000-4000-8000-000000000000',
  trancheId: 't1',
  recoveryId: '00000000-0000-4000-8000-000000000001',
  lineId: 'it-convergence',
  callId: 'call-2026-it',
  allocationId: 'alloc-1',
};

type Operation = { readonly 'x-roles'?: readonly string[] };

/**
 * Every operation refuses every role its document does not list (403 ACCESS.FORBIDDEN), so the
 * roles the console and the fuzzer read are the roles the service enforces, and a refused request
 * records nothing.
 */
describe('who may call what in grants', () => {
  let service: TestService;
  let document: OpenAPIObject;

  beforeAll(async () => {
    service = await startTestService('grants', GrantsModule.register);
    document = documentOf(service.app);
  });
  afterAll(() => service.close());

  it('refuses every role an operation does not list, and records nothing', async () => {
    const { store } = service.app.get<ServiceRuntime>(SERVICE_RUNTIME);
    const head = await store.headPosition();
    const refused: string[] = [];
    const answered: string[] = [];
    for (const [template, item] of Object.entries(document.paths).filter(([template]) => template.startsWith('/api/grants'))) {
      for (const [method, operation] of Object.entries(item as Record<string, Operation>)) {
        const roles = operation['x-roles'];
        expect({ operation: `${method} ${template}`, roles }).toEqual({
          operation: `${method} ${template}`,
          roles: expect.arrayContaining([expect.any(String)]),
        });
        const path = template.replace(/\{(\w+)\}/g, (_match, name: string) => PATH_VALUES[name]);
        for (const role of TOKEN_ROLES.filter((caller) => !roles?.includes(caller))) {
          const res = await (method === 'get' ? request(service.http).get(path) : request(service.http)[method as 'post' | 'put'](path).send({})).set(
            'Authorization',
            tokens[role],
          );
          (res.status === 403 && res.body.code === 'ACCESS.FORBIDDEN' ? refused : answered).push(`${role} ${method.toUpperCase()} ${template} → ${res.status}`);
        }
      }
    }
    expect(answered).toEqual([]);
    expect(refused.length).toBeGreaterThanOrEqual(25);
    expect(await store.headPosition()).toBe(head);
  });
});
