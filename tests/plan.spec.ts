import { expect, test, type Page } from '@playwright/test';
import { announced, axeViolations, gotoHydrated, shownMessage, withOwnServer } from './helpers';
import { ports } from './ports';

/** A Wednesday 9am release, a week ahead of whenever the test runs (local time of the browser). */
function releaseInput(): string {
  const d = new Date();
  d.setDate(d.getDate() + ((3 - d.getDay() + 7) % 7 || 7));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T09:00`;
}

function soon(days: number, hour: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(hour)}:30`;
}

async function startPlan(page: Page, release = releaseInput()) {
  await gotoHydrated(page, '/en/plan/');
  await expect(page.getByRole('heading', { name: 'Start your plan' })).toBeVisible();
  await page.getByLabel('Date and time').fill(release);
  await page.getByRole('button', { name: 'Make my plan' }).click();
  await expect(page.getByTestId('plan-progress')).toHaveText('0 of 16 done');
}

/** Opens an "Add …" section, unless it is open already. */
async function openAdd(page: Page, section: string) {
  const details = page.locator(`${section} details.add`);
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
}

async function addAppointment(page: Page, title: string, when: string) {
  await openAdd(page, '.appointments');
  const form = page.locator('.appointments details.add form');
  await form.getByLabel('What is it?').fill(title);
  await form.getByLabel('Date and time').fill(when);
  await form.getByLabel('Where', { exact: true }).fill('Example Probation Office, Leeds');
  await form.getByLabel('Phone (optional)').fill('0113 496 0000');
  await form.getByRole('button', { name: 'Add appointment' }).click();
  // The list is drawn from the database, so seeing it means the write has finished.
  await expect(page.getByTestId('appointment').filter({ hasText: title })).toBeVisible();
}

async function addContact(page: Page, name: string) {
  await openAdd(page, '.contacts');
  const form = page.locator('.contacts details.add form');
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Who they are').selectOption({ label: 'Probation officer' });
  await form.getByLabel('Phone (optional)').fill('07700 900123');
  await form.getByRole('button', { name: 'Add contact' }).click();
  await expect(page.getByTestId('contact').filter({ hasText: name })).toBeVisible();
}

test('a first visit shows the Start questions without downloading the database code', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  await gotoHydrated(page, '/en/plan/');
  await expect(page.getByRole('heading', { name: 'Start your plan' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: "I'm already out" })).toBeVisible();
  await expect(page.getByLabel('Which area are you going to?')).toBeVisible();
  const dexie = await Promise.all(scripts.map((url) => page.evaluate((u) => fetch(u).then((r) => r.text()), url)));
  expect(dexie.filter((text) => text.includes('Dexie'))).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
});

