import { expect, Page, test } from '@playwright/test';
import { expectAccessible } from '../support/accessibility';
import { PEOPLE } from '../support/people';
import { signInAs, signOut } from '../support/sign-in';

const DEMO_CALL = '2026년 IT융합 기술개발 지원사업 공고 (데모)';
const jungbuCommittee = (page: Page) => page.getByRole('region', { name: /^중부권 위원회 \S+\.jungbu$/ });

async function openDemoCall(page: Page): Promise<void> {
  await signInAs(page, PEOPLE.programManager);
  await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '공모 관리' }).click();
  await expect(page.getByRole('row').filter({ hasText: DEMO_CALL })).toContainText('접수 중');
  await expectAccessible(page);
  await page.getByRole('link', { name: DEMO_CALL }).click();
  await expect(page.getByRole('heading', { level: 1, name: DEMO_CALL })).toBeVisible();
}

test("a program manager moves the committee's scoring deadline; a moment already past is refused next to the field", async ({ page }) => {
  await openDemoCall(page);
  const committee = jungbuCommittee(page);
  await expect(committee.getByRole('row')).toHaveCount(7); // a header and the six demo members
  const deadline = committee.getByLabel('채점 마감');
  await deadline.fill('2020-01-31T18:00');
  await committee.getByRole('button', { name: '마감 저장' }).click();
  await expect(committee.locator('.field__error')).toContainText('채점 마감 2020-01-31T18:00:00+09:00은(는) 지금');
  await expect(deadline).toHaveAttribute('aria-invalid', 'true');

  await deadline.fill('2099-06-30T18:00');
  await committee.getByRole('button', { name: '마감 저장' }).click();
  await expect(committee.getByText('채점 마감을 저장했습니다.')).toBeVisible();
  await page.reload();
  await expect(jungbuCommittee(page).getByLabel('채점 마감')).toHaveValue('2099-06-30T18:00');
  await expectAccessible(page);
});

test('a program manager seats an expert on the committee and removes them again, after confirming', async ({ page }) => {
  await openDemoCall(page);
  const committee = jungbuCommittee(page);
  const form = committee.getByRole('group', { name: '위원 추가' });
  await form.getByLabel('사용자 ID').fill('expert-han');
  await form.getByLabel('이름').fill('한새봄');
  await form.getByLabel('소속').fill('한국과학기술원');
  await form.getByRole('button', { name: '추가' }).click();
  await expect(committee.getByRole('row').filter({ hasText: '한새봄' })).toContainText('한국과학기술원');

  await committee.getByRole('button', { name: '한새봄 위원 제외' }).click();
  await expect(page.getByRole('dialog')).toContainText('5분 이내');
  await page.getByRole('dialog').getByRole('button', { name: '제외' }).click();
  await expect(committee.getByRole('row').filter({ hasText: '한새봄' })).toHaveCount(0);
});

test("a program manager follows the call's evaluations and forms another center's committee", async ({ page }) => {
  await openDemoCall(page);
  await expect(page.getByText('사업 기본 평가표입니다')).toBeVisible();
  await expect(page.getByRole('region', { name: '평가표' }).getByRole('row')).toHaveCount(5); // a header and four criteria
  const evaluations = page.getByRole('region', { name: '평가 진행' });
  await expect(evaluations.getByRole('row').filter({ hasText: 'AI 기반 정밀가공 불량 예측' })).toContainText(/\d+ \/ 6 \(필요 5\)/);

  const form = page.getByRole('group', { name: '위원회 구성' });
  await form.getByLabel('대상').selectOption({ label: '호남권 위원회' });
  await form.getByRole('button', { name: '위원회 구성' }).click();
  await expect(page.getByRole('region', { name: /^호남권 위원회 \S+\.honam$/ })).toBeVisible();
  await expectAccessible(page);
});

/** A `datetime-local` value `days` from now, Seoul time, at `hour`:00. */
function seoulDay(days: number, hour: number): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(new Date(Date.now() + days * 86_400_000));
  return `${day}T${String(hour).padStart(2, '0')}:00`;
}

