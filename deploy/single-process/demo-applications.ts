// A consortium's application as its lead firm's applicant drafts and submits it, and its center screens it.
import { call, expectOk, token } from './demo-api';
import { DemoFirm } from './demo-firms';
import { DemoApplicant, staffToken } from './demo-people';

export function applicationBody(callId: string, title: string, lead: DemoFirm, partner: DemoFirm, requested: number, fields: string[]) {
  return {
    callId,
    leadFirm: lead,
    partnerFirms: [partner],
    task: { title, summary: `${title} — 이업종 중소기업 간 기술융합`, technologyFields: fields, stage: 'rnd', durationMonths: 18 },
    requestedAmount: requested,
    budgetPlan: [
      // The consortium bears a third of the cost (민간부담금), above the call's minimum of 25 %.
      { category: 'personnel', amount: requested - 100_000_000, ownInKind: requested / 4 },
      { category: 'equipment-and-materials', amount: 60_000_000, ownCash: requested / 4 },
      { category: 'research-activities', amount: 40_000_000 },
    ],
  };
}

export type ApplicationBody = ReturnType<typeof applicationBody>;

/** Drafts, submits and has the lead firm's center (`centerId`) screen the application; answers its id. */
export async function submitAndScreen(applications: string, body: ApplicationBody, applicant: DemoApplicant, centerId: string): Promise<string> {
  const asApplicant = token(applicant.userId, 'applicant', { firmId: body.leadFirm.registrationNumber });
  const drafted = (await expectOk(
    `drafting ${body.task.title}`,
    call(applications, 'POST', '/api/applications/applications', asApplicant, body),
    applications,
    asApplicant,
  )) as { applicationId: string };
  const path = `/api/applications/applications/${drafted.applicationId}`;
  await expectOk('submitting', call(applications, 'POST', `${path}/submit`, asApplicant), applications, asApplicant, path);
  const screener = staffToken(centerId);
  await expectOk('screening', call(applications, 'POST', `${path}/screen`, screener, {}), applications, screener, path);
  return drafted.applicationId;
}
