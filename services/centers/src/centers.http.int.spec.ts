import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TOPICS } from '@yunghap/contracts';
import { IntegrationMessage } from '@yunghap/messaging';
import { bearer, expectPagingOf, startTestService, TestService } from '@yunghap/service-harness';
import { eventually } from '@yunghap/testing';
import request from 'supertest';
import { CentersModule } from './centers.module';

const pm = bearer({ role: 'program-manager', sub: 'pm-park' });
const finance = bearer({ role: 'finance' });
const honamStaff = bearer({ role: 'center-staff', centerId: 'honam' });
const committee = bearer({ role: 'committee-member', committeeIds: ['c-1'] });

describe('centers service over HTTP (single-process runtime)', () => {
  let service: TestService;
  const published: IntegrationMessage[] = [];

  beforeAll(async () => {
    service = await startTestService('centers', CentersModule.register);
    await service.bus.subscribe({ consumerGroup: 'test-listener', topics: [TOPICS.centers], handler: async ({ message }) => void published.push(message) });
  });
  afterAll(() => service.close());

  describe('the seven centers', () => {
    it('are registered on first start, with institution names in Korean and English, readable by every role', async () => {
      const res = await request(service.http).get('/api/centers/centers').set('Authorization', committee).expect(200);

      expect(res.body.items.map((c: { centerId: string }) => c.centerId)).toEqual([
        'busan-ulsan',
        'daegu-gyeongbuk',
        'gyeonggi-gangwon',
        'gyeongin',
        'gyeongnam',
        'honam',
        'jungbu',
      ]);
      expect(res.body.items.every((c: object) => !('_position' in c) && !('_id' in c))).toBe(true);
      expect(res.body.items.find((c: { centerId: string }) => c.centerId === 'honam')).toMatchObject({
        regionName: '호남권',
        institution: { nameKo: '광주TP', nameEn: 'Gwangju Technopark' },
      });
    });

    it('are paged like every list', async () => {
      await expectPagingOf(service, '/api/centers/centers', committee, (c: { centerId: string }) => c.centerId);
    });

    it('needs a token', async () => {
      await request(service.http).get('/api/centers/centers').expect(401);
    });

    it('answers 404 for an unknown center', async () => {
      const res = await request(service.http).get('/api/centers/centers/atlantis').set('Authorization', pm).expect(404);
      expect(res.body.code).toBe('CENTER.NOT_FOUND');
    });
  });

  describe('staff', () => {
    it('are assigned by a program manager', async () => {
      const res = await request(service.http)
        .post('/api/centers/centers/honam/staff')
        .set('Authorization', pm)
        .send({ userId: 'lee.jiwoo', name: '이지우', role: 'coordinator' })
        .expect(201);
      expect(res.body.staff).toEqual([{ userId: 'lee.jiwoo', name: '이지우', role: 'coordinator' }]);
    });

    it('cannot be assigned twice (409), nor by another role (403), nor with a bad role (400)', async () => {
      await request(service.http)
        .post('/api/centers/centers/honam/staff')
        .set('Authorization', pm)
        .send({ userId: 'lee.jiwoo', name: '이지우', role: 'staff' })
        .expect(409);
      await request(service.http)
        .post('/api/centers/centers/honam/staff')
        .set('Authorization', honamStaff)
        .send({ userId: 'x', name: 'x', role: 'staff' })
        .expect(403);
      const bad = await request(service.http)
        .post('/api/centers/centers/honam/staff')
        .set('Authorization', pm)
        .send({ userId: 'x', name: 'x', role: 'boss' })
        .expect(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'role', rule: 'isIn' })]);
    });

    it('are unassigned by a program manager; an unknown one is 404', async () => {
      await request(service.http).delete('/api/centers/centers/honam/staff/lee.jiwoo').set('Authorization', finance).expect(403);
      const res = await request(service.http).delete('/api/centers/centers/honam/staff/lee.jiwoo').set('Authorization', pm).expect(200);
      expect(res.body.staff).toEqual([]);
      await request(service.http).delete('/api/centers/centers/honam/staff/lee.jiwoo').set('Authorization', pm).expect(404);
    });
  });

  describe('center details', () => {
    it('are changed by a program manager only, with every field validated', async () => {
      const details = { regionName: '호남·제주권', institution: { nameKo: '광주테크노파크', nameEn: 'Gwangju Technopark' } };
      await request(service.http).put('/api/centers/centers/honam').set('Authorization', honamStaff).send(details).expect(403);
      const bad = await request(service.http)
        .put('/api/centers/centers/honam')
        .set('Authorization', pm)
        .send({ regionName: '', institution: { nameKo: 'x' } })
        .expect(400);
      expect(new Set(bad.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['institution.nameEn', 'regionName']));

      const res = await request(service.http).put('/api/centers/centers/honam').set('Authorization', pm).send(details).expect(200);
      expect(res.body).toMatchObject(details);
    });
  });

  describe('province routing', () => {
    it('starts from the default mapping, version 1, published province by province', async () => {
      const res = await request(service.http).get('/api/centers/routing').set('Authorization', honamStaff).expect(200);
      expect(res.body).toMatchObject({ mappingVersion: 1, provinces: { 제주: 'honam', 세종: 'jungbu', 서울: 'gyeongin' } });

      const initial = await eventually(() => {
        const messages = published.filter((m) => (m.payload as { mappingVersion: number }).mappingVersion === 1);
        return messages.length === 17 ? messages : undefined;
      });
      expect(initial.find((m) => m.key === '제주')?.payload).toMatchObject({ toCenterId: 'honam' });
    });

    it('is changed by a program manager with a reason, as an event, published to other services', async () => {
      const before = new Date().toISOString();
      const res = await request(service.http)
        .put(`/api/centers/routing/provinces/${encodeURIComponent('제주')}`)
        .set('Authorization', pm)
        .send({ centerId: 'jungbu', reason: 'pilot: 제주 handled by 중부권' })
        .expect(200);

      expect(res.body).toMatchObject({ mappingVersion: 2, provinces: { 제주: 'jungbu' } });
      expect(res.body.changes.at(-1)).toMatchObject({ province: '제주', fromCenterId: 'honam', toCenterId: 'jungbu', changedBy: 'pm-park' });

      const message = await eventually(() =>
        published.find((m) => m.type === 'centers.ProvinceRoutingChanged' && (m.payload as { mappingVersion: number }).mappingVersion === 2),
      );
      expect(message).toMatchObject({ key: '제주', payload: { province: '제주', fromCenterId: 'honam', toCenterId: 'jungbu' } });

      const then = await request(service.http).get('/api/centers/routing/at').query({ at: before }).set('Authorization', pm).expect(200);
      expect(then.body.provinces['제주']).toBe('honam');
    });

    it('refuses other roles (403), unknown provinces (404), unknown centers (400), no change (409), a missing reason (400)', async () => {
      const jeju = `/api/centers/routing/provinces/${encodeURIComponent('제주')}`;
      await request(service.http).put(jeju).set('Authorization', honamStaff).send({ centerId: 'honam', reason: 'r' }).expect(403);
      await request(service.http).put('/api/centers/routing/provinces/Mars').set('Authorization', pm).send({ centerId: 'honam', reason: 'r' }).expect(404);
      const unknown = await request(service.http).put(jeju).set('Authorization', pm).send({ centerId: 'atlantis', reason: 'r' }).expect(400);
      expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'centerId', rule: 'isIn' })]);
      const same = await request(service.http).put(jeju).set('Authorization', pm).send({ centerId: 'jungbu', reason: 'r' }).expect(409);
      expect(same.body.code).toBe('ROUTING.SAME_CENTER');
      const missing = await request(service.http).put(jeju).set('Authorization', pm).send({ centerId: 'honam' }).expect(400);
      expect(new Set(missing.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['reason']));
    });

    it('takes a province written in decomposed Hangul (NFD) as the same province', async () => {
      const decomposedJeju = `/api/centers/routing/provinces/${encodeURIComponent('제주'.normalize('NFD'))}`;
      const res = await request(service.http).put(decomposedJeju).set('Authorization', pm).send({ centerId: 'honam', reason: '호남권 복귀' }).expect(200);
      expect(res.body.changes.at(-1)).toMatchObject({ province: '제주', fromCenterId: 'jungbu', toCenterId: 'honam' });
    });

    it('answers "which center, at that time" and validates the time', async () => {
      await request(service.http).get('/api/centers/routing/at').query({ at: 'last tuesday' }).set('Authorization', pm).expect(400);
      await request(service.http).get('/api/centers/routing/at').query({ at: '2000-01-01T00:00:00Z' }).set('Authorization', pm).expect(404);
    });
  });
});

describe('centers service restarts (file-backed PGlite)', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'yunghap-centers-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('seeds once: a second start registers nothing new and keeps every change', async () => {
    const first = await startTestService('centers', CentersModule.register, { dataDir });
    await request(first.http)
      .post('/api/centers/centers/jungbu/staff')
      .set('Authorization', pm)
      .send({ userId: 'choi', name: '최', role: 'staff' })
      .expect(201);
    await first.close();

    const second = await startTestService('centers', CentersModule.register, { dataDir });
    const res = await request(second.http).get('/api/centers/centers/jungbu').set('Authorization', pm).expect(200);
    const routing = await request(second.http).get('/api/centers/routing').set('Authorization', pm).expect(200);
    await second.close();

    expect(res.body.staff).toEqual([{ userId: 'choi', name: '최', role: 'staff' }]);
    expect(routing.body.mappingVersion).toBe(1);
    expect(routing.body.changes).toHaveLength(1);
  });
});
