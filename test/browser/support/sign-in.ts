import { expect, Page } from '@playwright/test';
import { Person } from './people';

/** Signs in as a person would: the console's sign-in, then the development provider's "sign in as" page. */
export async function signInAs(page: Page, person: Person, returnTo = '/'): Promise<void> {
  await page.goto(`/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
  await expect(page.getByRole('heading', { name: /개발용 로그인/ })).toBeVisible();
  await page.getByRole('button', { name: new RegExp(`^${person.name}`) }).click();
  await expect(page.locator('.site-header__person')).toContainText(person.name);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /로그아웃|Sign out/ }).click();
  await expect(page.getByRole('link', { name: /^(로그인|Sign in)$/ })).toBeVisible();
}
