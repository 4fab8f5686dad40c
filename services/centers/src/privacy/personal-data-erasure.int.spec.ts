import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkEvidenceLog, EvidenceLog } from '@yunghap/audit-log';
import { SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { bearer, startTestService, TestService } from '@yunghap/service-harness';
import request from 'supertest';
import { CentersModule } from '../centers.module';

const gateway = bearer({ role: 'gateway', sub: 'gateway' });
const kim = bearer({ role: 'program-manager', sub: 'pm-kim' });
const lee = bearer({ role: 'program-manager', sub: 'pm-lee' });
const auditor = bearer({ role: 'auditor', sub: 'auditor-choi' });
const ERASURE = '/api/centers/privacy/erasure';
const PERSONAL = /홍길동|gildong@example\.kr|010-2345-6789/;
const ERASED = '[삭제됨 · erased]';

/** Applicants' data may go at once here; staff data is kept for the default period. */
const env = { PERSONAL_DATA_RETENTION_DAYS: 'applicant=0' };

describe('personal data in the centers’ events: sealed per person, erased on two program managers’ word', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'yunghap-erasure-'));
  let service: TestService;
  const runtime = () => service.app.get<ServiceRuntime>(SERVICE_RUNTIME, { strict: false });
  const storedEvents = async () => JSON.stringify(await runtime().store.readAll());
  const evidence = async () =>
    (await request(service.http).get('/api/centers/audit-log/evidence').query({ subjects: 'u-gildong' }).set('Authorization', auditor).expect(200))
      .body as EvidenceLog;
  let before: EvidenceLog;

  beforeAll(async () => {
    service = await startTestService('centers', CentersModule.register, { dataDir, env });
    await request(service.http)
      .post('/api/centers/applicants')
      .set('Authorization', gateway)
      .send({
        userId: 'u-gildong',
        name: '홍길동',
        email: 'gildong@example.kr',
        phone: '010-2345-6789',
        registrationNumber: '314-81-23478',
        firmName: '길동정밀',
        province: '대전',
      })
      .expect(201);
    await request(service.http)
      .post('/api/centers/centers/jungbu/staff')
      .set('Authorization', kim)
      .send({ userId: 'staff-oh', name: '오담당', role: 'coordinator' })
      .expect(201);
  });
  afterAll(async () => {
    await service.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stores names and contacts sealed, never in the clear, while the read models show them to those allowed', async () => {
    expect(await storedEvents()).not.toMatch(PERSONAL);
    expect(await storedEvents()).not.toContain('오담당');
    expect(await storedEvents()).toContain('"subject":"applicant:u-gildong"');
    const shown = await request(service.http).get('/api/centers/applicants/u-gildong').set('Authorization', kim).expect(200);
    expect(shown.body).toMatchObject({ name: '홍길동', email: 'gildong@example.kr', phone: '010-2345-6789', firmName: '길동정밀' });
    before = await evidence();
    expect(JSON.stringify(before)).not.toMatch(PERSONAL);
  });

  it('lets only program managers propose and decide, and auditors read; refuses an unknown person and data still within its retention', async () => {
    const body = { subject: 'applicant:u-gildong', reason: '보존기간 만료' };
    for (const token of [bearer({ role: 'center-staff', centerId: 'jungbu' }), bearer({ role: 'applicant', firmId: '3148123478' }), auditor]) {
      await request(service.http).post(ERASURE).set('Authorization', token).send(body).expect(403);
    }
    await request(service.http)
      .get(ERASURE)
      .set('Authorization', bearer({ role: 'finance' }))
      .expect(403);
    await request(service.http).get(ERASURE).set('Authorization', auditor).expect(200);
    const unknown = await request(service.http)
      .post(ERASURE)
      .set('Authorization', kim)
      .send({ ...body, subject: 'applicant:nobody' })
      .expect(404);
    expect(unknown.body.code).toBe('ERASURE.SUBJECT_UNKNOWN');
    const kept = await request(service.http)
      .post(ERASURE)
      .set('Authorization', kim)
      .set('Accept-Language', 'ko')
      .send({ ...body, subject: 'staff:staff-oh' })
      .expect(422);
    expect(kept.body).toMatchObject({ code: 'ERASURE.RETENTION_NOT_ENDED', details: { subject: 'staff:staff-oh' } });
    expect(kept.body.detail).toMatch(/보존기간이 .*에 끝나므로/);
    const malformed = await request(service.http).post(ERASURE).set('Authorization', kim).send({ subject: 'u-gildong', reason: ' ' }).expect(400);
    expect(malformed.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['reason', 'subject']);
    await request(service.http).post(`${ERASURE}/not-a-uuid/approval`).set('Authorization', lee).expect(400);
  });

  it('erases on a second program manager’s approval: every copy reads as erased, the audit log still verifies', async () => {
    const proposed = await request(service.http)
      .post(ERASURE)
      .set('Authorization', kim)
      .set('Idempotency-Key', 'erase-gildong-1')
      .send({ subject: 'applicant:u-gildong', reason: '보존기간 만료' })
      .expect(201);
    expect(proposed.body).toMatchObject({ subject: 'applicant:u-gildong', status: 'proposed', proposedBy: { userId: 'pm-kim' }, decidedBy: null });
    const again = await request(service.http)
      .post(ERASURE)
      .set('Authorization', kim)
      .set('Idempotency-Key', 'erase-gildong-1')
      .send({ subject: 'applicant:u-gildong', reason: '보존기간 만료' })
      .expect(201);
    expect(again.body.requestId).toBe(proposed.body.requestId);
    const id = proposed.body.requestId as string;

    const self = await request(service.http).post(`${ERASURE}/${id}/approval`).set('Authorization', kim).expect(403);
    expect(self.body.code).toBe('ERASURE.SAME_APPROVER');
    await request(service.http)
      .get('/api/centers/applicants/u-gildong')
      .set('Authorization', kim)
      .expect(200)
      .expect(({ body }) => expect(body.name).toBe('홍길동'));

    const approved = await request(service.http).post(`${ERASURE}/${id}/approval`).set('Authorization', lee).expect(200);
    expect(approved.body).toMatchObject({ status: 'approved', decidedBy: { userId: 'pm-lee', role: 'program-manager' } });
    await request(service.http).post(`${ERASURE}/${id}/rejection`).set('Authorization', kim).send({ reason: '늦은 반대' }).expect(409);

    const shown = await request(service.http).get('/api/centers/applicants/u-gildong').set('Authorization', kim).expect(200);
    expect(shown.body).toMatchObject({ name: ERASED, email: ERASED, phone: ERASED, firmName: '길동정밀', registrationNumber: '3148123478' });
    expect(JSON.stringify((await request(service.http).get('/api/centers/applicants').set('Authorization', kim).expect(200)).body)).not.toMatch(PERSONAL);

    // The events are as they were: the same sealed bytes, so every leaf, proof and checkpoint holds.
    const after = await evidence();
    expect(after.events.map((event) => event.record)).toEqual(before.events.map((event) => event.record));
    expect(() => checkEvidenceLog(after, runtime().auditLog.keys.verifierKeys)).not.toThrow();
    expect((await request(service.http).get('/api/centers/audit-log/verify').set('Authorization', auditor).expect(200)).body.ok).toBe(true);

    // The erasure is in the log: who proposed, who approved, on what ground; the person only by subject.
    const trail = (await runtime().store.readStream(`privacy-erasure-${id}`)).map((event) => [event.type, event.metadata.actor.userId]);
    expect(trail).toEqual([
      ['PersonalDataErasureProposed', 'pm-kim'],
      ['PersonalDataErasureApproved', 'pm-lee'],
    ]);
    const listed = await request(service.http).get(ERASURE).set('Authorization', auditor).expect(200);
    expect(listed.body.items).toEqual([approved.body]);
  });

  it('stays erased after a restart, and records nothing new of the erased person', async () => {
    await service.close();
    service = await startTestService('centers', CentersModule.register, { dataDir, env });
    const shown = await request(service.http).get('/api/centers/applicants/u-gildong').set('Authorization', kim).expect(200);
    expect(shown.body.name).toBe(ERASED);
    // Rejected, the person may register again — but nothing of theirs is sealed any more.
    await request(service.http).post('/api/centers/applicants/u-gildong/reject').set('Authorization', kim).send({ reason: '사업자 정보 불일치' }).expect(200);
    const head = await runtime().store.headPosition();
    const refused = await request(service.http)
      .post('/api/centers/applicants')
      .set('Authorization', gateway)
      .send({ userId: 'u-gildong', name: '홍길동', registrationNumber: '2208106252', firmName: '새회사', province: '서울' })
      .expect(409);
    expect(refused.body).toMatchObject({ code: 'PERSONAL_DATA.ERASED', details: { subject: 'applicant:u-gildong' } });
    expect(await runtime().store.headPosition()).toBe(head);
    const again = await request(service.http).post(ERASURE).set('Authorization', kim).send({ subject: 'applicant:u-gildong', reason: '다시' }).expect(409);
    expect(again.body.code).toBe('ERASURE.ALREADY_ERASED');
  });
});
