import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { applicationDecider, applicationStreamId, ROUTING_REPLICA_STREAM_ID } from '@yunghap/applications-domain';
import { TOPICS } from '@yunghap/contracts';
import { handleCommand } from '@yunghap/event-store';
import { IntegrationMessage } from '@yunghap/messaging';
import { SERVICE_RUNTIME, ServiceRuntime } from '@yunghap/platform-nest';
import { TestService } from '@yunghap/service-harness';
import { eventually } from '@yunghap/testing';
import request from 'supertest';
import {
  APPLICANT_ID,
  awaitRoutingVersion,
  colleagueOf,
  content,
  draft,
  drafterOf,
  firm,
  hoursFromNow,
  INITIAL_MAPPING_AT,
  openCall,
  publishedAbout,
  publishInitialMapping,
  publishOn,
  routingMessage,
  startApplications,
  submit,
  users,
} from '../testing/applications.test-kit';

const submitPath = (applicationId: string) => `/api/applications/applications/${applicationId}/submit`;

describe("routing by the replica of the centers' province mapping", () => {
  let service: TestService;
  let published: IntegrationMessage[];
  let callId: string;

  beforeAll(async () => {
    ({ service, published } = await startApplications({ routing: false }));
    callId = await openCall(service);
  });
  afterAll(() => service.close());

  const jejuLead = () => content({ leadFirm: firm({ province: '제주' }) });

  // A 4xx, so the problem filter, which logs 5xx only, no longer logs an error for every such read.
  it('shows no mapping while none has arrived (404 ROUTING.NOT_MAPPED); 400 for an empty or malformed instant', async () => {
    const res = await request(service.http).get('/api/applications/routing').set('Authorization', users.pm).expect(404);
    expect(res.body).toMatchObject({ status: 404, code: 'ROUTING.NOT_MAPPED', detail: expect.stringMatching(/^[^(]*배정이 없습니다\. \(No province mapping/) });
    await request(service.http).get('/api/applications/routing').query({ at: INITIAL_MAPPING_AT }).set('Authorization', users.honamStaff).expect(404);

    for (const at of ['', 'last tuesday', '2026-03-10', '2026-03-10T10:00:00', '2026-02-30T10:00:00+09:00']) {
      const bad = await request(service.http).get('/api/applications/routing').query({ at }).set('Authorization', users.pm).expect(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'at', rule: 'isRfc3339Instant' })]);
    }
  });

  it('refuses a submission with 503 while no mapping has arrived, and stores nothing', async () => {
    const applicationId = await draft(service, callId);
    await request(service.http).post(submitPath(applicationId)).set('Authorization', colleagueOf(applicationId)).expect(403);
    const refused = await request(service.http).post(submitPath(applicationId)).set('Authorization', drafterOf(applicationId)).expect(503);
    expect(refused.body).toMatchObject({ code: 'ROUTING.MAPPING_UNKNOWN', detail: expect.stringContaining('대전') });
    const application = await request(service.http)
      .get(`/api/applications/applications/${applicationId}`)
      .set('Authorization', drafterOf(applicationId))
      .expect(200);
    expect(application.body).toMatchObject({ status: 'drafted', version: 1 });
  });

  it('records the seventeen provinces of the initial mapping and routes by it', async () => {
    await publishInitialMapping(service);
    const mapping = await request(service.http).get('/api/applications/routing').set('Authorization', users.honamStaff).expect(200);
    expect(mapping.body).toMatchObject({ mappingVersion: 1, provinces: { 제주: 'honam', 세종: 'jungbu', 경남: 'gyeongnam' } });
    expect(Object.keys(mapping.body.provinces)).toHaveLength(17);

    const applicationId = await draft(service, callId, jejuLead());
    expect(await submit(service, applicationId)).toMatchObject({ centerId: 'honam', routing: { mappingVersion: 1 } });
  });

  it('keeps an application where it was routed when its province is reassigned after submission; later submissions follow the change', async () => {
    const before = await draft(service, callId, jejuLead());
    await submit(service, before);

    await publishOn(service.bus, TOPICS.centers, [
      routingMessage({ province: '제주', fromCenterId: 'honam', toCenterId: 'jungbu', mappingVersion: 2, effectiveAt: new Date().toISOString() }),
    ]);
    await awaitRoutingVersion(service, 2);

    const unchanged = await request(service.http).get(`/api/applications/applications/${before}`).set('Authorization', users.pm).expect(200);
    expect(unchanged.body).toMatchObject({ status: 'routed', centerId: 'honam', routing: { centerId: 'honam', mappingVersion: 1 } });
    await request(service.http).get(`/api/applications/applications/${before}`).set('Authorization', users.honamStaff).expect(200);

    const after = await draft(service, callId, jejuLead());
    expect(await submit(service, after)).toMatchObject({ centerId: 'jungbu', routing: { mappingVersion: 2 } });
    expect((await publishedAbout(published, 'applications.ApplicationSubmitted', after)).payload).toMatchObject({ centerId: 'jungbu', mappingVersion: 2 });
  });

  it('uses the mapping in force at the submission instant, not a change that takes effect later', async () => {
    await publishOn(service.bus, TOPICS.centers, [
      routingMessage({ province: '강원', fromCenterId: 'gyeonggi-gangwon', toCenterId: 'jungbu', mappingVersion: 3, effectiveAt: hoursFromNow(1) }),
    ]);
    const inAnHour = await eventually(async () => {
      const res = await request(service.http)
        .get('/api/applications/routing')
        .query({ at: hoursFromNow(2) })
        .set('Authorization', users.pm);
      return res.body.mappingVersion === 3 ? res.body : undefined;
    });
    expect(inAnHour.provinces).toMatchObject({ 강원: 'jungbu', 제주: 'jungbu' });

    const applicationId = await draft(service, callId, content({ leadFirm: firm({ province: '강원' }) }));
    expect(await submit(service, applicationId)).toMatchObject({ centerId: 'gyeonggi-gangwon', routing: { mappingVersion: 2 } });

    const past = await request(service.http).get('/api/applications/routing').query({ at: INITIAL_MAPPING_AT }).set('Authorization', users.pm).expect(200);
    expect(past.body).toMatchObject({ mappingVersion: 1, provinces: { 제주: 'honam' } });
    await request(service.http).get('/api/applications/routing').query({ at: 'last tuesday' }).set('Authorization', users.pm).expect(400);
  });

  it('records a change published again under a new message id only once', async () => {
    const replica = () => service.app.get<ServiceRuntime>(SERVICE_RUNTIME).store.readStream(ROUTING_REPLICA_STREAM_ID);
    const recorded = (await replica()).length;
    await publishOn(service.bus, TOPICS.centers, [
      routingMessage({ province: '제주', fromCenterId: 'honam', toCenterId: 'jungbu', mappingVersion: 2, effectiveAt: new Date().toISOString() }),
    ]);
    expect(await replica()).toHaveLength(recorded);
  });
});

