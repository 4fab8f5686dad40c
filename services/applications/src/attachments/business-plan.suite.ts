import { TOPICS } from '@yunghap/contracts';
import { TestService, testUsers } from '@yunghap/service-harness';
import { eventually } from '@yunghap/testing';
import { createHash } from 'node:crypto';
import request from 'supertest';
import { drafterOf, evaluationOpenedMessage, openCall, publishOn, startApplications, submit, draft, users } from '../testing/applications.test-kit';

// One suite, run against each content store the service can be configured with
// (business-plan.http.int.spec.ts: a folder; business-plan.s3.int.spec.ts: SeaweedFS).

const MIB = 1024 * 1024;
const KOREAN_NAME = '2026 사업계획서(한빛정밀).pdf';
const path = (applicationId: string, action = '') => `/api/applications/applications/${applicationId}${action}`;
const planPath = (applicationId: string) => path(applicationId, '/business-plan');
const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const dispositionOf = (fileName: string) => `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`;

/** A PDF as a client sends it: the header the format starts with, then a body unique to each test. */
const pdf = (text = `${Math.random()}`) => Buffer.from(`%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Title (${text}) >> endobj\n%%EOF\n`, 'latin1');
/** An HWP 5 file: an OLE compound file whose FileHeader stream carries Hangul's signature. */
const hwp = () =>
  Buffer.concat([
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    Buffer.alloc(1016),
    Buffer.from('HWP Document File\0\0\0\0', 'latin1'),
    Buffer.alloc(64),
  ]);
const png = () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(256, 7)]);

