import { OpenAPIObject } from '@nestjs/swagger';
import { departures, documentOf, erasureAnswers, startTestService, TestService } from '@yunghap/service-harness';
import request from 'supertest';
import { MentoringModule } from './mentoring.module';
import { answer, approved, consortiumBody, engagementIn, pm, registerMentor, rejected, staffOf, today } from './testing/mentoring-test-kit';

const coordinator = staffOf('gangwon', 'coord-oh');
type Method = 'get' | 'post' | 'put';

describe('the OpenAPI document of mentoring, against what the API really answers', () => {
  let service: TestService;
  let document: OpenAPIObject;

  /** Sends the request, expects `status`, and checks the answer against what the document says of it. */
  async function conforming(method: Method, route: string, path: string, status: number, token: string, body?: object) {
    const pending = request(service.http)[method](path).set('Authorization', token);
    const res = await (body === undefined ? pending : pending.send(body)).expect(status);
    expect(departures(document, method, route, res)).toEqual([]);
    return res.body;
  }

  const engagementStep = (id: string, step: string, status: number, body?: object) =>
    conforming('post', `/api/mentoring/engagements/{engagementId}/${step}`, `/api/mentoring/engagements/${id}/${step}`, status, coordinator, body);
  const engagement = (id: string) => conforming('get', '/api/mentoring/engagements/{engagementId}', `/api/mentoring/engagements/${id}`, 200, pm);

  beforeAll(async () => {
    service = await startTestService('mentoring', MentoringModule.register, { env: { PERSONAL_DATA_RETENTION_DAYS: 'mentor=0' } });
    document = documentOf(service.app);
  });
  afterAll(() => service.close());

  it('documents a JSON success schema for every operation', () => {
    const undocumented = Object.entries(document.paths).flatMap(([route, item]) =>
      Object.entries(item as Record<string, { responses?: Record<string, { content?: Record<string, unknown> }> }>)
        .filter(
          ([, operation]) =>
            !Object.entries(operation.responses ?? {}).some(([status, response]) => status.startsWith('2') && response.content?.['application/json']),
        )
        .map(([method]) => `${method.toUpperCase()} ${route}`),
    );
    expect(undocumented).toEqual([]);
  });

  it('names every id by its domain name, never the read model’s _id', () => {
    const responses = Object.entries(document.components?.schemas ?? {}).filter(([name]) => name.endsWith('Response'));
    expect(responses.filter(([, schema]) => '_id' in ((schema as { properties?: object }).properties ?? {})).map(([name]) => name)).toEqual([]);
    expect((document.components?.schemas?.['EngagementResponse'] as { required: string[] }).required).toContain('engagementId');
  });

  it('answers mentors exactly as documented: registered, changed, tied, retired, listed', async () => {
    const mentors = '/api/mentoring/mentors';
    const mentor = await conforming('post', mentors, mentors, 201, pm, {
      kind: 'senior-firm',
      name: '한빛',
      expertise: { fields: ['battery-management'], industries: ['C26'] },
      affiliation: { firm: '2208100005' },
    });
    const byId = (suffix: string) => `${mentors}/${mentor.mentorId}${suffix}`;
    await conforming('get', `${mentors}/{mentorId}`, byId(''), 200, pm);
    await conforming('put', `${mentors}/{mentorId}/expertise`, byId('/expertise'), 200, pm, {
      fields: ['battery-management', 'iot-sensing'],
      industries: ['C'],
    });
    await conforming('post', `${mentors}/{mentorId}/relationships`, byId('/relationships'), 201, pm, { firm: '2208100001', kind: 'advisory' });
    const retired = await conforming('post', `${mentors}/{mentorId}/retire`, byId('/retire'), 200, pm, { reason: 'moved abroad' });
    expect(retired.retirement).toEqual({ reason: 'moved abroad', retiredAt: expect.any(String) });
    const page = await conforming('get', mentors, `${mentors}?limit=200`, 200, pm);
    expect(page.items.length).toBeGreaterThan(0);
  });

  it('answers engagements exactly as documented through proposal, rejection, approval, sessions, completion and cancellation', async () => {
    const mentorId = await registerMentor(service);
    await registerMentor(service, { name: 'excluded', kind: 'senior-firm', affiliation: { firm: '2208100009' } });
    const proposed = await conforming('post', '/api/mentoring/engagements', '/api/mentoring/engagements', 201, coordinator, {
      consortium: consortiumBody({ applicationId: 'app-9' }),
    });
    const id: string = proposed.engagementId;
    expect(proposed.excluded).toEqual(expect.arrayContaining([expect.objectContaining({ reasons: [{ kind: 'same-firm', firm: '2208100009' }] })]));

    await engagementStep(id, 'mentor', 200, { mentorId });
    const first = (await engagementStep(id, 'allocation', 200)).allocations[0].allocationId;
    await answer(service, rejected(id, first, 'declined'));
    await engagementIn(service, id, 'allocation-rejected');
    expect((await engagement(id)).allocations[0]).toMatchObject({ status: 'rejected', rejectionReason: 'declined' });
    const second = (await engagementStep(id, 'allocation', 200)).allocations[1].allocationId;
    await answer(service, approved(id, second));
    await engagementIn(service, id, 'started');
    await engagementStep(id, 'sessions', 201, { date: today(), minutes: 60, topic: 'kick-off', outcome: 'plan' });
    const completed = await engagementStep(id, 'complete', 200, { report: 'One session.' });
    expect(completed).toMatchObject({ status: 'completed', startedOn: today(), completion: { report: 'One session.' } });
    await engagement(id);

    const other = (await conforming('post', '/api/mentoring/engagements', '/api/mentoring/engagements', 201, coordinator, { consortium: consortiumBody() }))
      .engagementId;
    await engagementStep(other, 'mentor', 200, { mentorId });
    const allocationId = (await engagementStep(other, 'allocation', 200)).allocations[0].allocationId;
    await answer(service, approved(other, allocationId));
    await engagementIn(service, other, 'started');
    const cancelled = await engagementStep(other, 'cancel', 200, { reason: 'dissolved' });
    expect(cancelled).toMatchObject({ status: 'cancelled', allocations: [{ status: 'release-requested' }] });

    const page = await conforming('get', '/api/mentoring/engagements', '/api/mentoring/engagements?centerId=gangwon', 200, pm);
    expect(page.items).toHaveLength(2);
  });

  it("describes the erasure of a mentor's personal data, proposed, approved, rejected and read", async () => {
    const [erased, kept] = [await registerMentor(service), await registerMentor(service)];
    for (const [template, method, res] of await erasureAnswers(service, 'mentoring', `mentor:${erased}`, `mentor:${kept}`)) {
      expect(departures(document, method, template, res)).toEqual([]);
    }
  });
});
