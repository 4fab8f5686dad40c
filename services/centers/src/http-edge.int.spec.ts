import { bearer, startTestService, TestService } from '@yunghap/service-harness';
import request from 'supertest';
import { CentersModule } from './centers.module';

const pm = bearer({ role: 'program-manager', sub: 'pm-park' });

/**
 * The HTTP edge every service shares (libs/platform/nest `configureHttp` and the problem filter),
 * met through a real service: what a careful outsider sent and once got a 500 or a 404 for.
 */
describe('the shared HTTP edge', () => {
  let service: TestService;
  const regionName = async () => (await request(service.http).get('/api/centers/centers/honam').set('Authorization', pm).expect(200)).body.regionName;

  beforeAll(async () => {
    service = await startTestService('centers', CentersModule.register);
  });
  afterAll(() => service.close());

  const put = (body: string) =>
    request(service.http).put('/api/centers/centers/honam').set('Authorization', pm).set('Content-Type', 'application/json').send(body);

  it('answers a 2 MB body with 413 problem details and records nothing', async () => {
    const before = await regionName();
    const res = await put(JSON.stringify({ regionName: 'a'.repeat(2_000_000), institution: { nameKo: '광주TP', nameEn: 'Gwangju TP' } }));
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 413, code: 'REQUEST.TOO_LARGE', details: { limitBytes: 1024 * 1024 } });
    expect(await regionName()).toBe(before);
  });

  it('answers JSON nested 5,000 deep with 400 instead of overflowing the stack', async () => {
    const res = await put('['.repeat(5000) + ']'.repeat(5000));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'REQUEST.TOO_COMPLEX', errors: [expect.objectContaining({ rule: 'maxDepth' })] });
  });

  it('answers malformed JSON with 400 problem details', async () => {
    const res = await put('{"regionName": ');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('REQUEST.MALFORMED_JSON');
  });

  it('answers an unlisted method on a known path with 405 and Allow, and an unknown path with 404', async () => {
    const res = await request(service.http).patch('/api/centers/centers/honam').set('Authorization', pm).send({});
    expect(res.status).toBe(405);
    expect(res.headers['allow']).toBe('GET, HEAD, PUT');
    expect(res.body.code).toBe('HTTP.METHOD_NOT_ALLOWED');
    expect((await request(service.http).get('/api/centers/nowhere').set('Authorization', pm)).status).toBe(404);
  });

  it('does not announce its framework', async () => {
    const res = await request(service.http).get('/api/centers/centers').set('Authorization', pm).expect(200);
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});