describe('an application left submitted without a center by a crash', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'yunghap-applications-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is routed at the next start, by the mapping of its submission time, and announced', async () => {
    const first = await startApplications({ dataDir });
    const callId = await openCall(first.service);
    const applicationId = await draft(first.service, callId);
    // The submission's own append, without the routing that follows it in the same request.
    const runtime = first.service.app.get<ServiceRuntime>(SERVICE_RUNTIME);
    const metadata = { now: new Date().toISOString(), actor: { userId: APPLICANT_ID, role: 'applicant' as const }, correlationId: 'crash-before-routing' };
    await handleCommand(
      runtime.store,
      applicationStreamId(applicationId),
      { type: 'SubmitApplication', data: { applicationId }, metadata },
      applicationDecider,
    );
    await first.service.close();

    const second = await startApplications({ dataDir, routing: false });
    const res = await request(second.service.http)
      .get(`/api/applications/applications/${applicationId}`)
      .set('Authorization', drafterOf(applicationId))
      .expect(200);
    const message = await publishedAbout(second.published, 'applications.ApplicationSubmitted', applicationId);
    await second.service.close();

    expect(res.body).toMatchObject({ status: 'routed', centerId: 'jungbu', submittedAt: metadata.now, routing: { mappingVersion: 1 } });
    expect(message.payload).toMatchObject({ centerId: 'jungbu', submittedAt: metadata.now });
  });
});
