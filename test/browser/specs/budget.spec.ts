import { readFile } from 'node:fs/promises';
import { expect, Page, test } from '@playwright/test';
import { Workbook } from 'exceljs';
import { expectAccessible } from '../support/accessibility';
import { openMenu, readApi, won } from '../support/api';
import { PEOPLE } from '../support/people';
import { signInAs } from '../support/sign-in';

const FIGURES = ['amount', 'available', 'committed', 'disbursed', 'recovered'] as const;
type Balance = Record<(typeof FIGURES)[number], number>;
interface CheckedLine extends Balance {
  readonly lineId: string;
}
interface BudgetCheck {
  readonly ok: boolean;
  readonly year: number;
  readonly lines: readonly CheckedLine[];
}
interface GrantPage {
  readonly items: readonly { readonly grantId: string; readonly lineId: string; readonly status: string }[];
}
interface Trace {
  readonly entries: readonly { readonly step: string; readonly occurredAt: string }[];
}

const budgetTable = (page: Page) => page.getByRole('region', { name: '세부사업별 예산' });
const lineRow = (page: Page, lineId: string) => budgetTable(page).locator(`tr[data-line="${lineId}"]`);

async function expectRowShows(page: Page, lineId: string, balance: Balance): Promise<void> {
  for (const figure of FIGURES) await expect(lineRow(page, lineId).locator(`td[data-figure="${figure}"]`)).toHaveText(won(balance[figure]));
}

test("finance's budget dashboard shows every line's figures exactly as the API's budget check, as a chart and a table", async ({ page }) => {
  await signInAs(page, PEOPLE.finance);
  await openMenu(page, '예산 현황');
  const check = await readApi<BudgetCheck>(page, '/api/grants/budget/check');
  expect(check.ok).toBe(true);
  for (const line of check.lines) await expectRowShows(page, line.lineId, line);
  const sum = (figure: keyof Balance) => check.lines.reduce((total, line) => total + line[figure], 0);
  await expect(lineRow(page, 'total').locator('td[data-figure="disbursed"]')).toHaveText(won(sum('disbursed')));
  await expect(page.getByRole('img', { name: /세부사업별 예산 사용 현황/ })).toBeVisible();
  await expect(page.getByRole('region', { name: '월말 기준 집행 실적' }).getByRole('row')).not.toHaveCount(1);
  await expectAccessible(page);
});

test('the dashboard as of an instant before an award differs from now, and equals the as-of API; the picker goes back and forth', async ({ page }) => {
  await signInAs(page, PEOPLE.finance);
  const grants = await readApi<GrantPage>(page, '/api/grants/grants?limit=200');
  const awarded = grants.items.find((grant) => grant.status === 'awarded');
  expect(awarded, 'the demo seeds awarded grants').toBeDefined();
  const { grantId, lineId } = awarded!;
  const trace = await readApi<Trace>(page, `/api/grants/audit/trace/${grantId}`);
  const approval = trace.entries.find((entry) => entry.step === 'award-approval');
  const before = new Date(Date.parse(approval!.occurredAt) - 1).toISOString();

  await page.goto(`/budget?at=${encodeURIComponent(before)}`);
  await expect(page.getByRole('heading', { level: 2, name: /기준$/ })).toBeVisible();
  const then = await readApi<{ lines: Record<string, Balance> }>(page, `/api/grants/audit/budget?at=${encodeURIComponent(before)}`);
  const now = (await readApi<BudgetCheck>(page, '/api/grants/budget/check')).lines.find((line) => line.lineId === lineId)!;
  await expectRowShows(page, lineId, then.lines[lineId]);
  // Before its approval the award had neither been committed nor paid on its line.
  expect(then.lines[lineId].committed + then.lines[lineId].disbursed).toBeLessThan(now.committed + now.disbursed);
  await expectAccessible(page);

  await page.getByRole('button', { name: '현재로 돌아가기' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /년 현재$/ })).toBeVisible();
  await expectRowShows(page, lineId, now);

  const year = (await readApi<BudgetCheck>(page, '/api/grants/budget/check')).year;
  await page.getByLabel('기준 시각').fill(`${year}-01-01T00:00`);
  await page.getByRole('button', { name: '그 시각으로 보기' }).click();
  await expect(page.getByText('그 시각에는 사업이 아직 열리지 않았습니다.')).toBeVisible();
});