test('create a plan, tick items, add an appointment and a contact, reload: all there', async ({ page }) => {
  await startPlan(page);
  const items = page.getByTestId('plan-item');
  await expect(items).toHaveCount(16);
  // Ordered by due time: the things to do as you walk out come first.
  await expect(items.first()).toContainText('Carry naloxone');
  await expect(page.getByText(/You get out on/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('checkbox', { name: 'Carry naloxone' }).check();
  await page.getByRole('checkbox', { name: 'See probation' }).check();
  await expect(page.getByTestId('plan-progress')).toHaveText('2 of 16 done');

  // Find help links go to the matching category.
  await expect(page.getByRole('link', { name: 'Find help Somewhere to sleep tonight' })).toHaveAttribute('href', '/en/find/?c=housing');

  await addAppointment(page, 'Probation: first meeting', soon(1, 14));
  await expect(page.getByTestId('next-appointment')).toContainText('Probation: first meeting');
  await addContact(page, 'Sam Example');
  const contact = page.getByTestId('contact');
  await expect(contact).toContainText('Sam Example');
  await expect(contact.getByRole('link', { name: 'Call Sam Example' })).toHaveAttribute('href', 'tel:07700900123');
  await expect(contact.getByRole('link', { name: 'Text Sam Example' })).toHaveAttribute('href', 'sms:07700900123');

  // Own item, then delete it and undo.
  await page.locator('.checklist details.add summary').click();
  await page.locator('.checklist details.add form').getByLabel('What do you need to do?').fill('Pick up my bag from Mum');
  await page.getByRole('button', { name: 'Add to my checklist' }).click();
  await expect(page.getByTestId('plan-progress')).toHaveText('2 of 17 done');
  await page.getByRole('button', { name: 'Delete Pick up my bag from Mum' }).click();
  await expect(page.getByTestId('plan-progress')).toHaveText('2 of 16 done');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('plan-progress')).toHaveText('2 of 17 done');
  // Undo is gone: focus is on the message saying what came back, not lost to the page.
  await expect(shownMessage(page).filter({ hasText: 'Pick up my bag from Mum is back.' })).toBeFocused();

  await page.reload();
  await expect(page.getByTestId('plan-progress')).toHaveText('2 of 17 done');
  await expect(page.getByRole('checkbox', { name: 'Carry naloxone' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Pick up my bag from Mum' })).not.toBeChecked();
  await expect(page.getByTestId('appointment')).toContainText('Probation: first meeting');
  await expect(page.getByTestId('contact')).toContainText('Sam Example');
  await expect(page.getByTestId('next-appointment')).toContainText('Probation: first meeting');
});

test('"I\'m already out": nothing starts overdue; edit an item', async ({ page }) => {
  await gotoHydrated(page, '/en/plan/');
  await page.getByRole('checkbox', { name: "I'm already out" }).check();
  await page.getByRole('button', { name: 'Make my plan' }).click();
  await expect(page.getByText("You're already out.")).toBeVisible();
  await expect(page.getByTestId('plan-item')).toHaveCount(16);
  await expect(page.getByText(/^Overdue/)).toHaveCount(0);
  await expect(page.getByTestId('plan-item').first()).toContainText('Today');

  await page.getByRole('button', { name: 'Edit Register with a GP' }).click();
  const form = page.getByTestId('plan-item').filter({ hasText: 'Register with a GP' }).locator('form');
  await form.getByLabel('What do you need to do?').fill('Register with Dr Example');
  await form.getByLabel('What do you need to do?').fill('');
  await form.getByRole('button', { name: 'Save' }).click();
  // An empty title: "There is a problem" is focused, with a link to the field, whose message is
  // part of its description too.
  const problems = form.locator('.error-summary');
  await expect(problems).toBeFocused();
  await expect(problems.getByRole('heading')).toHaveText('There is a problem');
  expect(await axeViolations(page)).toEqual([]);
  await problems.getByRole('link', { name: 'Write what you need to do.' }).click();
  await expect(form.getByLabel('What do you need to do?')).toBeFocused();
  await expect(form.getByLabel('What do you need to do?')).toHaveAccessibleDescription('Write what you need to do.');
  await form.getByLabel('What do you need to do?').fill('Register with Dr Example');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('checkbox', { name: 'Register with Dr Example' })).toBeVisible();
  // The form is gone: focus is back on the Edit button that opened it.
  await expect(page.getByRole('button', { name: 'Edit Register with Dr Example' })).toBeFocused();
  // Items without a sourced deadline show no due time, never "Overdue".
  await expect(page.getByTestId('plan-item').filter({ hasText: 'Mental health' })).toContainText('When you can');
});

test('Add to calendar downloads a calendar file', async ({ page }) => {
  await startPlan(page);
  await addAppointment(page, 'Drug service; "first" visit', soon(2, 10));
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Add to calendar: Drug service; "first" visit' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('appointment.ics');
  const { readFile } = await import('node:fs/promises');
  const text = await readFile((await file.path())!, 'utf8');
  const { default: ICAL } = await import('ical.js');
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
  expect(event.summary).toBe('Drug service; "first" visit');
  expect(event.location).toBe('Example Probation Office, Leeds');
});

test('print: the plan without navigation or buttons, with helplines', async ({ page }) => {
  await startPlan(page);
  await addAppointment(page, 'Probation: first meeting', soon(1, 14));
  await addContact(page, 'Sam Example');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.locator('.bottom-nav')).toBeHidden();
  await expect(page.getByRole('button')).toHaveCount(0, { timeout: 1000 }).catch(async () => {
    // Buttons may be in the DOM but must not show.
    for (const button of await page.getByRole('button').all()) await expect(button).toBeHidden();
  });
  await expect(page.getByRole('heading', { name: 'My pathway plan' })).toBeVisible();
  await expect(page.locator('label', { hasText: 'Carry naloxone' })).toBeVisible();
  await expect(page.getByTestId('appointment')).toContainText('0113 496 0000');
  await expect(page.getByTestId('contact')).toContainText('07700 900123');
  await expect(page.getByRole('heading', { name: 'Helplines' })).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages, 'A4 pages').toBeGreaterThanOrEqual(1);
  expect(pages, 'A4 pages').toBeLessThanOrEqual(2);
});

test('storage full: the person is told, and what they typed stays', async ({ page }) => {
  await startPlan(page);
  // From now on every IndexedDB write fails as a full phone's would.
  await page.evaluate(() => {
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = full;
    IDBObjectStore.prototype.add = full;
  });
  await page.locator('.contacts summary').click();
  const form = page.locator('.contacts details.add form');
  await form.getByLabel('Name').fill('Sam Example');
  await form.getByRole('button', { name: 'Add contact' }).click();
  await expect(shownMessage(page).filter({ hasText: "Your phone's storage is full" })).toBeVisible();
  await expect(announced(page)).toContainText("Your phone's storage is full");
  await expect(form.getByLabel('Name')).toHaveValue('Sam Example');
  // Said beside the form too, where the person is looking.
  await expect(form.getByRole('alert')).toContainText('Not saved');
  await expect(page.getByTestId('contact')).toHaveCount(0);
});

test('offline: the plan opens and every part of it works', async ({ browser }) => {
  await withOwnServer(browser, ports.planOffline, async (page, shutDown) => {
    await startPlan(page);
    await shutDown();
    await page.reload();
    await expect(page.getByTestId('plan-progress')).toHaveText('0 of 16 done');
    await page.getByRole('checkbox', { name: 'Carry naloxone' }).check();
    await expect(page.getByTestId('plan-progress')).toHaveText('1 of 16 done');
    await addAppointment(page, 'Jobcentre', soon(1, 11));
    await addContact(page, 'Alex Example');
    await page.reload();
    await expect(page.getByTestId('plan-progress')).toHaveText('1 of 16 done');
    await expect(page.getByTestId('appointment')).toContainText('Jobcentre');
    await expect(page.getByTestId('contact')).toContainText('Alex Example');
  });
});

test('Home shows the next appointment, with no app JavaScript and nothing loaded before there is a plan', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  await page.goto('/en/');
  await expect(page.locator('#next-appointment')).toBeHidden();
  expect(scripts.filter((s) => s.includes('/next-appointment/'))).toEqual([]);

  await startPlan(page);
  await addAppointment(page, 'Later: GP', soon(3, 10));
  await addAppointment(page, 'Probation: first meeting', soon(1, 14));
  await page.goto('/en/');
  const card = page.locator('#next-appointment');
  await expect(card).toBeVisible();
  await expect(card).toContainText('Probation: first meeting');
  await expect(card).toContainText('Example Probation Office, Leeds');
  await expect(card.getByRole('link', { name: 'Open my plan' })).toHaveAttribute('href', '/en/plan/');
  expect(await axeViolations(page)).toEqual([]);
});

