import { OpenAPIObject } from '@nestjs/swagger';
import { PROVINCES } from '@yunghap/kernel';
import { auditLogAnswers, bearer, erasureAnswers, departures, documentOf, startTestService, TestService } from '@yunghap/service-harness';
import request from 'supertest';
import { CentersModule } from './centers.module';

const pm = bearer({ role: 'program-manager', sub: 'pm-doc' });
const gateway = bearer({ role: 'gateway', sub: 'gateway' });

type Schema = { required?: string[]; additionalProperties?: boolean | Schema; properties?: Record<string, Schema> };

describe('centers OpenAPI document', () => {
  let service: TestService;
  let doc: OpenAPIObject;

  beforeAll(async () => {
    service = await startTestService('centers', CentersModule.register, { env: { PERSONAL_DATA_RETENTION_DAYS: 'applicant=0' } });
    doc = documentOf(service.app);
  });
  afterAll(() => service.close());

  const successSchema = (path: string, method: string): Schema => {
    const responses = (doc.paths[path] as Record<string, { responses: Record<string, { content?: Record<string, { schema: Schema }> }> }>)[method].responses;
    // 202 aside: the recorded-but-pending answer any write may give (docs/api.md).
    const success = Object.entries(responses).filter(([status]) => status.startsWith('2') && status !== '202');
    expect(success).toHaveLength(1);
    return success[0][1].content!['application/json'].schema;
  };

  it('states the success body of every operation, and no read-model `_id`', () => {
    const operations = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith('/api/centers'))
      .flatMap(([path, item]) => Object.keys(item).map((method) => [path, method] as const));
    expect(operations).toHaveLength(22);
    for (const [path, method] of operations) expect(successSchema(path, method)).toBeDefined();
    expect(JSON.stringify(doc.components?.schemas)).not.toContain('"_id"');
  });

  it('requires every one of the 17 provinces in a mapping, and documents that a past instant can find none (404)', () => {
    const provinces = (doc.components?.schemas?.['ProvinceMappingResponse'] as Schema).properties!['provinces'];
    expect(provinces.required).toEqual([...PROVINCES]);
    expect(provinces.additionalProperties).toBe(false);
    expect(doc.paths['/api/centers/routing/at'].get?.responses['404']).toBeDefined();
  });

  /** Two registrations, one confirmed and one rejected, and who the first person is. */
  const applicantAnswers = async (): Promise<[string, string, request.Response][]> => {
    const register = (userId: string, registrationNumber: string) =>
      request(service.http)
        .post('/api/centers/applicants')
        .set('Authorization', gateway)
        .send({ userId, name: '박문서', phone: '010-1234-5678', registrationNumber, firmName: '문서기술', province: '대전' })
        .expect(201);
    return [
      ['/api/centers/applicants', 'post', await register('doc-applicant', '314-81-23478')],
      ['/api/centers/applicants', 'post', await register('doc-rejected', '2208106252')],
      ['/api/centers/applicants', 'get', await request(service.http).get('/api/centers/applicants').set('Authorization', pm).expect(200)],
      [
        '/api/centers/applicants/{userId}',
        'get',
        await request(service.http).get('/api/centers/applicants/doc-applicant').set('Authorization', pm).expect(200),
      ],
      [
        '/api/centers/applicants/{userId}/confirm',
        'post',
        await request(service.http).post('/api/centers/applicants/doc-applicant/confirm').set('Authorization', pm).expect(200),
      ],
      [
        '/api/centers/applicants/{userId}/reject',
        'post',
        await request(service.http).post('/api/centers/applicants/doc-rejected/reject').set('Authorization', pm).send({ reason: '문서 불일치' }).expect(200),
      ],
      ['/api/centers/people/{userId}', 'get', await request(service.http).get('/api/centers/people/doc-applicant').set('Authorization', gateway).expect(200)],
      ['/api/centers/people/{userId}', 'get', await request(service.http).get('/api/centers/people/doc-rejected').set('Authorization', gateway).expect(200)],
      ['/api/centers/people/{userId}', 'get', await request(service.http).get('/api/centers/people/nobody').set('Authorization', gateway).expect(200)],
    ];
  };

  it('describes exactly what each operation answers', async () => {
    const answers: [string, string, request.Response][] = [
      ['/api/centers/centers', 'get', await request(service.http).get('/api/centers/centers').set('Authorization', pm).expect(200)],
      [
        '/api/centers/centers/{centerId}/staff',
        'post',
        await request(service.http)
          .post('/api/centers/centers/jungbu/staff')
          .set('Authorization', pm)
          .send({ userId: 'doc', name: '문서', role: 'coordinator' })
          .expect(201),
      ],
      ['/api/centers/centers/{centerId}', 'get', await request(service.http).get('/api/centers/centers/jungbu').set('Authorization', pm).expect(200)],
      [
        '/api/centers/centers/{centerId}/staff/{userId}',
        'delete',
        await request(service.http).delete('/api/centers/centers/jungbu/staff/doc').set('Authorization', pm).expect(200),
      ],
      [
        '/api/centers/centers/{centerId}',
        'put',
        await request(service.http)
          .put('/api/centers/centers/jungbu')
          .set('Authorization', pm)
          .send({ regionName: '중부권', institution: { nameKo: '한밭대', nameEn: 'Hanbat' } })
          .expect(200),
      ],
      [
        '/api/centers/routing/provinces/{province}',
        'put',
        await request(service.http)
          .put(`/api/centers/routing/provinces/${encodeURIComponent('세종')}`)
          .set('Authorization', pm)
          .send({ centerId: 'gyeongin', reason: '시범 이관' })
          .expect(200),
      ],
      ['/api/centers/routing', 'get', await request(service.http).get('/api/centers/routing').set('Authorization', pm).expect(200)],
      [
        '/api/centers/routing/at',
        'get',
        await request(service.http).get('/api/centers/routing/at').query({ at: new Date().toISOString() }).set('Authorization', pm).expect(200),
      ],
      ...(await applicantAnswers()),
      ...(await erasureAnswers(service, 'centers', 'applicant:doc-applicant', 'applicant:doc-rejected')),
      // Routing changes name the center they route to.
      ...(await auditLogAnswers(service, 'centers', pm, 'gyeongin')),
    ];
    for (const [path, method, res] of answers) {
      expect({ operation: `${method} ${path}`, departures: departures(doc, method, path, res) }).toEqual({ operation: `${method} ${path}`, departures: [] });
    }
  });
});
