import { TestService } from '@yunghap/service-harness';
import request from 'supertest';
import { hoursFromNow, startApplications, users } from './testing/applications.test-kit';

// The domain words this refusal in English only; the service's catalogue gives its Korean.
describe('the applications service in the caller’s language', () => {
  let service: TestService;

  beforeAll(async () => {
    ({ service } = await startApplications({ routing: false }));
  });
  afterAll(() => service.close());

  const openCall = (body: Record<string, unknown>, language: string) =>
    request(service.http).post('/api/applications/calls').set('Authorization', users.pm).set('Accept-Language', language).send(body);
  const call = {
    callId: 'call-language',
    budgetLineId: 'it-convergence',
    title: '2026년 IT융합 기술개발 과제 공고',
    opensAt: hoursFromNow(48),
    closesAt: hoursFromNow(24),
    capPerProject: 500_000_000,
    technologyFields: ['AI'],
  };

  it('answers a refused call in Korean for ko and in English for en, with the same code', async () => {
    const ko = await openCall(call, 'ko-KR,ko;q=0.9').expect(422);
    expect(ko.headers['content-language']).toBe('ko');
    expect(ko.body).toMatchObject({ code: 'CALL.CLOSES_BEFORE_OPENING', detail: `공모는 시작 시각(${call.opensAt}) 뒤에 마감되어야 합니다.` });
    const en = await openCall(call, 'en').expect(422);
    expect(en.body).toMatchObject({ code: 'CALL.CLOSES_BEFORE_OPENING', detail: 'A call must close after it opens' });
  });

  it('names a malformed field in Korean for ko', async () => {
    const res = await openCall({ ...call, capPerProject: 0 }, 'ko').expect(400);
    expect(res.body.errors).toContainEqual({ field: 'capPerProject', rule: 'min', message: 'capPerProject은(는) 1 이상이어야 합니다.' });
  });
});