test('500 items and 100 appointments: render and tick within 100 ms per action', async ({ page }) => {
  test.setTimeout(90_000);
  await startPlan(page);
  // Fill the plan up to 500 items and 100 appointments, straight into IndexedDB.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('onward');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction(['planItems', 'appointments'], 'readwrite');
    const now = Date.now();
    for (let i = 0; i < 484; i++)
      tx.objectStore('planItems').put({ id: `bulk-${i}`, template: null, title: `Own item number ${i}`, note: i % 3 ? '' : 'A note', dueAt: now + i * 3_600_000, done: i % 4 === 0, createdAt: now + i });
    for (let i = 0; i < 100; i++)
      tx.objectStore('appointments').put({ id: `appt-${i}`, title: `Appointment ${i}`, startsAt: now + (i + 1) * 86_400_000, place: 'Example Street', serviceId: null, phone: '0113 496 0000', notes: '' });
    await new Promise((resolve, reject) => ((tx.oncomplete = resolve), (tx.onerror = () => reject(tx.error))));
    db.close();
  });

  const renders: number[] = [];
  const renderAll: number[] = [];
  const longest: number[] = [];
  for (let run = 0; run < 3; run++) {
    await page.addInitScript(() => {
      // The longest main-thread task while the plan builds (Long Tasks API: tasks over 50 ms).
      (window as unknown as { longTasks: number[] }).longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) (window as unknown as { longTasks: number[] }).longTasks.push(e.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.reload();
    await expect(page.getByTestId('plan-item')).toHaveCount(500);
    await expect(page.getByTestId('appointment')).toHaveCount(100);
    // From the data arriving to the first screen of the plan; then to all 600 rows (built in slices).
    const figures = await page.evaluate(() => ({
      first: performance.getEntriesByName('plan-rendered')[0]?.duration ?? -1,
      all: performance.getEntriesByName('plan-rendered-all')[0]?.duration ?? -1,
      longest: Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks)
    }));
    renders.push(figures.first);
    renderAll.push(figures.all);
    longest.push(figures.longest);
  }

  const ticks = await page.evaluate(async () => {
    const times: number[] = [];
    const progress = document.querySelector('[data-testid="plan-progress"] span')!;
    const boxes = [...document.querySelectorAll<HTMLInputElement>('.items input[type="checkbox"]')];
    for (let i = 0; i < 30; i++) {
      const box = boxes[(i * 37) % boxes.length]!;
      const before = progress.textContent;
      const start = performance.now();
      box.click();
      // Until the count on screen has changed and the browser has painted it.
      await new Promise<void>((resolve) => {
        const check = () => (progress.textContent !== before ? requestAnimationFrame(() => setTimeout(resolve)) : requestAnimationFrame(check));
        check();
      });
      times.push(performance.now() - start);
      // Let the save and the live query's refresh finish before the next tap.
      await new Promise((r) => setTimeout(r, 150));
    }
    return times;
  });

  const stats = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return { median: Math.round(sorted[Math.floor(sorted.length / 2)]!), p95: Math.round(sorted[Math.ceil(sorted.length * 0.95) - 1]!) };
  };
  const figure = { render: stats(renders), renderAll: stats(renderAll), longestTaskDuringLoad: stats(longest), tick: stats(ticks) };
  test.info().annotations.push({ type: 'perf', description: JSON.stringify(figure) });
  console.log(`plan perf (500 items, 100 appointments): ${JSON.stringify(figure)}`);
  expect([...renders, ...renderAll].every((r) => r >= 0)).toBe(true);
  expect(figure.render.median).toBeLessThanOrEqual(100);
  expect(figure.tick.median).toBeLessThanOrEqual(100);
});

