import { IntegrationMessage } from '@yunghap/messaging';
import { TestService } from '@yunghap/service-harness';
import request from 'supertest';
import {
  content,
  draft,
  drafterOf,
  fieldsOf,
  firm,
  hoursFromNow,
  openCall,
  publishedAbout,
  startApplications,
  submit,
  submitted,
  UNKNOWN_APPLICATION_ID,
  users,
} from '../testing/applications.test-kit';

const path = (applicationId: string, action = '') => `/api/applications/applications/${applicationId}${action}`;

interface ScreenedPayload {
  eligible: boolean;
  failedRules: { code: string; message: string }[];
}

describe('screening and return for revision over HTTP', () => {
  let service: TestService;
  let published: IntegrationMessage[];
  let callId: string;

  beforeAll(async () => {
    ({ service, published } = await startApplications());
    callId = await openCall(service);
  });
  afterAll(() => service.close());

  const screen = (applicationId: string, token = users.jungbuStaff) => request(service.http).post(path(applicationId, '/screen')).set('Authorization', token);
  const failedCodes = (body: { screening: { failures: { code: string }[] } }) => body.screening.failures.map((failure) => failure.code);

  describe('the screening rules', () => {
    it('finds a sound consortium eligible, records every rule checked and publishes ApplicationScreened', async () => {
      const applicationId = await submitted(service, callId);
      const res = await screen(applicationId).expect(200);
      expect(res.body).toMatchObject({ status: 'screened-eligible', screening: { outcome: 'eligible', failures: [] } });
      expect(res.body.screening.rulesChecked).toHaveLength(9);

      const message = await publishedAbout(published, 'applications.ApplicationScreened', applicationId);
      expect(message.payload).toMatchObject({ applicationId, callId, centerId: 'jungbu', eligible: true, failedRules: [], requestedWon: 250_000_000 });
      // The committee's work queue names the task by it.
      expect(res.body.title).toEqual(expect.any(String));
      expect(message.payload).toMatchObject({ title: res.body.title });
    });

    it.each([
      ['SCREENING.SAME_INDUSTRY', 'member SMEs all of one KSIC group (the default level)', { partnerFirms: [firm({ industryCode: 'C29120' })] }],
      [
        'SCREENING.ABOVE_CALL_CAP',
        "a request above the call's cap",
        { requestedAmount: 400_000_000, budgetPlan: [{ category: 'personnel', amount: 400_000_000, ownInKind: 140_000_000 }] },
      ],
      [
        'SCREENING.BUDGET_PLAN_MISMATCH',
        'a budget plan whose grants do not add up to the request',
        { budgetPlan: [{ category: 'personnel', amount: 240_000_000, ownInKind: 90_000_000 }] },
      ],
      [
        'SCREENING.OWN_SHARE_BELOW_MINIMUM',
        'an own contribution (민간부담금) below the call minimum of 25 %',
        { budgetPlan: [{ category: 'personnel', amount: 250_000_000, ownCash: 10_000_000 }] },
      ],
      ['SCREENING.TECHNOLOGY_FIELD_NOT_ALLOWED', 'a technology field the call does not fund', { task: { ...content().task, technologyFields: ['AI', 'bio'] } }],
    ])('fails %s for %s, and publishes the failed rule', async (code, _case, overrides) => {
      const applicationId = await submitted(service, callId, content(overrides));
      const res = await screen(applicationId).expect(200);
      expect(res.body.status).toBe('screened-ineligible');
      expect(failedCodes(res.body)).toEqual([code]);

      const message = await publishedAbout(published, 'applications.ApplicationScreened', applicationId);
      expect(message.payload).toMatchObject({ eligible: false, failedRules: [{ code, message: expect.any(String) }] });
    });

    it('fails SCREENING.TOO_FEW_SMES and SCREENING.SAME_INDUSTRY for an SME with a large firm: the large firm counts for neither', async () => {
      const applicationId = await submitted(service, callId, content({ partnerFirms: [firm({ industryCode: 'J62010', size: 'large' })] }));
      const res = await screen(applicationId).expect(200);
      expect(failedCodes(res.body)).toEqual(['SCREENING.TOO_FEW_SMES', 'SCREENING.SAME_INDUSTRY']);
      expect(res.body.screening.failures[1].details).toMatchObject({ level: 'group', smesCounted: 1 });
    });

    it("fails SCREENING.ABOVE_PROGRAM_LIMIT for a request above ₩500,000,000 (a call's cap never exceeds it, so both fail)", async () => {
      const capped = await openCall(service, { capPerProject: 500_000_000 });
      const applicationId = await submitted(
        service,
        capped,
        content({ requestedAmount: 500_000_001, budgetPlan: [{ category: 'personnel', amount: 500_000_001, ownInKind: 200_000_000 }] }),
      );
      const res = await screen(applicationId).expect(200);
      expect(failedCodes(res.body)).toEqual(['SCREENING.ABOVE_CALL_CAP', 'SCREENING.ABOVE_PROGRAM_LIMIT']);
      expect(res.body.screening.failures[1].details).toMatchObject({ requestedAmount: 500_000_001, programLimit: 500_000_000 });
    });

    it('fails SCREENING.OUTSIDE_CALL_WINDOW for a submission before the call opens', async () => {
      const later = await openCall(service, { opensAt: hoursFromNow(24), closesAt: hoursFromNow(48) });
      const applicationId = await submitted(service, later);
      const res = await screen(applicationId).expect(200);
      expect(failedCodes(res.body)).toEqual(['SCREENING.OUTSIDE_CALL_WINDOW']);
    });

    it('fails SCREENING.FIRM_IN_OTHER_APPLICATION for a firm already in another active application of the call, not of a withdrawn one', async () => {
      const shared = firm({ name: '공유기업', industryCode: 'J58221', province: '세종' });
      await submitted(service, callId, content({ partnerFirms: [shared] }));
      const applicationId = await submitted(service, callId, content({ partnerFirms: [shared] }));
      const res = await screen(applicationId).expect(200);
      expect(failedCodes(res.body)).toEqual(['SCREENING.FIRM_IN_OTHER_APPLICATION']);
      expect(res.body.screening.failures[0].details).toEqual({ registrationNumbers: [shared.registrationNumber] });

      const alone = firm({ industryCode: 'J58221', province: '세종' });
      const withdrawn = await submitted(service, callId, content({ partnerFirms: [alone] }));
      await request(service.http).post(path(withdrawn, '/withdraw')).set('Authorization', drafterOf(withdrawn)).send({ reason: '참여 포기' }).expect(200);
      const after = await submitted(service, callId, content({ partnerFirms: [alone] }));
      expect((await screen(after).expect(200)).body.status).toBe('screened-eligible');
    });

    it('counts a firm only in the applications that name it now, of this call: not one a revision dropped it from, not another call', async () => {
      const moving = firm({ name: '이동기업', industryCode: 'J58221', province: '세종' });
      const before = content({ partnerFirms: [moving] });
      const dropped = await draft(service, callId, before);
      await request(service.http)
        .put(path(dropped))
        .set('Authorization', drafterOf(dropped))
        .send(content({ leadFirm: before.leadFirm }))
        .expect(200);
      await submit(service, dropped);
      await submitted(service, await openCall(service), content({ partnerFirms: [moving] }));

      const applicationId = await submitted(service, callId, content({ partnerFirms: [moving] }));
      expect((await screen(applicationId).expect(200)).body.status).toBe('screened-eligible');
    });

    it('lists every failed rule at once, in rule order, in the result and in the published message', async () => {
      const body = content({
        partnerFirms: [firm({ industryCode: 'C10', size: 'large' })],
        budgetPlan: [{ category: 'personnel', amount: 1_000 }],
        task: { ...content().task, technologyFields: ['quantum'] },
      });
      const applicationId = await submitted(service, callId, body);
      const expected = [
        'SCREENING.TOO_FEW_SMES',
        'SCREENING.SAME_INDUSTRY',
        'SCREENING.BUDGET_PLAN_MISMATCH',
        'SCREENING.OWN_SHARE_BELOW_MINIMUM',
        'SCREENING.TECHNOLOGY_FIELD_NOT_ALLOWED',
      ];
      expect(failedCodes((await screen(applicationId, users.pm).expect(200)).body)).toEqual(expected);
      const message = await publishedAbout(published, 'applications.ApplicationScreened', applicationId);
      expect((message.payload as unknown as ScreenedPayload).failedRules.map((rule) => rule.code)).toEqual(expected);
    });
  });

  describe('who screens, and when', () => {
    it("is the routed center's staff or a program manager: another center (403), other roles (403), unknown ids (404), no token (401)", async () => {
      const applicationId = await submitted(service, callId);
      const other = await screen(applicationId, users.honamStaff).expect(403);
      expect(other.body.code).toBe('APPLICATION.OTHER_CENTER');
      for (const token of [users.finance, users.auditor, users.committeeMember]) await screen(applicationId, token).expect(403);
      await screen(UNKNOWN_APPLICATION_ID).expect(404);
      await request(service.http).post(path(applicationId, '/screen')).expect(401);
    });

    it('refuses a draft (409 for a program manager, 403 for staff: no center yet) and a second screening (409)', async () => {
      const drafted = await draft(service, callId);
      expect((await screen(drafted, users.pm).expect(409)).body.code).toBe('APPLICATION.NOT_ROUTED');
      await screen(drafted, users.jungbuStaff).expect(403);

      const applicationId = await submitted(service, callId);
      await screen(applicationId, users.pm).expect(200);
      expect((await screen(applicationId).expect(409)).body.code).toBe('APPLICATION.ALREADY_SCREENED');
    });

    it('honours If-Match (409 on a stale version)', async () => {
      const applicationId = await submitted(service, callId);
      expect((await screen(applicationId).set('If-Match', '"2"').expect(409)).body.code).toBe('REQUEST.VERSION_MISMATCH');
      await screen(applicationId).set('If-Match', '"3"').expect(200);
    });

    it('ends withdrawal once ineligible: that is a decision (409)', async () => {
      const applicationId = await submitted(service, callId, content({ budgetPlan: [{ category: 'personnel', amount: 1 }] }));
      await screen(applicationId).expect(200);
      const res = await request(service.http)
        .post(path(applicationId, '/withdraw'))
        .set('Authorization', drafterOf(applicationId))
        .send({ reason: 'r' })
        .expect(409);
      expect(res.body.code).toBe('APPLICATION.ALREADY_DECIDED');
    });
  });

  describe('return for revision', () => {
    const giveBack = (applicationId: string, token = users.jungbuStaff, body: object = { reason: '예산 계획서의 인건비 근거 보완 필요' }) =>
      request(service.http).post(path(applicationId, '/return')).set('Authorization', token).send(body);

    it('happens once before screening; the applicant revises and resubmits to the same center, which then screens it', async () => {
      const body = content({ budgetPlan: [{ category: 'personnel', amount: 1 }] });
      const applicationId = await submitted(service, callId, body);
      const returned = await giveBack(applicationId).expect(200);
      expect(returned.body).toMatchObject({ status: 'returned-for-revision', timesReturned: 1, returnReason: '예산 계획서의 인건비 근거 보완 필요' });
      expect((await screen(applicationId).expect(409)).body.code).toBe('APPLICATION.AWAITING_RESUBMISSION');

      await request(service.http)
        .put(path(applicationId))
        .set('Authorization', drafterOf(applicationId))
        .send(content({ leadFirm: body.leadFirm }))
        .expect(200);
      const resubmitted = await submit(service, applicationId);
      expect(resubmitted).toMatchObject({ status: 'routed', centerId: 'jungbu' });

      expect((await giveBack(applicationId).expect(409)).body.code).toBe('APPLICATION.ALREADY_RETURNED_ONCE');
      expect((await screen(applicationId).expect(200)).body.status).toBe('screened-eligible');
      expect((await giveBack(applicationId, users.pm).expect(409)).body.code).toBe('APPLICATION.ALREADY_SCREENED');
      await publishedAbout(published, 'applications.ApplicationScreened', applicationId);
      expect(published.filter((m) => m.key === applicationId && m.type === 'applications.ApplicationSubmitted')).toHaveLength(1);
    });

    it('is refused to another center (403), other roles (403), without a reason (400), for unknown ids (404)', async () => {
      const applicationId = await submitted(service, callId);
      await giveBack(applicationId, users.honamStaff).expect(403);
      await giveBack(applicationId, users.finance).expect(403);
      await giveBack(applicationId, drafterOf(applicationId)).expect(403);
      expect(fieldsOf((await giveBack(applicationId, users.jungbuStaff, {}).expect(400)).body)).toEqual(new Set(['reason']));
      expect(fieldsOf((await giveBack(applicationId, users.jungbuStaff, { reason: '보완\u0000' }).expect(400)).body)).toEqual(new Set(['reason']));
      await giveBack(UNKNOWN_APPLICATION_ID).expect(404);
    });
  });
});
