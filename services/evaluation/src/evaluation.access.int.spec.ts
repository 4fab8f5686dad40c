import { OpenAPIObject } from '@nestjs/swagger';
import { HUMAN_ROLES, TOKEN_ROLES } from '@yunghap/platform-nest';
import { documentOf, TestService, testUsers } from '@yunghap/service-harness';
import request from 'supertest';
import { auditor, finance, memberOf, pm, staffOf, startEvaluationService } from './testing/evaluation-test-kit';

const METHODS = ['get', 'post', 'put', 'delete'] as const;
type Method = (typeof METHODS)[number];
type Operation = { 'x-roles'?: string[]; parameters?: { in: string; name: string; schema?: { example?: string } }[] };

const TOKENS: Readonly<Record<string, string>> = {
  'program-manager': pm,
  'center-staff': staffOf('jungbu'),
  'committee-member': memberOf('e1', 'call-2025-it.jungbu'),
  finance,
  auditor,
  applicant: testUsers.applicantOf('3148123478'),
  gateway: testUsers.gateway,
};

/**
 * Every operation refuses every role it does not name (403), before it looks at ids or bodies.
 * The cases come from the document's own `x-roles`, so a new operation is covered as it is added.
 */
describe('roles on every operation of the evaluation service', () => {
  let service: TestService;
  let document: OpenAPIObject;

  beforeAll(async () => {
    service = await startEvaluationService();
    document = documentOf(service.app);
  });
  afterAll(() => service.close());

  function forbiddenCases(roles: readonly string[] = HUMAN_ROLES) {
    // The platform's public /health is not the service's own.
    const own = Object.entries(document.paths).filter(([template]) => template.startsWith('/api/evaluation/'));
    return own.flatMap(([template, item]) =>
      METHODS.flatMap((method) => {
        const operation = (item as Record<string, Operation | undefined>)[method];
        if (!operation) return [];
        const path = (operation.parameters ?? [])
          .filter((p) => p.in === 'path')
          .reduce((at, p) => at.replace(`{${p.name}}`, String(p.schema?.example)), template);
        const allowed = operation['x-roles'] ?? [];
        return [{ method, template, path, allowed, refused: roles.filter((role) => !allowed.includes(role)) }];
      }),
    );
  }

  it('names the roles of every operation; only the rubric is for every role', () => {
    const cases = forbiddenCases();
    expect(cases.filter((c) => c.allowed.length === 0).map((c) => `${c.method} ${c.template}`)).toEqual([]);
    expect(cases.filter((c) => c.refused.length === 0).map((c) => `${c.method} ${c.template}`)).toEqual(['get /api/evaluation/calls/{callId}/rubric']);
  });

  it('answers 403 to each role an operation does not name', async () => {
    const refusals = forbiddenCases(TOKEN_ROLES).flatMap(({ method, template, path, refused }) => refused.map((role) => ({ method, template, path, role })));
    expect(refusals.length).toBeGreaterThanOrEqual(30);
    for (const { method, template, path, role } of refusals) {
      const res = await request(service.http)[method as Method](path).set('Authorization', TOKENS[role]).send({});
      expect({ at: `${method} ${template} as ${role}`, status: res.status, code: res.body.code }).toEqual({
        at: `${method} ${template} as ${role}`,
        status: 403,
        code: 'ACCESS.FORBIDDEN',
      });
    }
  });
});
