import { APIRequestContext, expect, Page, test } from '@playwright/test';
import { expectAccessible } from '../support/accessibility';
import { openMenu, readApi, won } from '../support/api';
import { PEOPLE } from '../support/people';
import { signInAs } from '../support/sign-in';

interface GrantPage {
  readonly items: readonly { readonly grantId: string; readonly status: string; readonly disbursed: number; readonly recovered: number }[];
}
interface Grant {
  readonly recoveries: readonly { readonly recoveryId: string }[];
}

// An amount and a reason no other spec uses: the program manager withdraws this recovery again at the end.
const AMOUNT = 7_000_000;
const REASON = '실시간 갱신 확인용 환수 제안';

/** A state-changing call as the console makes it: the page's session cookie and its CSRF token. */
async function post<T>(request: APIRequestContext, path: string, body?: object): Promise<T> {
  const { csrfToken } = (await (await request.get('/auth/session')).json()) as { csrfToken: string };
  const answer = await request.post(path, { headers: { 'x-csrf-token': csrfToken, 'idempotency-key': crypto.randomUUID() }, data: body ?? {} });
  expect(answer.ok(), `${path}: ${await answer.text()}`).toBe(true);
  return (await answer.json()) as T;
}

/** Open once the gateway has read the services: every later change reaches the page. */
const live = (page: Page) => page.locator('.live-notice');

test("finance's approvals queue shows a recovery the program manager proposes, and drops it when withdrawn, without reloading", async ({
  page: finance,
  browser,
}) => {
  await signInAs(finance, PEOPLE.finance);
  await openMenu(finance, '승인 대기');
  await expect(live(finance)).toHaveAttribute('data-connection', 'open');
  // A full navigation would lose this; the page must change under it. (Expressions, not functions:
  // they run in the page, and these tests are typed without the DOM's types.)
  await finance.evaluate("window.liveMarker = 'same page'");
  const row = finance.getByRole('row').filter({ hasText: REASON });
  await expect(row).toHaveCount(0);

  const { baseURL, locale, timezoneId } = test.info().project.use;
  const pmContext = await browser.newContext({ baseURL, locale, timezoneId });
  const pm = await pmContext.newPage();
  await signInAs(pm, PEOPLE.programManager);
  const grants = await readApi<GrantPage>(pm, '/api/grants/grants?limit=200');
  const paid = grants.items.find((grant) => grant.status === 'awarded' && grant.disbursed - grant.recovered >= AMOUNT);
  expect(paid, 'the demo seeds an awarded grant with a payment').toBeDefined();
  const { recoveries } = await post<Grant>(pm.request, `/api/grants/grants/${paid!.grantId}/recoveries`, { amountWon: AMOUNT, reason: REASON });

  await expect(row).toContainText('환수');
  await expect(row).toContainText(won(AMOUNT));
  await expect(row).toContainText('pm-kim');
  expect(await finance.evaluate('window.liveMarker')).toBe('same page');
  await expect(live(finance)).toHaveAttribute('data-connection', 'open');
  await expectAccessible(finance);

  await post(pm.request, `/api/grants/grants/${paid!.grantId}/recoveries/${recoveries.at(-1)!.recoveryId}/withdrawal`);
  await expect(row).toHaveCount(0);
  expect(await finance.evaluate('window.liveMarker')).toBe('same page');
  // Once every effect has arrived, nothing is said to be on its way.
  await expect(live(finance)).not.toContainText('다른 서비스에 반영 중');
  await pmContext.close();
});

test('every page says when a cross-service effect is still on its way, and when it stopped following changes', async ({ page }) => {
  // The demo's effects cross in milliseconds, too fast to look at: the stream is played here as the gateway would send it.
  // One handler for the whole test, switched rather than replaced: between an unroute and a new route the
  // browser's reconnection could reach the real gateway.
  let gatewayDown = false;
  await page.route('**/live', (route) =>
    gatewayDown
      ? route.fulfill({ status: 503, body: '' })
      : route.fulfill({ status: 200, contentType: 'text/event-stream', body: 'retry: 1000\n\nevent: pending\ndata: {"contexts":["grants"]}\n\n' }),
  );
  await signInAs(page, PEOPLE.finance);
  await openMenu(page, '승인 대기');
  const notice = page.getByRole('status').filter({ has: page.locator('.live-notice__message') });
  await expect(notice).toHaveText('다른 서비스에 반영 중인 변경이 있습니다. 잠시 후 자동으로 갱신됩니다.');
  await expectAccessible(page);

  gatewayDown = true;
  await expect(notice).toContainText('실시간 갱신 연결이 끊겼습니다.', { timeout: 20_000 });
  await expect(notice).not.toContainText('다른 서비스에 반영 중');
  await expectAccessible(page);
});
