import { expect, Page, test } from '@playwright/test';
import { expectAccessible } from '../support/accessibility';
import { openMenu } from '../support/api';
import { PEOPLE } from '../support/people';
import { signInAs } from '../support/sign-in';

/** Opens the grant of the lead firm named, from the grants list. */
async function openGrantOf(page: Page, leadFirm: string): Promise<void> {
  await openMenu(page, '지원 과제');
  await page.getByLabel('검색어').fill(leadFirm);
  await page.getByRole('region', { name: '지원 과제' }).getByRole('link', { name: leadFirm }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(leadFirm) })).toBeVisible();
}

test('a finance officer proposes a payment and cannot approve it: the queue says why and offers no button', async ({ page }) => {
  await signInAs(page, PEOPLE.finance);
  await openGrantOf(page, '빛고을복합소재');
  await page.getByRole('button', { name: 't1 지급 제안' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '지급 제안' }).click();
  await expect(page.getByRole('row').filter({ hasText: 't1' })).toContainText('지급 승인 대기');
  await expect(page.getByRole('button', { name: 't1 지급 제안' })).toHaveCount(0);

  await openMenu(page, '승인 대기');
  const own = page.getByRole('row').filter({ hasText: '출연금 지급' }).filter({ hasText: 'finance-lee' });
  await expect(own).toContainText('본인이 제안한 건이라 승인할 수 없습니다(이중 확인).');
  await expect(own.getByRole('button')).toHaveCount(0);
  // The payment the program manager proposed is hers to approve.
  await expect(
    page
      .getByRole('row')
      .filter({ hasText: '출연금 지급' })
      .filter({ hasText: 'pm-kim' })
      .getByRole('button', { name: /^출연금 지급 승인/ }),
  ).toBeVisible();
  await expectAccessible(page);
});

test('a finance officer proposes a recovery with a reason and withdraws it again; both stay in the record', async ({ page }) => {
  await signInAs(page, PEOPLE.finance);
  await openGrantOf(page, '대덕하이드로젠');
  await page.getByLabel('환수 금액(원)').fill('5000000');
  await page.getByLabel('환수 사유').fill('정산 결과 인건비 과다 집행분');
  await page.getByRole('button', { name: '환수 제안' }).click();
  const recovery = page.getByRole('list', { name: '환수', exact: true }).getByRole('listitem').filter({ hasText: '정산 결과 인건비 과다 집행분' });
  await expect(recovery).toContainText('(승인 대기)');

  await recovery.getByRole('button', { name: '₩5,000,000 환수 제안 철회' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '환수 제안 철회' }).click();
  await expect(recovery).toContainText('(철회)');
  await expect(recovery.getByRole('button')).toHaveCount(0);
  const chain = page.locator('section').filter({ has: page.getByRole('heading', { name: '결정 이력' }) });
  await expect(chain.getByRole('listitem').filter({ hasText: '환수 철회' })).toContainText('finance-lee');
  await expectAccessible(page);
});
