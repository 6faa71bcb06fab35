import { expect, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { gotoHydrated, shownMessage } from './helpers';

// A plan with a unique marker in every personal field, and the lock: shared by the lock's tests
// and the egress audit, which both look for the marker where it must never be.

export const newMarker = () => `MARKER-${randomUUID().slice(0, 8)}`;

/** A week ahead at 10:30, as a datetime-local value. */
function nextWeek(): string {
  const d = new Date();
  d.setDate(d.getDate() + 7);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T10:30`;
}

async function openAdd(page: Page, section: string) {
  const details = page.locator(`${section} details.add`);
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  return details.locator('form');
}

export async function addContact(page: Page, m: string) {
  const form = await openAdd(page, '.contacts');
  await form.getByLabel('Name').fill(`${m} Sam`);
  await form.getByLabel('Phone (optional)').fill(`07700 ${m}`);
  await form.getByLabel('Notes (optional)').fill(`${m} contact notes`);
  await form.getByRole('button', { name: 'Add contact' }).click();
  await expect(page.getByTestId('contact').filter({ hasText: `${m} Sam` })).toBeVisible();
}

/** A plan with a marker in every field My plan's forms have: an own checklist item, an appointment, a contact. */
export async function makePlan(page: Page, m: string) {
  await gotoHydrated(page, '/en/plan/');
  await page.getByRole('checkbox', { name: "I'm already out" }).check();
  await page.getByRole('button', { name: 'Make my plan' }).click();
  await expect(page.getByTestId('plan-item')).toHaveCount(16);
  await addMarkedRows(page, m);
}

/** On an open plan: an own item, an appointment and a contact, each field holding the marker. */
export async function addMarkedRows(page: Page, m: string) {
  const count = await page.getByTestId('plan-item').count();
  const item = await openAdd(page, '.checklist');
  await item.getByLabel('What do you need to do?').fill(`${m} pick up my bag`);
  await item.getByLabel('Notes (optional)').fill(`${m} item notes`);
  await item.getByRole('button', { name: 'Add to my checklist' }).click();
  await expect(page.getByTestId('plan-item')).toHaveCount(count + 1);

  const appointment = await openAdd(page, '.appointments');
  await appointment.getByLabel('What is it?').fill(`${m} probation`);
  await appointment.getByLabel('Date and time').fill(nextWeek());
  await appointment.getByLabel('Where', { exact: true }).fill(`${m} office`);
  await appointment.getByLabel('Phone (optional)').fill(`0113 ${m}`);
  await appointment.getByLabel('Notes (optional)').fill(`${m} appointment notes`);
  await appointment.getByRole('button', { name: 'Add appointment' }).click();
  await expect(page.getByTestId('appointment').filter({ hasText: `${m} probation` })).toBeVisible();

  await addContact(page, m);
}

/** Turns the lock on in More (the page is left there, unlocked). */
export async function turnOnLock(page: Page, kind: 'pin' | 'passphrase', secret: string) {
  await gotoHydrated(page, '/en/more/');
  await page.getByRole('button', { name: 'Set up the lock' }).click();
  await expect(page.getByRole('radio', { name: 'A PIN (4 to 6 numbers)' })).toBeFocused();
  if (kind === 'passphrase') await page.getByRole('radio', { name: 'A passphrase (a few words)' }).check();
  await page.getByLabel(kind === 'pin' ? 'New PIN' : 'New passphrase').fill(secret);
  await page.getByLabel('Type it again').fill(secret);
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  const on = kind === 'pin' ? 'The lock is on. It uses a PIN.' : 'The lock is on. It uses a passphrase.';
  await expect(shownMessage(page).filter({ hasText: on })).toBeVisible({ timeout: 20_000 });
}

