import { startTestService, TestService } from '@yunghap/service-harness';
import request from 'supertest';
import { MentoringModule } from './mentoring.module';
import { mentorBody, pm } from './testing/mentoring-test-kit';

// The domain words these refusals in English only; the service's catalogue gives their Korean.
describe('the mentoring service in the caller’s language', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService('mentoring', MentoringModule.register);
  });
  afterAll(() => service.close());

  const register = (body: object, language: string) =>
    request(service.http).post('/api/mentoring/mentors').set('Authorization', pm).set('Accept-Language', language).send(body);

  it('answers a mentor without a name in Korean for ko and in English for en, with the same code', async () => {
    const ko = await register(mentorBody({ name: '   ' }), 'ko').expect(422);
    expect(ko.headers['content-language']).toBe('ko');
    expect(ko.body).toMatchObject({ code: 'MENTOR.NAME_REQUIRED', detail: '멘토의 이름이 있어야 합니다.' });
    const en = await register(mentorBody({ name: '   ' }), 'en').expect(422);
    expect(en.body).toMatchObject({ code: 'MENTOR.NAME_REQUIRED', detail: 'A mentor needs a name' });
  });

  it('fills the Korean from the refusal’s details', async () => {
    const res = await register(mentorBody({ kind: 'senior-firm' }), 'ko').expect(422);
    expect(res.body).toMatchObject({ code: 'MENTOR.INVALID_AFFILIATION', detail: '소속이 올바르지 않습니다(senior-firm-without-firm).' });
  });

  it('replays a refusal kept under an Idempotency-Key in the language it was first answered in', async () => {
    const key = `language-${Date.now()}`;
    const first = await register(mentorBody({ name: ' ' }), 'ko')
      .set('Idempotency-Key', key)
      .expect(422);
    const again = await register(mentorBody({ name: ' ' }), 'ko')
      .set('Idempotency-Key', key)
      .expect(422);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.headers['content-language']).toBe('ko');
    expect(again.body).toEqual(first.body);
  });
});
