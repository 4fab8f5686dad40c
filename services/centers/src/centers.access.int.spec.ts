import { HUMAN_ROLES } from '@yunghap/platform-nest';
import { bearer, startTestService, TestService } from '@yunghap/service-harness';
import request from 'supertest';
import { CentersModule } from './centers.module';

const pm = bearer({ role: 'program-manager' });
const honamStaff = bearer({ role: 'center-staff', centerId: 'honam' });
const finance = bearer({ role: 'finance' });
const auditor = bearer({ role: 'auditor' });
const committee = bearer({ role: 'committee-member', committeeIds: ['c-1'] });
const applicant = bearer({ role: 'applicant', firmId: '3148123478' });

const JEJU = `/api/centers/routing/provinces/${encodeURIComponent('제주')}`;

type Method = 'get' | 'put' | 'post' | 'delete';

/**
 * Every endpoint that changes something, with the roles it refuses; bodies are valid, so only the
 * role is wrong. The reads are open to every role but applicants.
 */
const ENDPOINTS: readonly (readonly [Method, string, object | undefined, readonly (readonly [string, string])[]])[] = [
  [
    'put',
    '/api/centers/centers/honam',
    { regionName: '호남권', institution: { nameKo: '광주TP', nameEn: 'Gwangju Technopark' } },
    [
      ['center-staff of the center', honamStaff],
      ['finance', finance],
      ['committee-member', committee],
    ],
  ],
  [
    'post',
    '/api/centers/centers/honam/staff',
    { userId: 'kim', name: '김민지', role: 'staff' },
    [
      ['center-staff of the center', honamStaff],
      ['auditor', auditor],
    ],
  ],
  [
    'delete',
    '/api/centers/centers/honam/staff/kim',
    undefined,
    [
      ['center-staff of the center', honamStaff],
      ['committee-member', committee],
    ],
  ],
  [
    'put',
    JEJU,
    { centerId: 'jungbu', reason: '중부권으로 이관' },
    [
      ['center-staff', honamStaff],
      ['finance', finance],
      ['auditor', auditor],
    ],
  ],
];

const READS = ['/api/centers/centers', '/api/centers/centers/honam', '/api/centers/routing', '/api/centers/routing/at?at=2030-01-01T00:00:00Z'];

const CASES = ENDPOINTS.flatMap(([method, path, body, refused]) =>
  refused.map(([who, token]) => [`${method.toUpperCase()} ${decodeURIComponent(path)} as ${who}`, method, path, body, token] as const),
);

describe('centers service refuses roles an endpoint does not allow', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService('centers', CentersModule.register);
  });
  afterAll(() => service.close());

  it.each(CASES)('%s → 403', async (_name, method, path, body, token) => {
    const before = await request(service.http).get('/api/centers/centers/honam').set('Authorization', pm).expect(200);
    const call = request(service.http)[method](path).set('Authorization', token);
    const res = await (body ? call.send(body) : call).expect(403);

    expect(res.body).toMatchObject({ status: 403, code: 'ACCESS.FORBIDDEN' });
    const after = await request(service.http).get('/api/centers/centers/honam').set('Authorization', pm).expect(200);
    expect(after.body).toEqual(before.body);
  });

  it('lets every role but applicants read (applicants learn their center from their registration), and keeps the routing unchanged by the refusals', async () => {
    expect(HUMAN_ROLES).toEqual(['program-manager', 'center-staff', 'committee-member', 'finance', 'auditor', 'applicant']);
    for (const token of [pm, honamStaff, committee, finance, auditor]) {
      for (const path of READS) await request(service.http).get(path).set('Authorization', token).expect(200);
    }
    for (const path of READS) await request(service.http).get(path).set('Authorization', applicant).expect(403);
    const routing = await request(service.http).get('/api/centers/routing').set('Authorization', pm).expect(200);
    expect(routing.body.mappingVersion).toBe(1);
  });
});