export function businessPlanSuite(title: string, env: () => NodeJS.ProcessEnv | undefined): void {
  describe(title, () => {
    let service: TestService;
    let callId: string;

    beforeAll(async () => {
      ({ service } = await startApplications({ env: env() }));
      callId = await openCall(service);
    });
    afterAll(() => service.close());

    const upload = (applicationId: string, bytes: Buffer, { type = 'application/pdf', name = KOREAN_NAME, token = drafterOf(applicationId) } = {}) =>
      request(service.http)
        .put(planPath(applicationId))
        .set('Authorization', token)
        .set('Content-Type', type)
        .set('Content-Disposition', dispositionOf(name))
        .send(bytes);
    const download = (applicationId: string, token: string) =>
      request(service.http)
        .get(planPath(applicationId))
        .set('Authorization', token)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });
    const application = async (applicationId: string) =>
      (await request(service.http).get(path(applicationId)).set('Authorization', drafterOf(applicationId)).expect(200)).body;

    it('keeps a PDF with its Korean name, records its hash, and gives back the same bytes', async () => {
      const applicationId = await draft(service, callId);
      const bytes = pdf();
      const attached = await upload(applicationId, bytes).expect(200);
      expect(attached.body).toEqual({
        sha256: sha256Of(bytes),
        size: bytes.length,
        mediaType: 'application/pdf',
        fileName: KOREAN_NAME,
        attachedAt: expect.any(String),
      });
      expect(attached.headers['etag']).toBe(`"${sha256Of(bytes)}"`);
      expect((await application(applicationId)).businessPlan).toEqual(attached.body);

      const read = await download(applicationId, drafterOf(applicationId)).expect(200);
      expect(Buffer.compare(read.body as Buffer, bytes)).toBe(0);
      expect(sha256Of(read.body as Buffer)).toBe(attached.body.sha256);
      expect(read.headers).toMatchObject({ 'content-type': 'application/pdf', etag: `"${sha256Of(bytes)}"`, 'content-length': String(bytes.length) });
      expect(decodeURIComponent(/filename\*=UTF-8''([^;\s]+)/.exec(read.headers['content-disposition'] ?? '')?.[1] ?? '')).toBe(KOREAN_NAME);

      const timeline = await request(service.http).get(path(applicationId, '/timeline')).set('Authorization', drafterOf(applicationId)).expect(200);
      expect(timeline.body.events.map((event: { type: string }) => event.type)).toEqual(['ApplicationDrafted', 'BusinessPlanAttached']);
      expect(timeline.body.events[1].details).toEqual({ sha256: sha256Of(bytes), size: bytes.length, mediaType: 'application/pdf', fileName: KOREAN_NAME });
    });

    it('takes an HWP file, replacing the plan attached before; the history keeps both', async () => {
      const applicationId = await draft(service, callId);
      await upload(applicationId, pdf()).expect(200);
      const bytes = hwp();
      const attached = await upload(applicationId, bytes, { type: 'application/x-hwp', name: '사업계획서.hwp' }).expect(200);
      expect(attached.body).toMatchObject({ sha256: sha256Of(bytes), mediaType: 'application/x-hwp', fileName: '사업계획서.hwp' });
      const read = await download(applicationId, drafterOf(applicationId)).expect(200);
      expect(Buffer.compare(read.body as Buffer, bytes)).toBe(0);
      expect(read.headers['content-type']).toBe('application/x-hwp');
      const timeline = await request(service.http).get(path(applicationId, '/timeline')).set('Authorization', drafterOf(applicationId)).expect(200);
      expect(timeline.body.events.filter((event: { type: string }) => event.type === 'BusinessPlanAttached')).toHaveLength(2);
    });

    it('refuses with 415 a PNG that claims to be a PDF, a PDF that claims to be HWP, and a type it does not take; nothing is recorded', async () => {
      const applicationId = await draft(service, callId);
      for (const [bytes, type] of [
        [png(), 'application/pdf'],
        [pdf(), 'application/x-hwp'],
        [png(), 'image/png'],
        [Buffer.alloc(0), 'application/pdf'],
      ] as const) {
        const refused = await upload(applicationId, bytes, { type }).expect(415);
        expect(refused.body).toMatchObject({
          code: 'ATTACHMENT.UNSUPPORTED_TYPE',
          errors: [expect.objectContaining({ field: 'Content-Type', rule: 'documentType' })],
        });
      }
      expect(await application(applicationId)).toMatchObject({ version: 1, businessPlan: null });
    });

    it('refuses 21 MiB with 413 and records nothing', async () => {
      const applicationId = await draft(service, callId);
      const bytes = Buffer.concat([pdf(), Buffer.alloc(21 * MIB)]);
      const refused = await upload(applicationId, bytes).expect(413);
      expect(refused.body).toMatchObject({ code: 'ATTACHMENT.TOO_LARGE', details: { maxBytes: 20 * MIB } });
      expect(await application(applicationId)).toMatchObject({ version: 1, businessPlan: null });
    });

    it('asks for the file name in Content-Disposition (400 naming the header)', async () => {
      const applicationId = await draft(service, callId);
      const refused = await request(service.http)
        .put(planPath(applicationId))
        .set('Authorization', drafterOf(applicationId))
        .set('Content-Type', 'application/pdf')
        .send(pdf())
        .expect(400);
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'Content-Disposition' })]);
    });

    it("refuses another firm's applicant (403) and the lead firm's other people (only the applicant attaches)", async () => {
      const applicationId = await draft(service, callId);
      await upload(applicationId, pdf(), { token: users.otherFirmApplicant }).expect(403);
      await upload(applicationId, pdf()).expect(200);
      await download(applicationId, users.otherFirmApplicant).expect(403);
      for (const token of [users.jungbuStaff, users.pm, testUsers.gateway]) await upload(applicationId, pdf(), { token }).expect(403);
    });

    it('refuses a plan once the application is submitted (409), and keeps the one attached before', async () => {
      const applicationId = await draft(service, callId);
      const attached = await upload(applicationId, pdf()).expect(200);
      await submit(service, applicationId);
      const refused = await upload(applicationId, pdf()).expect(409);
      expect(refused.body.code).toBe('APPLICATION.BUSINESS_PLAN_LOCKED');
      expect((await application(applicationId)).businessPlan).toEqual(attached.body);
    });

    it("lets the application's center and committee read the plan, not another committee's member, another center or finance", async () => {
      const applicationId = await draft(service, callId);
      const bytes = pdf();
      await upload(applicationId, bytes).expect(200);
      await submit(service, applicationId);
      await download(applicationId, users.jungbuStaff).expect(200);
      await request(service.http).post(path(applicationId, '/screen')).set('Authorization', users.jungbuStaff).expect(200);
      await publishOn(service.bus, TOPICS.evaluation, [evaluationOpenedMessage(applicationId, callId)]);
      await eventually(async () => (await application(applicationId)).status === 'in-evaluation', 10_000, 'the evaluation to open');

      const read = await download(applicationId, users.committeeMember).expect(200);
      expect(sha256Of(read.body as Buffer)).toBe(sha256Of(bytes));
      for (const token of [users.auditor, users.pm]) await download(applicationId, token).expect(200);
      for (const token of [users.otherCommitteeMember, users.honamStaff, users.finance, testUsers.gateway]) await download(applicationId, token).expect(403);
    });

    it('answers 404 while no plan is attached', async () => {
      const applicationId = await draft(service, callId);
      const missing = await request(service.http).get(planPath(applicationId)).set('Authorization', drafterOf(applicationId)).expect(404);
      expect(missing.body.code).toBe('APPLICATION.NO_BUSINESS_PLAN');
    });

    it('answers a repeat under the same Idempotency-Key with the first answer, records once, and refuses the key for another file (422)', async () => {
      const applicationId = await draft(service, callId);
      const bytes = pdf();
      const first = await upload(applicationId, bytes).set('Idempotency-Key', `plan-${applicationId}`).expect(200);
      const repeat = await upload(applicationId, bytes).set('Idempotency-Key', `plan-${applicationId}`).expect(200);
      expect(repeat.headers['idempotent-replayed']).toBe('true');
      expect(repeat.body).toEqual(first.body);
      expect((await application(applicationId)).version).toBe(2);
      const reused = await upload(applicationId, pdf()).set('Idempotency-Key', `plan-${applicationId}`).expect(422);
      expect(reused.body.code).toBe('IDEMPOTENCY.KEY_REUSED');
    });
  });
}