test('each checklist item shows where its facts come from, and when they were read', async ({ page }) => {
  await startPlan(page);
  const item = page.getByTestId('plan-item').filter({ hasText: 'Claim Universal Credit' });
  await item.locator('summary', { hasText: 'Why it matters' }).click();
  await expect(item.getByText('You pay it back over up to 24 months, out of your later payments.')).toBeVisible();
  const sources = item.getByRole('region', { name: 'Sources' });
  await expect(sources.getByRole('link', { name: /GOV\.UK: Universal Credit for prison leavers/ })).toHaveAttribute(
    'href',
    'https://www.gov.uk/government/publications/universal-credit-and-prison-leavers/prin-leavers-and-universal-credit'
  );
  await expect(sources.getByTestId('checked')).toHaveText('Checked November 2026 using saved copies of the web pages, not yet the live pages.');
  // Every item that states a fact has its sources.
  // Open every item's "Why it matters" (the toggle event builds its contents, as a tap does).
  await page.locator('[data-testid="plan-item"] details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  await expect(page.getByTestId('plan-item').getByRole('region', { name: 'Sources' })).toHaveCount(16);
  expect(await axeViolations(page)).toEqual([]);
});

test('the checklist in an unchecked translation says so, with a link to the English plan', async ({ page }) => {
  await page.goto('/fr/plan/');
  const notice = page.getByTestId('unreviewed-notice');
  await expect(notice).toContainText("Cette traduction n'a pas encore été vérifiée");
  await expect(notice.getByRole('link')).toHaveAttribute('href', '/en/plan/');
  await page.goto('/en/plan/');
  await expect(page.getByTestId('unreviewed-notice')).toHaveCount(0);
});
