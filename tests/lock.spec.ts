import { expect, test, type Page } from '@playwright/test';
import { announced, axeViolations, gotoHydrated, shownMessage, sidewaysOverflow, textAt200Percent, waitForServiceWorker } from './helpers';
import { addContact, addMarkedRows, makePlan, newMarker, turnOnLock } from './personal-data';

// The lock (issue #7): PIN or passphrase in More, personal rows encrypted at rest, an unlock form
// that shows nothing personal, a wait after wrong tries, auto-lock, and turning it off again.

/** A backup file with a marker in every personal field, the plan's area and a saved service included. */
function markedBackup(m: string, suffix: string, withPlan: boolean): string {
  const data = {
    plan: !withPlan ? [] : [{ id: 'plan', releaseAt: null, alreadyOut: true, area: { label: `${m} area`, query: `${m} query` }, createdAt: Date.now() }],
    planItems: [{ id: `item${suffix}`, template: null, title: `${m} item`, note: `${m} note`, dueAt: Date.now() + 86_400_000, done: false, createdAt: Date.now() }],
    appointments: [{ id: `appt${suffix}`, title: `${m} title`, startsAt: Date.now() + 86_400_000, place: `${m} place`, serviceId: `service-${m}`, phone: `${m} phone`, notes: `${m} notes` }],
    contacts: [{ id: `contact${suffix}`, name: `${m} name`, role: 'keyWorker', phone: `${m} phone`, notes: `${m} notes`, createdAt: Date.now() }],
    saved: [{ id: `service-${m}`, name: `${m} service`, town: `${m} town`, categories: ['housing'], savedAt: Date.now() }]
  };
  return JSON.stringify({ format: 'onward-backup', version: 1, exportedAt: Date.now(), data: { ...data, place: null } });
}

async function importFile(page: Page, text: string, mode: 'Add to what is on this phone' | 'Replace what is on this phone') {
  await page.getByLabel('Choose your Onward file').setInputFiles({ name: 'onward.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByRole('button', { name: mode }).click();
  if (mode === 'Replace what is on this phone') await page.getByRole('button', { name: 'Yes, replace it' }).click();
  await expect(shownMessage(page).filter({ hasText: 'Your copy is back on this phone.' })).toBeVisible({ timeout: 15_000 });
}

/** What is visible, and the whole HTML: neither may hold a marker while locked. */
async function pageText(page: Page): Promise<string> {
  return `${await page.evaluate(() => document.body.innerText)}\n${await page.content()}`;
}

/** Every row of every personal store, as stored. */
function personalRows(page: Page) {
  return page.evaluate(
    () =>
      new Promise<Record<string, Record<string, unknown>[]>>((resolve, reject) => {
        const open = indexedDB.open('onward');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = ['plan', 'planItems', 'appointments', 'contacts', 'saved'];
          const tx = db.transaction(names, 'readonly');
          const out: Record<string, Record<string, unknown>[]> = {};
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => (out[name] = request.result);
          }
          tx.oncomplete = () => (db.close(), resolve(out));
        };
      })
  );
}

/**
 * Everything this origin keeps: every IndexedDB database, store, row (JSON, nested fields and
 * bytes included), primary key and index key; every Cache Storage entry (cache name, URL, body);
 * every localStorage and sessionStorage key and value. Returns where each marker was found, and
 * how much was read (so an empty dump cannot pass for a clean one).
 */
