import { startTestService, TestService } from '@yunghap/service-harness';
import request from 'supertest';
import { GrantsModule } from './grants.module';
import { IT_LINE, pm } from './testing/grants-test-kit';

// The domain words this refusal in English only; the service's catalogue gives its Korean.
describe('the grants service in the caller’s language', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService('grants', GrantsModule.register);
  });
  afterAll(() => service.close());

  const transfer = (language: string) =>
    request(service.http)
      .post('/api/grants/transfers')
      .set('Authorization', pm)
      .set('Accept-Language', language)
      .send({ fromLineId: IT_LINE, toLineId: 'advanced-technology-innovation', amountWon: 1, reason: '  ' });

  it('answers a transfer without a reason in Korean for ko and in English for en, with the same code', async () => {
    const ko = await transfer('ko').expect(422);
    expect(ko.headers['content-language']).toBe('ko');
    expect(ko.body).toMatchObject({ code: 'PROGRAM.REASON_REQUIRED', detail: '감사 기록을 위해 사유를 적어야 합니다.' });
    const en = await transfer('en-GB').expect(422);
    expect(en.body).toMatchObject({ code: 'PROGRAM.REASON_REQUIRED', detail: 'A reason is required for the audit trail' });
  });
});