test('a program manager opens a call, is told beside the field what the service refuses, and closes it early with a reason', async ({ page }) => {
  await signInAs(page, PEOPLE.programManager);
  await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '공모 관리' }).click();
  const form = page.getByRole('group', { name: '새 공모 열기' });
  await form.getByLabel('공모 번호').fill('call-browser-bio');
  await form.getByLabel('공모명').fill('바이오 융합 시범 공모');
  await form.getByLabel('예산 사업').selectOption('it-convergence');
  await form.getByLabel('접수 시작').fill(seoulDay(1, 9));
  await form.getByLabel('접수 마감').fill(seoulDay(30, 18));
  await form.getByLabel('과제당 정부지원 상한(원)').fill('900,000,000');
  await form.getByLabel('지원 기술 분야').fill('bio, AI');
  await form.getByRole('button', { name: '공모 열기' }).click();
  await expect(form.getByLabel('과제당 정부지원 상한(원)')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);

  await form.getByLabel('과제당 정부지원 상한(원)').fill('300,000,000');
  await form.getByRole('button', { name: '공모 열기' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '바이오 융합 시범 공모' })).toBeVisible();
  await expect(page.getByText('접수 전')).toBeVisible();

  const amend = page.getByRole('group', { name: '공모 내용 변경' });
  await amend.getByLabel('과제당 정부지원 상한(원)').fill('250,000,000');
  await amend.getByRole('button', { name: '변경 저장' }).click();
  await expect(amend.getByText('공모 내용을 바꿨습니다.')).toBeVisible();
  await expect(page.locator('.facts')).toContainText('₩250,000,000');

  const rubric = page.getByRole('group', { name: '이 공모의 평가표 정하기' });
  // One point leaves the weights short of 100, whatever the default gave the first criterion.
  await rubric.getByRole('group', { name: '평가 항목 1' }).getByLabel('배점', { exact: true }).fill('1');
  await expect(rubric.getByText(/^배점 합계: \d+ \/ 100$/)).not.toHaveText('배점 합계: 100 / 100');
  await rubric.getByRole('button', { name: '평가표 확정' }).click();
  await expect(rubric.getByRole('alert')).toContainText('100');
  await rubric.getByRole('button', { name: '평가 항목 추가' }).click();
  const added = rubric.getByRole('group', { name: /^평가 항목 \d+$/ }).last();
  await added.getByLabel('항목 ID').fill('bio-safety');
  await added.getByLabel('항목 이름').fill('바이오 안전성 (Bio safety)');
  const missing = 100 - Number((await rubric.getByText(/^배점 합계/).textContent())?.match(/(\d+) \/ 100/)?.[1]);
  await added.getByLabel('배점', { exact: true }).fill(String(missing));
  await expect(rubric.getByText('배점 합계: 100 / 100')).toBeVisible();
  await rubric.getByRole('button', { name: '평가표 확정' }).click();
  await expect(page.getByText('이 공모에 정한 평가표입니다.')).toBeVisible();
  await expect(page.getByRole('region', { name: '평가표' }).getByRole('row', { name: /바이오 안전성/ })).toBeVisible();
  await expect(page.getByRole('group', { name: '이 공모의 평가표 정하기' })).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole('button', { name: '공모 조기 마감' }).click();
  await page.getByRole('dialog').getByLabel('마감 사유').fill('예산 사업 재편으로 이번 공모를 취소합니다.');
  await page.getByRole('dialog').getByRole('button', { name: '공모 조기 마감' }).click();
  await expect(page.getByText('조기 마감', { exact: true })).toBeVisible();
  await expect(page.getByText('예산 사업 재편으로 이번 공모를 취소합니다.')).toBeVisible();
  await expect(page.getByRole('button', { name: '공모 조기 마감' })).toHaveCount(0);
});

test('a program manager cuts the requests in the what-if and proposes one ranked application for award, left for finance to approve', async ({ page }) => {
  await openDemoCall(page);
  await page.getByRole('link', { name: '선정 (순위와 예산)' }).click();
  const ranking = page.getByRole('region', { name: '평가 순위' });
  await expect(ranking.getByRole('row').filter({ hasText: '바이오 공정 데이터 플랫폼' })).toContainText('합격');
  await expect(ranking.getByRole('row').filter({ hasText: '스마트팜 연계 가공식품 품질관리' })).toContainText('합격');

  await page.getByLabel('일괄 감액(%)').fill('10');
  await page.getByRole('button', { name: '다시 계산' }).click();
  const reach = page.getByRole('region', { name: '예산이 닿는 과제' });
  await expect(reach.getByRole('row').filter({ hasText: '바이오 공정 데이터 플랫폼' })).toContainText('₩225,000,000');
  await reach.getByRole('checkbox', { name: '스마트팜 연계 가공식품 품질관리을(를) 선정 제안에 포함' }).uncheck();
  await expectAccessible(page);
  await page.getByRole('button', { name: '고른 과제 선정 제안' }).click();
  await expect(page.getByText('바이오 공정 데이터 플랫폼: 선정을 제안했습니다.')).toBeVisible();

  const proposed = page.getByRole('region', { name: '선정 제안과 지원 결정' }).getByRole('row').filter({ hasText: '바이오 공정 데이터 플랫폼' });
  await expect(proposed).toContainText('₩225,000,000');
  await expect(proposed).toContainText('재무 승인 대기');
  await expect(reach.getByRole('row').filter({ hasText: '바이오 공정 데이터 플랫폼' })).toHaveCount(0);
  await expect(reach.getByRole('row').filter({ hasText: '스마트팜 연계 가공식품 품질관리' })).toHaveCount(1);
});

