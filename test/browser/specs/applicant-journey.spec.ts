import { expect, Page, test } from '@playwright/test';
import { expectAccessible } from '../support/accessibility';
import { PEOPLE } from '../support/people';
import { signInAs, signOut } from '../support/sign-in';

// The three journeys of issue 12 in one story, as the people would live it: a newcomer registers
// their firm, the center confirms it, they apply with a business plan, the center screens the
// application, five committee members score and seal, and the applicant reads the result.
test.describe.configure({ mode: 'serial' });

const title = '스마트 공정 데이터 융합 플랫폼';
const mainMenu = (page: Page) => page.getByRole('navigation', { name: '주 메뉴' });
const members = [
  { sub: 'member-1', name: '김도윤' },
  { sub: 'member-2', name: '이서연' },
  { sub: 'member-3', name: '박지호' },
  { sub: 'member-4', name: '최민서' },
  { sub: 'member-5', name: '정하준' },
] as const;
// A valid PDF needs no more than its signature for the service's check; the rest is a real, tiny document.
const businessPlan = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
let applicationId = '';

test('a newcomer registers their firm, with the check digit verified as they type', async ({ page }) => {
  await signInAs(page, PEOPLE.newcomer);
  await expect(page.getByRole('heading', { name: '신청 기업 등록' })).toBeVisible();
  await expectAccessible(page);
  const number = page.getByLabel('사업자등록번호');
  await number.fill('1234567890');
  await expect(page.getByText('검증번호가 맞지 않습니다. 번호를 다시 확인하세요.')).toBeVisible();
  await number.fill('220-81-62517');
  await expect(page.getByText('검증번호가 맞습니다.')).toBeVisible();
  await page.getByLabel('기업명').fill('신규정밀');
  await page.getByLabel('소재지(시·도)').selectOption({ label: '대전' });
  await page.getByRole('button', { name: '등록 신청' }).click();
  await expect(page.getByRole('heading', { name: '센터 확인 대기 중' })).toBeVisible();
  await expectAccessible(page);
});

test("the firm's center confirms the registration", async ({ page }) => {
  await signInAs(page, PEOPLE.jungbuStaff);
  await mainMenu(page).getByRole('link', { name: '신청 기업 확인' }).click();
  await expect(page.getByRole('cell', { name: '신규정밀', exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: '최신규, 신규정밀 등록 확인' }).click();
  await expect(page.getByText('최신규님의 신규정밀 등록을 확인했습니다.')).toBeVisible();
});

test('the applicant drafts an application, attaches the business plan and submits it', async ({ page }) => {
  await signInAs(page, PEOPLE.newcomer);
  await expect(page.locator('.site-header__person')).toContainText('신규정밀');
  await page.goto('/applicant/calls/demo-2026-it-convergence/apply');

  const lead = page.getByRole('group', { name: '주관기업 (우리 기업)' });
  await expect(lead.getByLabel('사업자등록번호')).toHaveValue(/2208162517|220-81-62517/);
  await lead.getByLabel('기업명').fill('신규정밀');
  await lead.getByLabel('산업분류 코드(KSIC)').fill('C29199');
  await lead.getByLabel('기업 규모').selectOption({ label: '소기업' });
  await lead.getByLabel('소재지(시·도)').selectOption({ label: '대전' });
  const partner = page.getByRole('group', { name: '참여기업 1' });
  await partner.getByLabel('사업자등록번호').fill('1234567891');
  await partner.getByLabel('기업명').fill('한밭소프트');
  await partner.getByLabel('산업분류 코드(KSIC)').fill('J62010');
  await partner.getByLabel('기업 규모').selectOption({ label: '소기업' });
  await partner.getByLabel('소재지(시·도)').selectOption({ label: '대전' });

  await page.getByLabel('과제명').fill(title);
  await page.getByLabel('과제 요약').fill('정밀가공 공정 데이터와 소프트웨어 분석을 융합해 불량을 줄입니다.');
  await page.getByLabel('기술 분야').fill('AI, smart-manufacturing');
  await page.getByLabel('사업 기간(개월)').fill('18');
  await page.getByLabel('신청 금액').fill('200,000,000');
  await page.getByLabel('비목').first().fill('personnel');
  await page.getByLabel('정부지원금').first().fill('200,000,000');
  await page.getByLabel('민간부담금(현금)').first().fill('70,000,000');
  await expect(page.getByText('₩200,000,000 / ₩200,000,000')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: '임시 저장' }).click();
  await expect(page.getByText('임시 저장했습니다.')).toBeVisible();

  await page.getByLabel('사업계획서 파일').setInputFiles({ name: '사업계획서.pdf', mimeType: 'application/pdf', buffer: businessPlan });
  await page.getByRole('button', { name: '첨부', exact: true }).click();
  await expect(page.getByText('사업계획서를 첨부했습니다.')).toBeVisible();
  await expect(page.getByRole('link', { name: '사업계획서.pdf 내려받기' })).toBeVisible();
  await page.getByRole('button', { name: '제출' }).click();
  await expect(page.getByText('센터 접수').first()).toBeVisible();
  applicationId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
  expect(applicationId).not.toBe('');
  await expectAccessible(page);
});

