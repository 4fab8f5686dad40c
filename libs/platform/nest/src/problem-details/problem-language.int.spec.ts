import { Body, Controller, HttpException, INestApplication, Module, Post } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ConcurrencyConflictError } from '@yunghap/event-store';
import { DomainError } from '@yunghap/kernel';
import { IsIn, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import request from 'supertest';
import { DEVELOPMENT_JWT_SECRET } from '../auth/auth.config';
import { issueToken } from '../auth/issue-token';
import { Roles } from '../auth/roles.decorator';
import { PlatformModule } from '../bootstrap/platform.module';
import { loadServiceConfig } from '../config/service-config';
import { configureHttp } from '../http/configure-http';
import { ReadModelUnavailable } from '../runtime/read-model-unavailable';
import { DomainRefusal } from './problem-details.filter';
import { languagesOf } from './localized-text';
import { ROLE_NOT_ALLOWED_TEXT } from './platform-problem-catalogue';

class Transfer {
  @IsInt() @Min(1) @Max(500_000_000) readonly amountWon!: number;
  @IsString() @MaxLength(5) readonly reason!: string;
  @IsIn(['cash', 'in-kind']) readonly kind!: string;
}

@Controller('api/probe')
class ProbeController {
  @Roles('program-manager')
  @Post('transfers')
  transfer(@Body() body: Transfer) {
    return body;
  }

  @Roles('program-manager')
  @Post('english-refusal')
  english() {
    throw new DomainRefusal(new DomainError('LINE.SHORT', 'rule', 'Line it-convergence has only ₩5 left', { lineId: 'it-convergence', available: 5 }));
  }

  @Roles('program-manager')
  @Post('bilingual-refusal')
  bilingual() {
    throw new DomainRefusal(new DomainError('LINE.CLOSED', 'conflict', '예산 항목 it가 닫혔습니다. (Line it is closed.)', { lineId: 'it' }));
  }

  @Roles('program-manager')
  @Post('role-refusal')
  role() {
    throw new DomainRefusal(
      new DomainError('LINE.ROLE_NOT_ALLOWED', 'forbidden', 'The role finance may not do this (allowed: program-manager)', {
        role: 'finance',
        allowed: ['program-manager'],
      }),
    );
  }

  @Roles('program-manager')
  @Post('conflict')
  conflict() {
    throw new ConcurrencyConflictError('line-it', 3);
  }

  @Roles('program-manager')
  @Post('throttled')
  throttled() {
    throw new HttpException('ThrottlerException: Too Many Requests', 429);
  }

  @Roles('program-manager')
  @Post('unavailable')
  unavailable() {
    throw new ReadModelUnavailable('조회 모델이 따라오는 중입니다. (The read models are catching up.)', 2);
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

const CATALOGUE = {
  'LINE.SHORT': { ko: '예산 항목 {lineId}의 잔액은 ₩{available}뿐입니다.', en: 'Line {lineId} has only ₩{available} left.' },
  'LINE.ROLE_NOT_ALLOWED': ROLE_NOT_ALLOWED_TEXT,
};
const pm = `Bearer ${issueToken({ sub: 'pm-1', role: 'program-manager' }, DEVELOPMENT_JWT_SECRET)}`;
const HANGUL = /[가-힣]/;
const INVALID = { amountWon: 0, reason: 'much too long', kind: 'gift', surprise: 1 };

describe('problem details in the caller’s language', () => {
  let app: INestApplication;
  const post = (path: string, language?: string) => {
    const call = request(app.getHttpServer()).post(`/api/probe/${path}`).set('Authorization', pm);
    return language === undefined ? call : call.set('Accept-Language', language);
  };

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [PlatformModule.forService(loadServiceConfig('grants', { LOG_LEVEL: 'silent' }), { problemCatalogue: CATALOGUE }), ProbeModule],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    configureHttp(app);
    await app.init();
  });
  afterAll(() => app.close());

  describe('a validation error', () => {
    it('is Korean only for ko, naming each field and rule with its constraint values', async () => {
      const res = await post('transfers', 'ko-KR,ko;q=0.9,en;q=0.8').send(INVALID).expect(400);
      expect(res.headers['content-language']).toBe('ko');
      expect(res.headers['vary']).toMatch(/Accept-Language/);
      expect(res.body.code).toBe('REQUEST.INVALID');
      expect(res.body.errors).toEqual(
        expect.arrayContaining([
          { field: 'amountWon', rule: 'min', message: 'amountWon은(는) 1 이상이어야 합니다.' },
          { field: 'reason', rule: 'maxLength', message: 'reason은(는) 5자 이하여야 합니다.' },
          { field: 'kind', rule: 'isIn', message: 'kind은(는) 다음 중 하나여야 합니다: cash, in-kind.' },
          { field: 'surprise', rule: 'whitelistValidation', message: 'surprise은(는) 이 요청에 없는 항목입니다. 빼고 보내십시오.' },
        ]),
      );
      expect(res.body.detail).toMatch(/^요청이 올바르지 않습니다: /);
      expect(res.body.detail).not.toMatch(/[A-Za-z]{4,} [a-z]{3,} [a-z]{3,}/);
    });

    it('is English only for en', async () => {
      const res = await post('transfers', 'en-US,en;q=0.9,ko;q=0.5').send(INVALID).expect(400);
      expect(res.headers['content-language']).toBe('en');
      expect(res.body.errors).toEqual(
        expect.arrayContaining([
          { field: 'amountWon', rule: 'min', message: 'amountWon must be at least 1.' },
          { field: 'kind', rule: 'isIn', message: 'kind must be one of: cash, in-kind.' },
          { field: 'surprise', rule: 'whitelistValidation', message: 'surprise is not a field of this request; leave it out.' },
        ]),
      );
      expect(res.body.detail).toMatch(/^The request is invalid: /);
      expect(JSON.stringify(res.body)).not.toMatch(HANGUL);
    });

    it('stays as today without a preference: class-validator’s messages, the bilingual summary, no Content-Language', async () => {
      const res = await post('transfers').send(INVALID).expect(400);
      expect(res.headers['content-language']).toBeUndefined();
      expect(res.body.errors).toEqual(
        expect.arrayContaining([
          { field: 'amountWon', rule: 'min', message: 'amountWon must not be less than 1' },
          { field: 'surprise', rule: 'whitelistValidation', message: 'property surprise should not exist' },
        ]),
      );
      expect(res.body.detail).toMatch(/^요청이 올바르지 않습니다: .* \(The request is invalid\.\)$/);
      const french = await post('transfers', 'fr').send(INVALID).expect(400);
      expect(french.body).toEqual(res.body);
    });
  });

  describe('a refusal whose message is English only', () => {
    it('takes its Korean from the service’s catalogue, filled from its details', async () => {
      const res = await post('english-refusal', 'ko').expect(422);
      expect(res.body).toMatchObject({
        code: 'LINE.SHORT',
        detail: '예산 항목 it-convergence의 잔액은 ₩5뿐입니다.',
        details: { lineId: 'it-convergence', available: 5 },
      });
      expect(res.headers['content-language']).toBe('ko');
    });

    it('keeps its own English for en, and its own text without a preference', async () => {
      expect((await post('english-refusal', 'en').expect(422)).body.detail).toBe('Line it-convergence has only ₩5 left');
      expect((await post('english-refusal').expect(422)).body.detail).toBe('Line it-convergence has only ₩5 left');
    });

    it('words the kernel’s role refusal with the shared text', async () => {
      expect((await post('role-refusal', 'ko').expect(403)).body.detail).toBe('finance 역할로는 이 일을 할 수 없습니다(할 수 있는 역할: program-manager).');
    });
  });

  describe('a bilingual refusal', () => {
    it('is split into its Korean and its English half', async () => {
      expect((await post('bilingual-refusal', 'ko').expect(409)).body).toMatchObject({ code: 'LINE.CLOSED', detail: '예산 항목 it가 닫혔습니다.' });
      expect((await post('bilingual-refusal', 'en').expect(409)).body).toMatchObject({ code: 'LINE.CLOSED', detail: 'Line it is closed.' });
      expect((await post('bilingual-refusal').expect(409)).body.detail).toBe('예산 항목 it가 닫혔습니다. (Line it is closed.)');
    });
  });

  describe('the platform’s own answers', () => {
    it('answers 401 in the language asked for', async () => {
      const ko = await request(app.getHttpServer()).post('/api/probe/transfers').set('Accept-Language', 'ko').expect(401);
      expect(ko.body.code).toBe('AUTH.MISSING_TOKEN');
      // Korean alone, whether the guard's text is bilingual or the platform catalogue's.
      expect(languagesOf(ko.body.detail)).toEqual({ ko: ko.body.detail });
      expect(ko.headers['content-language']).toBe('ko');
      const en = await request(app.getHttpServer()).post('/api/probe/transfers').set('Accept-Language', 'en').expect(401);
      expect(en.body.detail).not.toMatch(HANGUL);
      const none = await request(app.getHttpServer()).post('/api/probe/transfers').expect(401);
      expect(none.headers['content-language']).toBeUndefined();
    });

    it('answers 404, 405, 409, 413, 429 and 503 in the language asked for', async () => {
      const server = app.getHttpServer();
      const notFound = await request(server).get('/api/nowhere').set('Authorization', pm).set('Accept-Language', 'ko').expect(404);
      expect(notFound.body).toMatchObject({ code: 'HTTP.404', detail: '요청한 주소가 없습니다.' });
      const method = await request(server).delete('/api/probe/transfers').set('Authorization', pm).set('Accept-Language', 'ko').expect(405);
      expect(method.body.detail).toBe('이 주소는 DELETE 요청을 받지 않습니다: POST만 됩니다.');
      expect((await post('conflict', 'ko').expect(409)).body.detail).toBe('다른 사용자가 같은 자료를 동시에 바꾸었습니다. 다시 읽고 시도하십시오.');
      const tooLarge = await post('transfers', 'ko')
        .set('Content-Type', 'application/json')
        .send(JSON.stringify({ reason: 'x'.repeat(1_100_000) }))
        .expect(413);
      expect(tooLarge.body).toMatchObject({ code: 'REQUEST.TOO_LARGE', detail: '요청 본문이 너무 큽니다.' });
      expect(tooLarge.headers['content-language']).toBe('ko');
      expect((await post('throttled', 'ko').expect(429)).body).toMatchObject({ code: 'HTTP.429', detail: '요청이 너무 많습니다. 잠시 후 다시 시도하십시오.' });
      const unavailable = await post('unavailable', 'en').expect(503);
      expect(unavailable.body.detail).toBe('The read models are catching up.');
    });
  });
});
