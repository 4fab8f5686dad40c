// Screenshots of the console's main pages for docs/console/, taken from a running platform with
// the demo data: `npm start -- --demo`, then
// `SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register test/browser/screenshots.ts [console URL]`.
import path from 'node:path';
import { chromium, Page } from '@playwright/test';
import { PEOPLE, Person } from './support/people';

const base = process.argv[2] ?? 'http://localhost:3000';
const out = path.join(__dirname, '..', '..', 'docs', 'console');

async function signIn(page: Page, person: Person): Promise<void> {
  await page.goto(`${base}/auth/login?returnTo=/`);
  await page.getByRole('button', { name: new RegExp(`^${person.name}`) }).click();
  await page.locator('.site-header__person').waitFor();
}

async function shoot(page: Page, name: string, at: string, ready: string): Promise<void> {
  await page.goto(`${base}${at}`);
  await page.getByText(ready).first().waitFor();
  // A page reads several services: the shot waits until every answer is in.
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: path.join(out, `${name}.png`), fullPage: true });
  process.stdout.write(`docs/console/${name}.png\n`);
}

/** Follows a link from the page last shot, then shoots where it leads. */
async function follow(page: Page, name: string, link: string, ready: string): Promise<void> {
  await page.getByRole('link', { name: link }).first().click();
  await page.getByText(ready).first().waitFor();
  // A page reads several services: the shot waits until every answer is in.
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: path.join(out, `${name}.png`), fullPage: true });
  process.stdout.write(`docs/console/${name}.png\n`);
}

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/lib/chromium/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const session = async (
    person: Person | null,
    pages: [string, string, string][],
    then?: [string, string, string],
    viewport = { width: 1280, height: 800 },
  ) => {
    const context = await browser.newContext({ locale: 'ko-KR', timezoneId: 'Asia/Seoul', viewport });
    const page = await context.newPage();
    if (person) await signIn(page, person);
    for (const [name, at, ready] of pages) await shoot(page, name, at, ready);
    if (then) await follow(page, ...then);
    await context.close();
  };
  await session(null, [
    ['home', '/', '융합 기술융합 지원사업'],
    ['sign-in', '/auth/login?returnTo=/', '개발용 로그인'],
  ]);
  await session(PEOPLE.applicant, [
    ['applicant-applications', '/applicant/applications', 'AI 기반 정밀가공 불량 예측'],
    ['applicant-new-application', '/applicant/calls/demo-2026-it-convergence/apply', '예산 계획'],
  ]);
  await session(
    PEOPLE.jungbuStaff,
    [['center-inbox', '/center/applications', 'AI 기반 정밀가공 불량 예측']],
    ['center-screening', '사출금형 설비 공동 개량', '요건 검토 결과'],
  );
  await session(
    PEOPLE.member,
    [['committee-work-queue', '/committee/work-queue', '채점 마감']],
    ['committee-scoresheet', 'AI 기반 정밀가공 불량 예측', '내 평가표'],
  );
  await session(
    PEOPLE.programManager,
    [['program-calls', '/program/calls', '접수 중']],
    ['program-call', '2026년 IT융합 기술개발 지원사업 공고 (데모)', '봉인한 평가표'],
  );
  await session(PEOPLE.programManager, [['program-selection', '/program/calls/demo-2026-it-convergence/selection', '예산이 닿는 과제']]);
  await session(PEOPLE.programManager, [
    ['program-budget', '/budget', '세부사업 간 전용'],
    ['program-routing', '/program/routing', '변경 이력'],
  ]);
  await session(PEOPLE.finance, [
    ['finance-approvals', '/approvals', '승인 대기'],
    ['finance-budget', '/budget', '월말 기준 집행 실적'],
    ['finance-reports', '/reports?groupBy=center', '지역 센터별 실적'],
  ]);
  await session(PEOPLE.auditor, [
    ['auditor-grants', '/grants', '주관기관'],
    ['auditor-audit', '/audit', '예산 등식 점검'],
  ]);
  await session(PEOPLE.member, [['committee-work-queue-phone', '/committee/work-queue', '채점 마감']], undefined, { width: 360, height: 740 });
  await browser.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
