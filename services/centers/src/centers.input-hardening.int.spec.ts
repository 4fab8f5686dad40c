import { bearer, startTestService, TestService } from '@yunghap/service-harness';
import request from 'supertest';
import { CentersModule } from './centers.module';

const pm = bearer({ role: 'program-manager', sub: 'pm-park' });

interface Violation {
  readonly field: string;
  readonly rule: string;
}

/**
 * What the fuzzer found and the edge now refuses: each bad request is a 400 problem naming the
 * field and the rule, and nothing is recorded (the center and the routing read the same after).
 */
describe('centers service refuses malformed input at the edge', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService('centers', CentersModule.register);
  });
  afterAll(() => service.close());

  const snapshot = async () => ({
    center: (await request(service.http).get('/api/centers/centers/honam').set('Authorization', pm).expect(200)).body,
    routing: (await request(service.http).get('/api/centers/routing').set('Authorization', pm).expect(200)).body,
  });

  const refused = async (send: () => request.Test, expected: Violation) => {
    const before = await snapshot();
    const res = await send().expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 400, code: 'REQUEST.INVALID' });
    expect(res.body.errors).toContainEqual(expect.objectContaining(expected));
    expect(await snapshot()).toEqual(before);
  };

  const valid = { regionName: '호남권', institution: { nameKo: '광주TP', nameEn: 'Gwangju Technopark' } };
  const put =
    (body: object, centerId = 'honam') =>
    () =>
      request(service.http).put(`/api/centers/centers/${centerId}`).set('Authorization', pm).send(body);
  const assign = (body: object) => () => request(service.http).post('/api/centers/centers/honam/staff').set('Authorization', pm).send(body);
  const reassign = (body: object) => () =>
    request(service.http)
      .put(`/api/centers/routing/provinces/${encodeURIComponent('제주')}`)
      .set('Authorization', pm)
      .send(body);
  const at = (instant: string) => () => request(service.http).get('/api/centers/routing/at').query({ at: instant }).set('Authorization', pm);

  it.each<[string, () => request.Test, Violation]>([
    // Was a 500: the decider read the names of an institution that was not there.
    ['a center without its institution', put({ regionName: '호남권' }), { field: 'institution', rule: 'isDefined' }],
    // Was recorded as an institution without names.
    ['an institution given as an array', put({ regionName: '호남권', institution: [valid.institution] }), { field: 'institution', rule: 'isObject' }],
    [
      'an institution without its English name',
      put({ regionName: '호남권', institution: { nameKo: '광주TP' } }),
      { field: 'institution.nameEn', rule: 'isString' },
    ],
    // Were 500s: PostgreSQL stores neither U+0000 nor an unpaired surrogate.
    ['U+0000 in a region name', put({ ...valid, regionName: '호남\u0000권' }), { field: 'regionName', rule: 'storableText' }],
    [
      'an unpaired surrogate in an institution name',
      put({ ...valid, institution: { nameKo: '광주\ud800', nameEn: 'x' } }),
      { field: 'institution.nameKo', rule: 'storableText' },
    ],
    ['U+0000 in a staff member name', assign({ userId: 'kim', name: '김\u0000', role: 'staff' }), { field: 'name', rule: 'storableText' }],
    ['a center id that cannot be one', put(valid, 'Not_A_Center'), { field: 'centerId', rule: 'matches' }],
    ['a blank reason for a reassignment', reassign({ centerId: 'jungbu', reason: ' \u3000\ufeff' }), { field: 'reason', rule: 'matches' }],
    ['an unknown center for a province', reassign({ centerId: 'atlantis', reason: 'r' }), { field: 'centerId', rule: 'isIn' }],
    // Were 500s: accepted as ISO-8601 by the edge, then refused by the domain's instant parser.
    ['a date without a time', at('2026-03-01'), { field: 'at', rule: 'matches' }],
    ['a local time without an offset', at('2026-03-01T09:00:00'), { field: 'at', rule: 'matches' }],
    ['more than milliseconds', at('2026-03-01T09:00:00.123456Z'), { field: 'at', rule: 'matches' }],
    ['the basic ISO-8601 format', at('20260301T090000Z'), { field: 'at', rule: 'matches' }],
    ['a day that does not exist', at('2025-02-29T00:00:00Z'), { field: 'at', rule: 'matches' }],
  ])('%s → 400, nothing recorded', async (_case, send, expected) => {
    await refused(send, expected);
  });

  it('answers a well-formed id of no center with 404 and one of no staff member with 404', async () => {
    const center = await request(service.http).get('/api/centers/centers/atlantis').set('Authorization', pm).expect(404);
    expect(center.body.code).toBe('CENTER.NOT_FOUND');
    expect(center.body.detail).toMatch(/^해당 센터가 없습니다\. \(No center with id atlantis\.\)$/);
    const member = await request(service.http).delete('/api/centers/centers/honam/staff/nobody').set('Authorization', pm).expect(404);
    expect(member.body.code).toBe('CENTERS.STAFF_NOT_ASSIGNED');
  });

  it('exposes every center by its domain id, centerId, on reads and writes alike', async () => {
    const responses = [
      await request(service.http).get('/api/centers/centers/honam').set('Authorization', pm).expect(200),
      await put({ regionName: '호남·제주권', institution: valid.institution })().expect(200),
      await assign({ userId: 'kim', name: '김민지', role: 'staff' })().expect(201),
      await request(service.http).delete('/api/centers/centers/honam/staff/kim').set('Authorization', pm).expect(200),
    ];
    for (const { body } of responses) {
      expect(Object.keys(body).sort()).toEqual(['centerId', 'institution', 'regionName', 'registeredAt', 'staff', 'updatedAt']);
      expect(body.centerId).toBe('honam');
    }
  });
});
