import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/accessibility';
import { openMenu, readApi } from '../support/api';
import { PEOPLE } from '../support/people';
import { signInAs } from '../support/sign-in';

interface GrantPage {
  readonly items: readonly { readonly grantId: string; readonly status: string; readonly recipient: { readonly leadName: string | null } | null }[];
}

test('an auditor finds a grant by its recipient and reads its decision chain, with no step to take', async ({ page }) => {
  await signInAs(page, PEOPLE.auditor);
  const grants = await readApi<GrantPage>(page, '/api/grants/grants?limit=200');
  const awarded = grants.items.find((grant) => grant.status === 'awarded' && grant.recipient?.leadName);
  expect(awarded, 'the demo seeds awarded grants with their recipients').toBeDefined();
  const name = awarded!.recipient!.leadName!;

  await openMenu(page, '지원 과제');
  await page.getByLabel('상태').selectOption({ label: '지원 결정' });
  await page.getByLabel('검색어').fill(name);
  const rows = page.getByRole('region', { name: '지원 과제' }).getByRole('row');
  await expect(rows).toHaveCount(2); // the header and the one grant
  await expectAccessible(page);
  await rows.getByRole('link', { name }).click();

  const chain = page.locator('section').filter({ has: page.getByRole('heading', { name: '결정 이력' }) });
  await expect(chain.getByRole('listitem').first()).toBeVisible();
  await expect(chain).toContainText('연관 ID');
  // Each step opens onto the event recorded behind it.
  const approval = chain.getByRole('listitem').filter({ hasText: '지원 승인' }).first();
  await approval.getByText(/^기록된 이벤트 보기/).click();
  await expect(approval.getByLabel('AwardApproved 이벤트 내용')).toContainText('"grantId"');

  // The same chain as one file, which the verifier an auditor runs (npx yunghap-verify) accepts
  // against the keys the platform publishes.
  const [download] = await Promise.all([page.waitForEvent('download'), chain.getByRole('link', { name: '증거 꾸러미 내려받기 (JSON)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^evidence_.+\.json$|^증거_/);
  const keys = await readApi<{ logs: readonly { verifierKeys: readonly string[] }[] }>(page, '/.well-known/yunghap-audit-keys');
  const keysFile = path.join(await mkdtemp(path.join(tmpdir(), 'yunghap-keys-')), 'trusted-keys.txt');
  await writeFile(keysFile, keys.logs.flatMap((log) => log.verifierKeys).join('\n'));
  const verifier = path.resolve(__dirname, '../../../libs/platform/audit-verifier/bin/yunghap-verify.mjs');
  const verdict = spawnSync(process.execPath, [verifier, await download.path(), '--trusted-keys', keysFile], { encoding: 'utf8' });
  expect(verdict.status, verdict.stdout + verdict.stderr).toBe(0);
  await expect(page.getByRole('button')).toHaveCount(await page.getByRole('banner').getByRole('button').count());
  await expectAccessible(page);
});

test("an auditor checks each line's equation and verifies the money log against its witnesses", async ({ page }) => {
  await signInAs(page, PEOPLE.auditor);
  await openMenu(page, '감사 점검');
  const check = await readApi<{ lines: readonly { lineId: string }[] }>(page, '/api/grants/budget/check');
  const equations = page.getByRole('region', { name: '예산 등식 점검' });
  for (const { lineId } of check.lines) await expect(equations.locator(`tr[data-line="${lineId}"]`)).toContainText('성립');
  await expect(page.getByText(/모든 사업의 등식이 성립합니다/)).toBeVisible();

  await page.getByRole('button', { name: '검증 실행' }).click();
  await expect(
    page.getByText(
      /^이상 없음: 스트림 \d+개, 이벤트 \d+건의 해시 체인이 온전(하고, 증인이 서명된 체크포인트로 본 \d+건이 그대로입니다|합니다\. 아직 증인이 본 체크포인트가 없습니다)/,
    ),
  ).toBeVisible();
  await expectAccessible(page);
});
