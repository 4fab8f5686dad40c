import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/accessibility';
import { openMenu } from '../support/api';
import { PEOPLE } from '../support/people';
import { signInAs } from '../support/sign-in';

test('a program manager moves a province to another center with a reason; the map and its history show the change', async ({ page }) => {
  await signInAs(page, PEOPLE.programManager);
  await openMenu(page, '지역 배정');
  const map = page.getByRole('region', { name: '시·도별 담당 센터' });
  await expect(map.getByRole('row', { name: /^제주/ })).toContainText('호남권');
  await expectAccessible(page);

  const form = page.getByRole('form', { name: '담당 센터 변경' });
  await form.getByRole('button', { name: '담당 센터 변경' }).click();
  await form.getByLabel('시·도').selectOption({ label: '제주' });
  await form.getByLabel('새 담당 센터').selectOption({ label: '중부권' });
  await form.getByLabel('사유').fill('제주 지역 신청 급증으로 중부권 센터가 함께 맡습니다.');
  await form.getByRole('button', { name: '담당 센터 변경' }).click();
  await expect(form.getByText('제주의 담당 센터를 바꿨습니다.')).toBeVisible();
  await expect(map.getByRole('row', { name: /^제주/ })).toContainText('중부권');

  const latest = page.getByRole('region', { name: '변경 이력' }).getByRole('row').nth(1);
  await expect(latest).toContainText('제주: 호남권 → 중부권');
  await expect(latest).toContainText('제주 지역 신청 급증으로 중부권 센터가 함께 맡습니다.');
  await expect(latest).toContainText('pm-kim');
});