function storageDump(page: Page, markers: string[]) {
  return page.evaluate(async (markers) => {
    const hits: string[] = [];
    const counts = { databases: 0, stores: 0, rows: 0, indexKeys: 0, cacheEntries: 0, storageKeys: 0 };
    const bytes = (_: string, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as Uint8Array) : v instanceof ArrayBuffer ? Array.from(new Uint8Array(v)) : v);
    const look = (where: string, text: string) => {
      for (const m of markers) if (text.includes(m)) hits.push(`${where}: ${m}`);
    };
    const request = <T>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));

    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      counts.databases++;
      look('database name', name);
      const db = await request(indexedDB.open(name));
      for (const storeName of Array.from(db.objectStoreNames)) {
        counts.stores++;
        const store = db.transaction(storeName, 'readonly').objectStore(storeName);
        const rows = await request(store.getAll());
        counts.rows += rows.length;
        look(`${name}.${storeName} rows`, JSON.stringify(rows, bytes));
        look(`${name}.${storeName} keys`, JSON.stringify(await request(store.getAllKeys()), bytes));
        for (const indexName of Array.from(store.indexNames)) {
          // The index's own keys (what it sorts by), read with a key cursor.
          const keys: IDBValidKey[] = [];
          await new Promise<void>((resolve, reject) => {
            const cursor = db.transaction(storeName, 'readonly').objectStore(storeName).index(indexName).openKeyCursor();
            cursor.onsuccess = () => {
              if (!cursor.result) return resolve();
              keys.push(cursor.result.key);
              cursor.result.continue();
            };
            cursor.onerror = () => reject(cursor.error);
          });
          counts.indexKeys += keys.length;
          look(`${name}.${storeName}.${indexName} index keys`, JSON.stringify(keys, bytes));
        }
      }
      db.close();
    }

    for (const cacheName of await caches.keys()) {
      look('cache name', cacheName);
      const cache = await caches.open(cacheName);
      for (const req of await cache.keys()) {
        counts.cacheEntries++;
        look(`cache ${cacheName} url`, req.url);
        const response = await cache.match(req);
        if (response) look(`cache ${cacheName} body ${req.url}`, await response.text());
      }
    }

    for (const [label, storage] of [['localStorage', localStorage], ['sessionStorage', sessionStorage]] as const) {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i) ?? '';
        counts.storageKeys++;
        look(`${label} key`, key);
        look(`${label} value of ${key}`, storage.getItem(key) ?? '');
      }
    }
    return { hits, counts };
  }, markers);
}

test('a PIN in More: My plan then shows only the unlock form; a wrong PIN waits; the right one brings the plan back; turning it off leaves the data plain and whole', async ({ page }) => {
  test.setTimeout(90_000);
  const m = newMarker();
  await makePlan(page, m);
  const before = await personalRows(page);
  expect(JSON.stringify(before)).toContain(m);

  // The Lock section with its choices open, and a mistake shown.
  await gotoHydrated(page, '/en/more/');
  await page.getByRole('button', { name: 'Set up the lock' }).click();
  await expect(page.getByTestId('lock-truth')).toHaveText(/A PIN is a quick lock\..*could try every PIN\./);
  await page.getByLabel('New PIN').fill('12');
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await expect(page.getByLabel('New PIN')).toHaveAccessibleDescription('Type 4 to 6 numbers.');
  await expect(page.getByLabel('New PIN')).toBeFocused();
  await page.getByRole('radio', { name: 'A passphrase (a few words)' }).check();
  await expect(page.getByTestId('lock-truth')).toHaveText(/also keeps your data safe if someone copies it off your phone/);
  expect(await axeViolations(page)).toEqual([]);

  await turnOnLock(page, 'pin', '2468');
  expect(await axeViolations(page)).toEqual([]);

  // A full page load starts locked.
  await gotoHydrated(page, '/en/plan/');
  await expect(page.getByRole('heading', { name: 'Locked' })).toBeVisible();
  const pin = page.getByLabel('PIN', { exact: true });
  await expect(pin).toHaveAttribute('inputmode', 'numeric');
  expect(await pageText(page)).not.toContain(m);
  expect(await axeViolations(page)).toEqual([]);

  await pin.fill('1357');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(shownMessage(page).filter({ hasText: 'That PIN is not right.' })).toBeVisible({ timeout: 15_000 });
  await expect(announced(page)).toHaveText(/^That PIN is not right\. You can try again in/);
  await expect(page.getByTestId('lock-wait')).toHaveText(/You can try again in [12] seconds?\./);
  await expect(pin).toHaveValue('');
  await expect(pin).toBeFocused();
  expect(await pageText(page)).not.toContain(m);

  // A second wrong try (after the first wait) doubles the wait, and a reload does not reset it.
  await expect(page.getByTestId('lock-wait')).toBeHidden({ timeout: 5000 });
  await pin.fill('0000');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByTestId('lock-wait')).toHaveText(/You can try again in [12] seconds?\./, { timeout: 15_000 });
  await page.reload();
  await expect(page.getByTestId('lock-wait')).toHaveText(/You can try again in [12] seconds?\./);
  await expect(page.getByTestId('lock-wait')).toBeHidden({ timeout: 5000 });

  await page.getByLabel('PIN', { exact: true }).fill('2468');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByTestId('contact').filter({ hasText: `${m} Sam` })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('appointment').filter({ hasText: `${m} probation` })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: `${m} pick up my bag` })).toBeVisible();

  // Turn it off in More (a new page load: locked again, so the PIN is what proves it is you).
  await gotoHydrated(page, '/en/more/');
  await expect(page.getByText('The lock is on. It uses a PIN.')).toBeVisible();
  await page.getByLabel('Your PIN').fill('2468');
  await page.getByRole('button', { name: 'Turn off the lock' }).click();
  await expect(shownMessage(page).filter({ hasText: 'The lock is off.' })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('button', { name: 'Turn on the lock' })).toBeVisible();

  const after = await personalRows(page);
  const byId = (rows: Record<string, unknown>[]) => [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)));
  for (const table of Object.keys(before)) expect(byId(after[table]!), table).toEqual(byId(before[table]!));
  await gotoHydrated(page, '/en/plan/');
  await expect(page.getByTestId('contact').filter({ hasText: `${m} Sam` })).toBeVisible();
});