test('the center screens it: every rule shown, all met', async ({ page }) => {
  await signInAs(page, PEOPLE.jungbuStaff);
  await mainMenu(page).getByRole('link', { name: '센터 접수함' }).click();
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('link', { name: '사업계획서.pdf 내려받기' })).toBeVisible();
  await page.getByRole('button', { name: '요건 검토 실행' }).click();
  await expect(page.getByRole('heading', { name: '요건 검토 결과' })).toBeVisible();
  await expect(page.getByText('충족', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('미충족', { exact: true })).toHaveCount(0);
  await expectAccessible(page);
});

test('five committee members score with reasons and seal their sheets', async ({ page }) => {
  for (const member of members) {
    await signInAs(page, member);
    await mainMenu(page).getByRole('link', { name: '평가 업무' }).click();
    // The queue names the task and its call, with the committee's deadline counting down.
    const row = page.getByRole('row').filter({ hasText: applicationId });
    await expect(row).toContainText('2026년 IT융합 기술개발 지원사업 공고 (데모)');
    await expect(row).toContainText(/D-\d+/);
    await row.getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { name: '내 평가표' })).toBeVisible();
    const criteria = page.getByRole('group', { name: /배점 \d+점/ });
    for (let i = 0; i < (await criteria.count()); i++) {
      const criterion = criteria.nth(i);
      const weight = Number(/배점 (\d+)점/.exec((await criterion.locator('legend').textContent()) ?? '')?.[1]);
      await criterion.getByLabel('점수').fill(String(weight - 1));
      await criterion.getByLabel('평가 의견').fill(`기술 융합의 근거가 분명합니다 (${member.sub.slice(-1)}).`);
    }
    await page.getByRole('button', { name: '저장' }).click();
    await expect(page.getByText('평가표를 저장했습니다.')).toBeVisible();
    if (member === members[0]) await expectAccessible(page);
    await page.getByRole('button', { name: '봉인', exact: true }).click();
    await expect(page.getByRole('dialog')).toContainText('봉인한 뒤에는');
    await page.getByRole('dialog').getByRole('button', { name: '봉인하기' }).click();
    await expect(page.getByText('봉인한 평가표입니다. 더 이상 바꿀 수 없습니다.')).toBeVisible();
    await signOut(page);
  }
});

test('the program manager closes the evaluation once five sheets are sealed', async ({ page }) => {
  await signInAs(page, PEOPLE.programManager);
  await mainMenu(page).getByRole('link', { name: '공모 관리' }).click();
  await page.getByRole('link', { name: '2026년 IT융합 기술개발 지원사업 공고 (데모)' }).click();
  const row = page.getByRole('region', { name: '평가 진행' }).getByRole('row').filter({ hasText: title });
  await expect(row).toContainText(/5 \/ 6 \(필요 5\)/);
  await row.getByRole('button', { name: `${title} 평가 마감` }).click();
  await expect(page.getByRole('dialog')).toContainText('되돌릴 수 없습니다');
  await page.getByRole('dialog').getByRole('button', { name: '평가 마감' }).click();
  await expect(row).toContainText('완료');
  await expect(row.getByRole('button')).toHaveCount(0);
});

test('after the close, the applicant reads the total, the means per criterion and the reasons, not who gave them', async ({ page }) => {
  await signInAs(page, PEOPLE.newcomer);
  await mainMenu(page).getByRole('link', { name: '내 신청' }).click();
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { name: '평가 결과' })).toBeVisible();
  await expect(page.getByText(/총점 \d+(\.\d+)?점/)).toBeVisible();
  await expect(page.getByText('기술 융합의 근거가 분명합니다 (1).').first()).toBeVisible();
  for (const member of members) await expect(page.getByText(member.name)).toHaveCount(0);
  await expectAccessible(page);
});
