import { Body, Controller, Get, INestApplication, Module, Param, Post } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { IsInt, IsString, Max, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { DomainError } from '@yunghap/kernel';
import request from 'supertest';
import { DEVELOPMENT_JWT_SECRET } from '../auth/auth.config';
import { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { issueToken } from '../auth/issue-token';
import { Roles } from '../auth/roles.decorator';
import { assertCenterScope } from '../auth/scope';
import { loadServiceConfig } from '../config/service-config';
import { DomainRefusal } from '../problem-details/problem-details.filter';
import { PlatformModule } from './platform.module';

class Firm {
  @IsString() readonly name!: string;
}
class Grant {
  @IsInt() @Min(1) @Max(500_000_000) readonly amountWon!: number;
  @ValidateNested({ each: true }) @Type(() => Firm) readonly firms!: Firm[];
}

@Controller('api/probe')
class ProbeController {
  @Roles('program-manager', 'center-staff')
  @Get('centers/:centerId')
  read(@Param('centerId') centerId: string, @CurrentUser() user: AuthenticatedUser) {
    assertCenterScope(user, centerId);
    return { centerId, userId: user.userId };
  }

  @Roles('program-manager')
  @Post('grants')
  create(@Body() body: Grant) {
    if (body.amountWon > 100_000_000)
      throw new DomainRefusal(new DomainError('LINE.INSUFFICIENT', 'rule', 'Not enough left on the line', { available: 100_000_000 }));
    return { accepted: body.amountWon };
  }

  @Get('undeclared')
  undeclared() {
    return 'should never be reachable';
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

const token = (claims: Parameters<typeof issueToken>[0]) => `Bearer ${issueToken(claims, DEVELOPMENT_JWT_SECRET)}`;
const pm = token({ sub: 'pm-1', role: 'program-manager' });
const honamStaff = token({ sub: 'staff-1', role: 'center-staff', centerId: 'honam' });

describe('PlatformModule over HTTP', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [PlatformModule.forService(loadServiceConfig('grants', { LOG_LEVEL: 'silent' })), ProbeModule],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
  });
  afterAll(() => app.close());

  it('serves /health and /metrics without a token', async () => {
    await request(app.getHttpServer()).get('/health').expect(200, { status: 'ok', service: 'grants', checks: {} });
    const metrics = await request(app.getHttpServer()).get('/metrics').expect(200);
    expect(metrics.text).toMatch(/http_requests_total\{.*service="grants"/);
  });

  it('answers 401 as a problem document without a token or with a forged one', async () => {
    const missing = await request(app.getHttpServer()).get('/api/probe/centers/honam').expect(401);
    expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(missing.body).toMatchObject({ status: 401, code: 'AUTH.MISSING_TOKEN', instance: '/api/probe/centers/honam' });

    const forged = `Bearer ${issueToken({ sub: 'x', role: 'program-manager' }, 'another-secret-of-sufficient-length-123')}`;
    await request(app.getHttpServer()).get('/api/probe/centers/honam').set('Authorization', forged).expect(401);
  });

  it('answers 403 for a role the route does not allow, and for a route that declares no roles', async () => {
    const finance = token({ sub: 'fin-1', role: 'finance' });
    const res = await request(app.getHttpServer()).get('/api/probe/centers/honam').set('Authorization', finance).expect(403);
    expect(res.body).toMatchObject({ code: 'ACCESS.FORBIDDEN' });
    await request(app.getHttpServer()).get('/api/probe/undeclared').set('Authorization', pm).expect(403);
  });

  it('lets center staff act on their own center only', async () => {
    await request(app.getHttpServer()).get('/api/probe/centers/honam').set('Authorization', honamStaff).expect(200, { centerId: 'honam', userId: 'staff-1' });
    await request(app.getHttpServer()).get('/api/probe/centers/jungbu').set('Authorization', honamStaff).expect(403);
    await request(app.getHttpServer()).get('/api/probe/centers/jungbu').set('Authorization', pm).expect(200);
  });

  it('refuses a center-staff token without a center', async () => {
    await request(app.getHttpServer())
      .get('/api/probe/centers/honam')
      .set('Authorization', token({ sub: 's', role: 'center-staff' }))
      .expect(401);
  });

  it('names every bad field and rule, including nested ones and unknown fields', async () => {
    const res = await request(app.getHttpServer())
      .post('/api/probe/grants')
      .set('Authorization', pm)
      .send({ amountWon: 1.5, firms: [{ name: 'ok' }, { name: 7 }], surprise: true })
      .expect(400);

    expect(res.body.code).toBe('REQUEST.INVALID');
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'amountWon', rule: 'isInt' }),
        expect.objectContaining({ field: 'firms[1].name', rule: 'isString' }),
        expect.objectContaining({ field: 'surprise', rule: 'whitelistValidation' }),
      ]),
    );
  });

  it('maps a refused business rule to 422 with its code and details', async () => {
    const res = await request(app.getHttpServer()).post('/api/probe/grants').set('Authorization', pm).send({ amountWon: 200_000_000, firms: [] }).expect(422);
    expect(res.body).toMatchObject({ code: 'LINE.INSUFFICIENT', details: { available: 100_000_000 }, title: 'Unprocessable entity' });
  });
});
