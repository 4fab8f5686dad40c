import { expect, Page, test } from '@playwright/test';
import { expectAccessible } from '../support/accessibility';
import { openMenu, readApi } from '../support/api';
import { PEOPLE } from '../support/people';
import { signInAs, signOut } from '../support/sign-in';

// A real erasure of a demo applicant's personal data (docs/audit.md §7), proposed by one program
// manager and approved by a second. It needs the platform started with retention periods of zero
// days (test/browser/run.sh sets PERSONAL_DATA_RETENTION_DAYS): the seed recorded the data minutes ago.
test.describe.configure({ mode: 'serial' });

const ERASED = '[삭제됨 · erased]';
const FIRM = '가온푸드';

interface ApplicantRegistration {
  readonly userId: string;
  readonly name: string;
  readonly firmName: string;
  readonly email: string | null;
  readonly phone: string | null;
}

const requests = (page: Page) => page.getByRole('region', { name: '파기 요청 목록' });
let applicant: ApplicantRegistration | undefined;

test("a program manager proposes erasing a demo applicant's data, and may not approve it alone", async ({ page }) => {
  await signInAs(page, PEOPLE.programManager);
  // The seed registers 한가온 for 가온푸드 and has the center confirm it; no other journey uses the registration.
  const confirmed = await readApi<{ items: readonly ApplicantRegistration[] }>(page, '/api/centers/applicants?status=confirmed&limit=100');
  applicant = confirmed.items.find((registration) => registration.firmName === FIRM);
  expect(applicant, `the demo seed registers an applicant for ${FIRM}`).toMatchObject({ name: '한가온' });
  const { userId } = applicant!;

  await openMenu(page, '개인정보 파기');
  await expect(page.getByRole('heading', { level: 1, name: '개인정보 파기' })).toBeVisible();
  const form = page.getByRole('group', { name: '새 파기 요청' });
  await expect(form.getByLabel('대상 구분')).toBeDisabled();
  await form.getByLabel('서비스').selectOption({ label: '평가' });
  await expect(form.getByLabel('대상 구분')).toHaveValue('committee-member');
  await form.getByLabel('서비스').selectOption({ label: '지역 센터' });
  await expect(form.getByLabel('대상 구분').getByRole('option')).toHaveText(['선택하세요', '신청 담당자', '센터 담당자']);
  await form.getByLabel('대상 구분').selectOption({ label: '신청 담당자' });

  // A person the service holds nothing of is refused, the way every form shows the service's problem.
  await form.getByLabel('사용자 ID').fill('applicant-nobody');
  await form.getByLabel('파기 사유').fill('보존기간 만료에 따른 파기');
  await form.getByRole('button', { name: '파기 요청' }).click();
  await expect(form.getByRole('alert')).toContainText('applicant:applicant-nobody의 개인정보를 보관하고 있지 않습니다');

  await form.getByLabel('사용자 ID').fill(userId);
  await form.getByRole('button', { name: '파기 요청' }).click();
  await expect(form.getByText(`applicant:${userId}의 파기를 요청했습니다.`)).toBeVisible();
  const row = requests(page).getByRole('row').filter({ hasText: userId });
  await expect(row).toContainText('승인 대기');
  await expect(row).toContainText('pm-kim (사업 총괄 관리자)');
  await expectAccessible(page);

  // The proposer is offered the button, and the service refuses: a second program manager must approve.
  await row.getByRole('button', { name: `파기 승인: 신청 담당자 ${userId}` }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('되돌리거나 복구할 수 없습니다');
  await expect(dialog).toContainText('두 번째 사업 총괄 관리자');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: '영구 파기 승인' }).click();
  await expect(dialog.getByRole('alert')).toContainText('요청한 사람이 아닌 다른 사업 담당자가 승인해야 합니다');
  await dialog.getByRole('button', { name: '취소' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(row).toContainText('승인 대기');
  await signOut(page);
});

test("a second program manager approves, and the applicant's name reads as erased", async ({ page }) => {
  const { userId } = applicant!;
  await signInAs(page, PEOPLE.secondProgramManager);
  await openMenu(page, '개인정보 파기');
  const row = requests(page).getByRole('row').filter({ hasText: userId });
  await row.getByRole('button', { name: `파기 승인: 신청 담당자 ${userId}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: '영구 파기 승인' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(row).toContainText('파기됨');
  await expect(row).toContainText('pm-choi (사업 총괄 관리자)');
  await expect(row.getByRole('button')).toHaveCount(0);
  await expectAccessible(page);

  // The applicant register keeps the firm and the registration, but no longer the person's name or contacts.
  const after = await readApi<ApplicantRegistration>(page, `/api/centers/applicants/${encodeURIComponent(userId)}`);
  expect(after).toMatchObject({ userId, firmName: FIRM, name: ERASED });
  for (const contact of [after.email, after.phone]) expect([null, ERASED]).toContain(contact);

  // Already erased: asked again, the service says so.
  const form = page.getByRole('group', { name: '새 파기 요청' });
  await form.getByLabel('서비스').selectOption({ label: '지역 센터' });
  await form.getByLabel('대상 구분').selectOption({ label: '신청 담당자' });
  await form.getByLabel('사용자 ID').fill(userId);
  await form.getByLabel('파기 사유').fill('보존기간 만료에 따른 파기');
  await form.getByRole('button', { name: '파기 요청' }).click();
  await expect(form.getByRole('alert')).toContainText('이미 파기되었습니다');
});

test('an auditor reads the erasure requests, with nothing to decide', async ({ page }) => {
  const { userId } = applicant!;
  await signInAs(page, PEOPLE.auditor);
  await openMenu(page, '개인정보 파기');
  await expect(requests(page).getByRole('row').filter({ hasText: userId })).toContainText('파기됨');
  await expect(page.getByRole('group', { name: '새 파기 요청' })).toHaveCount(0);
  await expect(requests(page).getByRole('button')).toHaveCount(0);
  await expect(requests(page).getByRole('columnheader')).toHaveText(['서비스', '대상', '상태', '사유', '요청', '결정']);
  await expectAccessible(page);
});