test('locks itself after 5 minutes in the background, not after 4; the Saved list in More is locked too', async ({ page }) => {
  test.setTimeout(60_000);
  await page.clock.install();
  const m = newMarker();
  await makePlan(page, m);
  await turnOnLock(page, 'pin', '8642');
  // In the same page (no reload), so the key is still held.
  await page.getByRole('link', { name: 'My plan' }).click();
  await expect(page.getByTestId('contact').filter({ hasText: `${m} Sam` })).toBeVisible({ timeout: 15_000 });

  const visibility = (state: 'hidden' | 'visible') =>
    page.evaluate((state) => {
      Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    }, state);

  await visibility('hidden');
  await page.clock.fastForward('04:00');
  await visibility('visible');
  await expect(page.getByTestId('contact').filter({ hasText: `${m} Sam` })).toBeVisible();

  await visibility('hidden');
  await page.clock.fastForward('05:01');
  await visibility('visible');
  await expect(page.getByRole('heading', { name: 'Locked' })).toBeVisible();
  await expect(page.getByTestId('contact')).toHaveCount(0);
  expect(await page.evaluate(() => document.body.innerText)).not.toContain(m);

  await page.getByRole('link', { name: 'More' }).click();
  await expect(page.getByTestId('saved-list').getByLabel('PIN', { exact: true })).toBeVisible();
  await expect(page.getByTestId('lock-section').getByRole('button', { name: 'Lock now' })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});

test('Quick exit forgets the key at once', async ({ page }) => {
  const m = newMarker();
  await makePlan(page, m);
  await turnOnLock(page, 'pin', '1470');
  await page.getByRole('link', { name: 'My plan' }).click();
  await expect(page.getByTestId('contact').filter({ hasText: `${m} Sam` })).toBeVisible({ timeout: 15_000 });
  // What Quick exit dispatches, synchronously, before it covers the page and leaves.
  await page.evaluate(() => window.dispatchEvent(new Event('onward:quick-exit')));
  await expect(page.getByRole('heading', { name: 'Locked' })).toBeVisible();
  expect(await page.evaluate(() => document.body.innerText)).not.toContain(m);
});

test('storage dump with the lock on: no marker anywhere this origin keeps (IndexedDB rows, keys and index keys, caches, local and session storage)', async ({ page }) => {
  test.setTimeout(120_000);
  const m = newMarker();
  const later = newMarker();
  await gotoHydrated(page, '/en/');
  await waitForServiceWorker(page);
  // A real saved service, from its page: under the lock even its id must not be readable.
  await gotoHydrated(page, '/en/service/demo-stevenage-recovery-hub/');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Remove from saved' })).toBeVisible();
  // The fields the forms do not reach (the plan's area, a saved service) come in by Import; the rest are typed.
  await gotoHydrated(page, '/en/more/');
  await importFile(page, markedBackup(m, '-file', true), 'Add to what is on this phone');
  await gotoHydrated(page, '/en/plan/');
  await expect(page.getByText(`Going to: ${m} area`)).toBeVisible();
  await addMarkedRows(page, m);
  expect((await storageDump(page, [m])).hits.length).toBeGreaterThan(0);

  await turnOnLock(page, 'passphrase', 'blue kettle rain stone');
  // While unlocked: an import and a new contact are sealed on the way in.
  await importFile(page, markedBackup(later, '-later', false), 'Add to what is on this phone');
  await page.getByRole('link', { name: 'My plan' }).click();
  await expect(page.getByTestId('contact').filter({ hasText: `${m} Sam` })).toBeVisible({ timeout: 15_000 });
  await addContact(page, later);
  await expect(page.getByTestId('contact')).toHaveCount(4);

  const dump = await storageDump(page, [m, later, 'demo-stevenage-recovery-hub', 'Example Recovery Hub Stevenage']);
  // No marker anywhere. The saved service may not be named in Onward's own database; the
  // directory's pages and data are in the service worker's caches (and Workbox's expiry
  // database lists the service pages visited, saved or not: that is browsing history, which the
  // lock does not cover; the Staying safe page says how to clear it).
  expect(dump.hits.filter((hit) => hit.includes('MARKER-') || hit.startsWith('onward.'))).toEqual([]);
  expect(dump.counts.databases).toBeGreaterThanOrEqual(1);
  expect(dump.counts.rows).toBeGreaterThan(12);
  expect(dump.counts.indexKeys).toBeGreaterThan(3);
  expect(dump.counts.cacheEntries).toBeGreaterThan(10);

  // And once the page is reloaded (locked): the same, and the screens show nothing.
  await gotoHydrated(page, '/en/more/');
  expect((await storageDump(page, [m, later])).hits).toEqual([]);
  await expect(page.getByTestId('saved-list').getByLabel('Passphrase', { exact: true })).toBeVisible();
  expect(await pageText(page)).not.toContain(m);
});

test('a service page while locked: Save says the lock is on; unlocked in More, it knows the service is saved', async ({ page }) => {
  await gotoHydrated(page, '/en/service/demo-stevenage-recovery-hub/');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Remove from saved' })).toBeVisible();
  await turnOnLock(page, 'pin', '9753');

  await gotoHydrated(page, '/en/service/demo-stevenage-recovery-hub/');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(shownMessage(page).filter({ hasText: 'The lock is on. Unlock it first, then try again.' })).toBeVisible();

  // Unlock in More, then go to the saved service from the list (same page: the key is held).
  await gotoHydrated(page, '/en/more/');
  await page.getByTestId('saved-list').getByLabel('PIN', { exact: true }).fill('9753');
  await page.getByTestId('saved-list').getByRole('button', { name: 'Unlock' }).click();
  await page.getByTestId('saved-list').getByRole('link', { name: /Recovery Hub/ }).click();
  await expect(page.getByRole('button', { name: 'Remove from saved' })).toBeVisible();
});

test('locked, More still deletes everything (and the lock with it); export first asks to unlock', async ({ page }) => {
  const m = newMarker();
  await makePlan(page, m);
  await turnOnLock(page, 'pin', '2580');
  await gotoHydrated(page, '/en/more/');
  await page.getByRole('button', { name: 'Export my data' }).click();
  await expect(shownMessage(page).filter({ hasText: 'The lock is on. Unlock it first, then try again.' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(shownMessage(page).filter({ hasText: 'Everything was deleted from this phone.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Turn on the lock' })).toBeVisible();
  expect(JSON.stringify(await personalRows(page))).toBe(JSON.stringify({ plan: [], planItems: [], appointments: [], contacts: [], saved: [] }));
  await gotoHydrated(page, '/en/plan/');
  await expect(page.getByRole('heading', { name: 'Start your plan' })).toBeVisible();
});

test.describe('at 320 px with text at 200 %', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('the Lock section and the unlock form fit, with no sideways scrolling, and their controls are 44 px or more', async ({ page, context }) => {
    test.setTimeout(60_000);
    await textAt200Percent(page, context);
    const overflow = () => sidewaysOverflow(page);
    const tall = async (locator: ReturnType<Page['locator']>) => {
      for (let i = 0; i < (await locator.count()); i++) {
        const box = await locator.nth(i).boundingBox();
        expect(box?.height, (await locator.nth(i).textContent()) ?? '').toBeGreaterThanOrEqual(44);
      }
    };

    await gotoHydrated(page, '/fr/more/'); // the longest words
    await page.getByRole('button', { name: 'Choisir un verrou' }).click();
    await expect(page.getByRole('button', { name: 'Activer le verrou' })).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await tall(page.getByTestId('lock-section').locator('button, label.choice'));

    await page.getByLabel('Nouveau code').fill('2468');
    await page.getByLabel('Tapez-le à nouveau').fill('2468');
    await page.getByRole('button', { name: 'Activer le verrou' }).click();
    await expect(shownMessage(page).filter({ hasText: 'Le verrou est activé. Il utilise un code.' })).toBeVisible({ timeout: 20_000 });
    await gotoHydrated(page, '/fr/plan/');
    await expect(page.getByRole('heading', { name: 'Verrouillé' })).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await tall(page.locator('main button, main .forgot a'));

    // No plan yet: once unlocked, the Start questions (a new plan will be sealed).
    await page.getByLabel('Code', { exact: true }).fill('2468');
    await page.getByRole('button', { name: 'Déverrouiller' }).click();
    await expect(page.getByRole('heading', { name: 'Commencer votre plan' })).toBeVisible({ timeout: 15_000 });
  });
});
