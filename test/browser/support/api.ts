import { expect, Page } from '@playwright/test';

/** Reads a service's answer through the gateway as the signed-in person (the page's session cookie), expecting 200. */
export async function readApi<T>(page: Page, path: string): Promise<T> {
  const answer = await page.request.get(path);
  expect(answer.status(), `${path}: ${await answer.text()}`).toBe(200);
  return (await answer.json()) as T;
}

const WON = new Intl.NumberFormat('ko-KR', { style: 'currency', currency: 'KRW', maximumFractionDigits: 0 });

/** An amount as the console writes it (`₩1,234,000`). */
export const won = (amount: number): string => WON.format(amount);

/** Goes to a page of the main menu by its label. */
export async function openMenu(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: label, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}
