// A call's committee for one center, formed by the program manager once the evaluation service has heard of the call.
import { koreanDayOf } from '@yunghap/kernel';
import { Answer, call, eventually, expectOk, token } from './demo-api';
import { committeeMembers } from './demo-people';

/** A refusal that only says the evaluation service has not yet heard, over the bus, of the call (or of the centers). */
function isNotHeardYet({ status, body }: Answer): boolean {
  const code = (body as { code?: unknown } | null)?.code;
  return status === 422 && (code === 'CALL.UNKNOWN' || code === 'CENTER.UNKNOWN');
}

/**
 * Seats the six demo members on the call's committee for `centerId`, sheets due at six in the
 * evening, Korean time, six weeks from today: what a program manager would set. A refused request
 * forms nothing, so it is asked for again, for a bounded time. Answers the committee's id.
 */
export async function formDemoCommittee(evaluation: string, callId: string, centerId: string): Promise<string> {
  const pm = token('pm-kim', 'program-manager');
  const scoresDueAt = `${koreanDayOf(new Date(Date.now() + 42 * 86_400_000).toISOString())}T18:00:00+09:00`;
  const body = { callId, centerId, members: committeeMembers, scoresDueAt };
  const formed = await eventually(`${callId} in the evaluation service`, async () => {
    const attempt = await call(evaluation, 'POST', '/api/evaluation/committees', pm, body);
    return isNotHeardYet(attempt) ? undefined : attempt;
  });
  await expectOk(`forming the ${centerId} committee of ${callId}`, Promise.resolve(formed), evaluation, pm);
  return `${callId}.${centerId}`;
}
