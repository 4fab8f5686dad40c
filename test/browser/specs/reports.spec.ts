import { readFile } from 'node:fs/promises';
import { expect, Page, test } from '@playwright/test';
import { expectAccessible } from '../support/accessibility';
import { openMenu, readApi } from '../support/api';
import { PEOPLE } from '../support/people';
import { signInAs } from '../support/sign-in';

interface GrantPage {
  readonly items: readonly { readonly status: string; readonly disbursed: number; readonly recovered: number }[];
}

const FIGURES = ['applicationsReceived', 'awarded', 'awardedWon', 'disbursedWon', 'recoveredWon', 'mentoringAllocatedWon'] as const;
const numberIn = (text: string) => Number(text.replace(/[^\d-]/g, ''));

async function column(page: Page, figure: string): Promise<{ rows: number; total: number }> {
  const table = page.locator('table');
  const rows = await table.locator(`tbody tr:not([data-key="total"]) td[data-figure="${figure}"]`).allTextContents();
  const total = await table.locator(`tr[data-key="total"] td[data-figure="${figure}"]`).textContent();
  return { rows: rows.map(numberIn).reduce((sum, value) => sum + value, 0), total: numberIn(total ?? '') };
}

test("the ministry report's totals are the sum of its rows and of the grants behind them, by center and by province, and its CSV ends with them", async ({
  page,
}) => {
  await signInAs(page, PEOPLE.finance);
  await openMenu(page, '부처 보고');
  await expect(page.getByRole('region', { name: '지역 센터별 실적' })).toBeVisible();
  for (const figure of FIGURES) {
    const { rows, total } = await column(page, figure);
    expect({ figure, rows }).toEqual({ figure, rows: total });
  }
  const grants = await readApi<GrantPage>(page, '/api/grants/grants?limit=200');
  const sum = (pick: (grant: GrantPage['items'][number]) => number) => grants.items.reduce((total, grant) => total + pick(grant), 0);
  expect((await column(page, 'awarded')).total).toBe(grants.items.filter((grant) => grant.status === 'awarded').length);
  expect((await column(page, 'disbursedWon')).total).toBe(sum((grant) => grant.disbursed));
  expect((await column(page, 'recoveredWon')).total).toBe(sum((grant) => grant.recovered));
  expect((await column(page, 'disbursedWon')).total).toBeGreaterThan(0);
  await expectAccessible(page);

  await page.getByLabel('구분 기준').selectOption({ label: '시·도' });
  await expect(page.getByRole('region', { name: '시·도별 실적' })).toBeVisible();
  await expect(page.locator('tr[data-key="대전"]')).toBeVisible();
  for (const figure of FIGURES) {
    const { rows, total } = await column(page, figure);
    expect({ figure, rows }).toEqual({ figure, rows: total });
  }
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV로 내려받기' }).click()]);
  const csv = (await readFile(await download.path())).toString('utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv.trimEnd().split('\r\n').at(-1)).toMatch(/^합계,/);
});