test('the proposed award waits in the approvals queue: no button for its proposer, approved by finance after confirming', async ({ page }) => {
  await signInAs(page, PEOPLE.programManager);
  await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '승인 대기' }).click();
  const award = (current: Page) => current.getByRole('row').filter({ hasText: '지원 결정' }).filter({ hasText: '₩225,000,000' });
  await expect(award(page)).toContainText('이 역할로는 승인할 수 없습니다.');
  // No approving one's own proposal; turning it down (반려) stays open to its proposer.
  await expect(award(page).getByRole('button', { name: /승인/ })).toHaveCount(0);
  await expect(award(page).getByRole('button', { name: /^지원 결정 반려/ })).toBeVisible();
  await signOut(page);

  await signInAs(page, PEOPLE.finance);
  await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '승인 대기' }).click();
  await expect(award(page)).toContainText('pm-kim');
  await expectAccessible(page);
  await award(page)
    .getByRole('button', { name: /^지원 결정 승인/ })
    .click();
  await expect(page.getByRole('dialog')).toContainText('되돌릴 수 없습니다');
  await page.getByRole('dialog').getByRole('button', { name: '승인' }).click();
  await expect(award(page)).toHaveCount(0);
});

test('the awarded task gets its agreement and its payment: proposed by the program manager, approved by finance, then shown paid', async ({ page }) => {
  const today = seoulDay(0, 0).slice(0, 10);
  const nextYear = seoulDay(365, 0).slice(0, 10);
  await openDemoCall(page);
  await page.getByRole('link', { name: '선정 (순위와 예산)' }).click();
  await page.getByRole('region', { name: '선정 제안과 지원 결정' }).getByRole('link', { name: '바이오 공정 데이터 플랫폼' }).click();
  await expect(page.getByText('지원 결정', { exact: true })).toBeVisible();

  const agreement = page.getByRole('group', { name: '협약 기록' });
  await agreement.getByLabel('협약 번호').fill('RS-2026-00042');
  await agreement.getByLabel('협약 체결일').fill(today);
  await agreement.getByLabel('협약 시작일').fill(today);
  await agreement.getByLabel('협약 종료일').fill(nextYear);
  await agreement.getByRole('button', { name: '협약 기록' }).click();
  await expect(page.getByText(`RS-2026-00042 (${today} ~ ${nextYear})`)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 't1 지급 제안' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '지급 제안' }).click();
  await expect(page.getByRole('row').filter({ hasText: 't1' })).toContainText('지급 승인 대기');
  const grantPage = page.url();
  await signOut(page);

  await signInAs(page, PEOPLE.finance);
  await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '승인 대기' }).click();
  const payment = page.getByRole('row').filter({ hasText: '출연금 지급' }).filter({ hasText: '₩225,000,000' });
  await payment.getByRole('button', { name: /^출연금 지급 승인/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: '승인' }).click();
  await expect(payment).toHaveCount(0);
  await page.goto(grantPage);
  await expect(page.getByRole('row').filter({ hasText: 't1' })).toContainText('지급 완료');
  await expect(page.locator('.facts')).toContainText('₩225,000,000');
  // Finance reads the decision chain: who took each step, in which role, tied by correlation ids.
  const chain = page.locator('section').filter({ has: page.getByRole('heading', { name: '결정 이력' }) });
  await expect(chain.getByRole('listitem').filter({ hasText: '선정 제안' })).toContainText('pm-kim (사업 총괄 관리자)');
  await expect(chain.getByRole('listitem').filter({ hasText: '지급 승인' })).toContainText('finance-lee (재무 담당자)');
  await expect(chain.getByRole('listitem').filter({ hasText: '협약' }).first()).toContainText('연관 ID');
  await expectAccessible(page);
});
