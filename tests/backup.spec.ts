import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { announced, axeViolations, gotoHydrated, shownMessage } from './helpers';

/** Every record in every personal store, read straight from IndexedDB, sorted by id. */
function dumpStores(page: Page) {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('onward');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = ['plan', 'planItems', 'appointments', 'contacts', 'saved', 'settings'].filter((n) => db.objectStoreNames.contains(n));
          const tx = db.transaction(names, 'readonly');
          const out: Record<string, unknown[]> = {};
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => {
              out[name] = name === 'settings' ? request.result.filter((r: { key: string }) => r.key === 'place') : request.result;
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      })
  );
}

const empty = { plan: [], planItems: [], appointments: [], contacts: [], saved: [], settings: [] };

async function makeData(page: Page) {
  // A saved service, a remembered place and a plan with an appointment and a contact.
  await gotoHydrated(page, '/en/service/demo-stevenage-recovery-hub/');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Remove from saved' })).toBeVisible();
  await gotoHydrated(page, '/en/plan/');
  // The remembered place of Find help.
  await gotoHydrated(page, '/en/find/');
  await page.getByLabel('Where are you?').fill('Leeds');
  await page.getByRole('button', { name: 'Find', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Change place' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('onward.placeSaved'))).toBe('1');
  await gotoHydrated(page, '/en/plan/');
  await page.getByLabel('Which area are you going to?').fill('Leeds');
  await page.getByRole('button', { name: 'Find', exact: true }).click();
  await expect(page.getByTestId('area-field')).toContainText('Near Leeds');
  await page.getByRole('checkbox', { name: "I'm already out" }).check();
  await page.getByRole('button', { name: 'Make my plan' }).click();
  await page.getByRole('checkbox', { name: 'Carry naloxone' }).check();
  await page.locator('.contacts summary').click();
  await page.locator('.contacts details.add form').getByLabel('Name').fill('Sam Example');
  await page.getByRole('button', { name: 'Add contact' }).click();
  await expect(page.getByTestId('contact')).toHaveCount(1);
}

async function exportFile(page: Page, passphrase = ''): Promise<string> {
  await gotoHydrated(page, '/en/more/');
  if (passphrase) {
    await page.getByLabel('Passphrase (optional)').fill(passphrase);
    await page.getByLabel('Type the passphrase again').fill(passphrase);
  }
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export my data' }).click();
  return readFile((await (await download).path())!, 'utf8');
}

async function deleteEverything(page: Page) {
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await expect(page.getByRole('button', { name: 'No, keep it' })).toBeFocused();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(shownMessage(page).filter({ hasText: 'Everything was deleted from this phone.' })).toBeVisible();
}

/** Replace, after the confirmation that says what this phone holds now. */
async function replaceWithCopy(page: Page, phoneNow: string) {
  await page.getByRole('button', { name: 'Replace what is on this phone' }).click();
  await expect(page.getByText(`This phone now has ${phoneNow}. They will all be deleted`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'No, keep what is on this phone' })).toBeFocused();
  await page.getByRole('button', { name: 'Yes, replace it' }).click();
  const done = shownMessage(page).filter({ hasText: 'Your copy is back on this phone.' });
  await expect(done).toBeVisible();
  await expect(done).toBeFocused();
}

async function importText(page: Page, text: string) {
  await page.getByLabel('Choose your Onward file').setInputFiles({ name: 'onward.json', mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('export → delete all → import gives back exactly what was there', async ({ page }) => {
  await makeData(page);
  const before = await dumpStores(page);
  expect(before.planItems).toHaveLength(16);
  expect(before.saved).toHaveLength(1);
  expect(before.settings).toHaveLength(1);

  const text = await exportFile(page);
  expect(JSON.parse(text)).toMatchObject({ format: 'onward-backup', version: 1 });
  await expect(page.getByTestId('storage-persistence')).toContainText('Storage:');
  expect(await axeViolations(page)).toEqual([]);

  await deleteEverything(page);
  expect(await dumpStores(page)).toEqual(empty);
  // The flags go too: My plan starts again, without opening the database.
  expect(await page.evaluate(() => [localStorage.getItem('onward.planSaved'), localStorage.getItem('onward.placeSaved')])).toEqual([null, null]);

  await importText(page, text);
  await expect(shownMessage(page).filter({ hasText: 'This copy has 16 checklist items, 0 appointments, 1 contact and 1 saved service.' })).toBeVisible();
  await expect(announced(page)).toHaveText('This copy has 16 checklist items, 0 appointments, 1 contact and 1 saved service.');
  expect(await axeViolations(page)).toEqual([]);
  await replaceWithCopy(page, '0 checklist items, 0 appointments, 0 contacts and 0 saved services');
  expect(await dumpStores(page)).toEqual(before);

  await gotoHydrated(page, '/en/plan/');
  await expect(page.getByTestId('plan-progress')).toHaveText('1 of 16 done');
});

test('an encrypted copy opens only with its passphrase; bad files write nothing', async ({ page }) => {
  test.setTimeout(60_000);
  await makeData(page);
  const before = await dumpStores(page);
  const encrypted = await exportFile(page, 'correct horse battery staple');
  expect(encrypted).not.toContain('Sam Example');

  await deleteEverything(page);
  const refusals: [string, string][] = [
    ['a photo, not ours', 'hello, this is not JSON'],
    ['someone else’s JSON', JSON.stringify({ contacts: [{ name: 'x' }] })],
    ['a newer version', JSON.stringify({ format: 'onward-backup', version: 99, exportedAt: 1, data: {} })],
    ['cut short', encrypted.slice(0, 200)]
  ];
  const messages = ['This is not an Onward file.', 'This is not an Onward file.', 'This file comes from a newer version of Onward.', 'This file is damaged or incomplete.'];
  for (const [i, [, text]] of refusals.entries()) {
    await importText(page, text);
    await expect(shownMessage(page).filter({ hasText: messages[i]! })).toBeVisible();
    expect(await dumpStores(page)).toEqual(empty);
  }

  // Tampered: one character of the ciphertext changed.
  const file = JSON.parse(encrypted) as { ciphertext: string };
  const flipped = file.ciphertext[10] === 'A' ? 'B' : 'A';
  await importText(page, JSON.stringify({ ...file, ciphertext: file.ciphertext.slice(0, 10) + flipped + file.ciphertext.slice(11) }));
  await page.getByLabel('This copy has a passphrase').fill('correct horse battery staple');
  await page.getByRole('button', { name: 'Open' }).click();
  await expect(shownMessage(page).filter({ hasText: 'That passphrase does not open this file' })).toBeVisible({ timeout: 15_000 });
  expect(await dumpStores(page)).toEqual(empty);

  await importText(page, encrypted);
  await page.getByLabel('This copy has a passphrase').fill('wrong passphrase');
  await page.getByRole('button', { name: 'Open' }).click();
  await expect(shownMessage(page).filter({ hasText: 'That passphrase does not open this file' })).toBeVisible({ timeout: 15_000 });
  expect(await dumpStores(page)).toEqual(empty);

  await page.getByLabel('This copy has a passphrase').fill('correct horse battery staple');
  await page.getByRole('button', { name: 'Open' }).click();
  await expect(shownMessage(page).filter({ hasText: 'This copy has 16 checklist items' })).toBeFocused({ timeout: 15_000 });
  await replaceWithCopy(page, '0 checklist items, 0 appointments, 0 contacts and 0 saved services');
  expect(await dumpStores(page)).toEqual(before);
});

test('a passphrase typo or a short passphrase makes no file; No keeps the phone as it is', async ({ page }) => {
  await makeData(page);
  await gotoHydrated(page, '/en/more/');
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByLabel('Passphrase (optional)').fill('short');
  await page.getByLabel('Type the passphrase again').fill('short');
  await page.getByRole('button', { name: 'Export my data' }).click();
  await expect(page.getByText('Your passphrase is too short.')).toBeVisible();
  await expect(page.getByLabel('Passphrase (optional)')).toBeFocused();
  await page.getByLabel('Passphrase (optional)').fill('correct horse battery staple');
  await page.getByLabel('Type the passphrase again').fill('correct horse battery stapel');
  await page.getByRole('button', { name: 'Export my data' }).click();
  await expect(page.getByText('The two passphrases are not the same.')).toBeVisible();
  await expect(page.getByLabel('Type the passphrase again')).toBeFocused();
  expect(downloads).toBe(0);

  // Replace asks first, saying what this phone holds; No changes nothing.
  const before = await dumpStores(page);
  const text = JSON.stringify({ format: 'onward-backup', version: 1, exportedAt: 1, data: { plan: [], planItems: [], appointments: [], contacts: [], saved: [], place: null } });
  await importText(page, text);
  await page.getByRole('button', { name: 'Replace what is on this phone' }).click();
  await expect(page.getByText('This phone now has 16 checklist items, 0 appointments, 1 contact and 1 saved service.')).toBeVisible();
  await page.getByRole('button', { name: 'No, keep what is on this phone' }).click();
  await expect(page.getByRole('button', { name: 'Replace what is on this phone' })).toBeFocused();
  expect(await dumpStores(page)).toEqual(before);
});
