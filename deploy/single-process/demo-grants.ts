// The second call's awards under four-eyes, as the program manager and finance would take them:
// proposed, approved, the agreement (협약) recorded, first tranches paid, one recovery (환수) made,
// and one payment left waiting for finance-lee, who signs in to the demo, to approve.
import { koreanDayOf, programYearOf } from '@yunghap/kernel';
import { ADVANCED_CALL_ID, PassedApplication } from './demo-advanced-call';
import { call, eventually, expectOk, token } from './demo-api';

interface Tranche {
  readonly dueOn: string;
  readonly amountWon: number;
}

interface Grant {
  readonly grantId: string;
  readonly recoveries: readonly { readonly recoveryId: string }[];
}

/** Refusals that only say grants has not yet heard, over the bus, of the call's line or the amount requested. */
const NOT_HEARD_YET = new Set(['GRANT.CALL_UNKNOWN', 'GRANT.REQUEST_UNKNOWN']);

export async function seedDemoGrants(grants: string, passed: readonly PassedApplication[]): Promise<string[]> {
  const pm = token('pm-kim', 'program-manager');
  const financeLee = token('finance-lee', 'finance');
  // A second finance officer proposes the recovery: finance-lee may approve only what someone else proposed.
  const financeChoi = token('finance-choi', 'finance');
  const now = new Date().toISOString();
  const today = koreanDayOf(now);
  const year = programYearOf(now);
  const termEnd = koreanDayOf(new Date(Date.now() + 547 * 86_400_000).toISOString());

  await eventually('the passed candidates of the advanced-technology call in grants', async () => {
    const read = await call(grants, 'GET', `/api/grants/calls/${ADVANCED_CALL_ID}/candidates`, pm);
    const items = (read.body as { items?: { passed: boolean | null }[] } | null)?.items ?? [];
    return items.filter((candidate) => candidate.passed).length === passed.length ? true : undefined;
  });

  const act = (grantId: string, path: string, auth: string, what: string, body?: object) =>
    expectOk(what, call(grants, 'POST', `/api/grants/grants/${grantId}/${path}`, auth, body), grants, auth, `/api/grants/grants/${grantId}`) as Promise<Grant>;

  const award = async ({ applicationId, body }: PassedApplication, amountWon: number, schedule: Tranche[], agreementNumber: string) => {
    const proposal = { applicationId, amountWon, schedule };
    const proposed = await eventually(`the facts of ${body.task.title} in grants`, async () => {
      const attempt = await call(grants, 'POST', '/api/grants/grants', pm, proposal);
      return attempt.status === 409 && NOT_HEARD_YET.has((attempt.body as { code?: string }).code ?? '') ? undefined : attempt;
    });
    const { grantId } = (await expectOk(`proposing the award of ${body.task.title}`, Promise.resolve(proposed), grants, pm)) as Grant;
    await act(grantId, 'approval', financeLee, `approving the award of ${body.task.title}`);
    await act(grantId, 'agreement', pm, `recording the agreement of ${body.task.title}`, {
      agreementNumber,
      signedOn: today,
      startsOn: today,
      endsOn: termEnd,
    });
    return grantId;
  };
  const pay = async (grantId: string, trancheId: string) => {
    await act(grantId, `tranches/${trancheId}/proposal`, pm, `proposing ${trancheId} of ${grantId}`);
    await act(grantId, `tranches/${trancheId}/approval`, financeLee, `paying ${trancheId} of ${grantId}`);
  };

  const [hydrogen, wafer, wind] = passed;
  const hydrogenGrant = await award(
    hydrogen,
    360_000_000,
    [
      { dueOn: today, amountWon: 216_000_000 },
      { dueOn: `${year}-12-31`, amountWon: 144_000_000 },
    ],
    `RS-${year}-00117`,
  );
  await pay(hydrogenGrant, 't1');
  // Left for finance-lee: the second payment, proposed by the program manager.
  await act(hydrogenGrant, 'tranches/t2/proposal', pm, 'proposing t2 of the hydrogen grant');

  // Eighteen months: the second tranche falls in next year's budget, planned until that year's program opens.
  const waferGrant = await award(
    wafer,
    300_000_000,
    [
      { dueOn: today, amountWon: 180_000_000 },
      { dueOn: `${year + 1}-06-30`, amountWon: 120_000_000 },
    ],
    `RS-${year}-00118`,
  );
  await pay(waferGrant, 't1');
  const recovery = { amountWon: 18_000_000, reason: '협약 외 용도로 집행된 장비 구입비 환수' };
  const { recoveries } = await act(waferGrant, 'recoveries', financeChoi, 'proposing a recovery', recovery);
  await act(waferGrant, `recoveries/${recoveries[recoveries.length - 1].recoveryId}/approval`, financeLee, 'approving the recovery');

  // Awarded and signed, its first payment not yet proposed: the program manager's next step.
  const windGrant = await award(
    wind,
    240_000_000,
    [
      { dueOn: today, amountWon: 144_000_000 },
      { dueOn: `${year}-12-31`, amountWon: 96_000_000 },
    ],
    `RS-${year}-00119`,
  );
  return [hydrogenGrant, waferGrant, windGrant];
}