test("finance downloads a line's ledger as CSV with a byte-order mark and as an Excel workbook holding the same rows", async ({ page }) => {
  await signInAs(page, PEOPLE.finance);
  await openMenu(page, '예산 현황');
  const ledger = page.getByRole('region', { name: '예산 원장 내려받기' });
  await ledger.getByLabel('세부사업', { exact: true }).selectOption('advanced-technology-innovation');

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), ledger.getByRole('link', { name: 'CSV로 내려받기' }).click()]);
  expect(csvDownload.suggestedFilename()).toMatch(/^ledger_advanced-technology-innovation_.*\.csv$|^예산원장_/);
  const csv = await readFile(await csvDownload.path());
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csvRows = csv.toString('utf8').slice(1).trimEnd().split('\r\n');
  expect(csvRows.length).toBeGreaterThan(1);

  const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), ledger.getByRole('link', { name: '엑셀(.xlsx)로 내려받기' }).click()]);
  expect(xlsxDownload.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new Workbook();
  await workbook.xlsx.readFile(await xlsxDownload.path());
  expect(workbook.worksheets[0].actualRowCount).toBe(csvRows.length);
});

test('a program manager moves money between lines and opens a line from the reserve; refusals are shown where they belong', async ({ page }) => {
  await signInAs(page, PEOPLE.programManager);
  await openMenu(page, '예산 현황');
  await expect(page.getByLabel('기준 시각')).toHaveCount(0); // the as-of budget is finance's and the auditors'
  const before = await readApi<{ lines: readonly CheckedLine[] }>(page, '/api/grants/program');
  const itBefore = before.lines.find((line) => line.lineId === 'it-convergence')!;

  const transfer = page.getByRole('form', { name: '세부사업 간 전용' });
  await transfer.getByLabel('보내는 세부사업').selectOption('advanced-technology-innovation');
  await transfer.getByLabel('받는 세부사업').selectOption('it-convergence');
  await transfer.getByLabel('금액 (원)').fill('100000000');
  await transfer.getByLabel('사유').fill('하반기 IT융합 과제 수요 증가에 따른 전용');
  await transfer.getByRole('button', { name: '전용하기' }).click();
  await expect(transfer.getByText('₩100,000,000을(를) 옮겼습니다.')).toBeVisible();
  await expect(lineRow(page, 'it-convergence').locator('td[data-figure="amount"]')).toHaveText(won(itBefore.amount + 100_000_000));

  await transfer.getByLabel('보내는 세부사업').selectOption('advanced-technology-innovation');
  await transfer.getByLabel('받는 세부사업').selectOption('it-convergence');
  await transfer.getByLabel('금액 (원)').fill('900000000000');
  await transfer.getByLabel('사유').fill('가용액을 넘는 전용');
  await transfer.getByRole('button', { name: '전용하기' }).click();
  await expect(transfer.getByRole('alert')).toBeVisible();
  await expect(lineRow(page, 'it-convergence').locator('td[data-figure="amount"]')).toHaveText(won(itBefore.amount + 100_000_000));

  const newLine = page.getByRole('form', { name: '예비비로 세부사업 신설' });
  await newLine.getByLabel('세부사업 ID').fill('Regional Pilot');
  await newLine.getByLabel('이름 (한국어)').fill('지역 융합 시범사업');
  await newLine.getByLabel('이름 (영어)').fill('Regional convergence pilot');
  await newLine.getByLabel('금액 (원)').fill('500000000');
  await newLine.getByRole('button', { name: '신설하기' }).click();
  await expect(newLine.getByLabel('세부사업 ID')).toHaveAttribute('aria-invalid', 'true');
  await newLine.getByLabel('세부사업 ID').fill('regional-pilot');
  await newLine.getByRole('button', { name: '신설하기' }).click();
  await expect(newLine.getByText('지역 융합 시범사업 세부사업을 ₩500,000,000으로 신설했습니다.')).toBeVisible();
  await expect(lineRow(page, 'regional-pilot').locator('td[data-figure="available"]')).toHaveText(won(500_000_000));
  await expectAccessible(page);
});
