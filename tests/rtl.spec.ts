import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations, gotoHydrated, sidewaysOverflow, textAt200Percent } from './helpers';

// Arabic is read right to left; phone numbers, and the directory's English text, are not.
// These tests look at where the browser draws the characters, as a person would see them.

const service = '/ar/service/demo-leeds-housing-options/'; // phone 0113 496 0517, English description
const withAlert = '/ar/service/demo-leeds-benefits-advice/'; // alert "Closed on bank holidays."

const routes = [
  '/ar/',
  '/ar/find/?c=housing&near=Leeds',
  service,
  '/ar/plan/',
  '/ar/overdose/',
  '/ar/overdose/now/',
  '/ar/more/',
  '/ar/more/staying-safe/'
];

/**
 * The digit groups of the phone number inside `element`, in the order a person reads them off
 * the screen: line by line, left to right.
 */
async function numberAsDrawn(element: Locator): Promise<string> {
  return element.evaluate((root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const number = /\+?\d+(?: \d+)+/.exec(text);
      if (!number) continue;
      const groups = [...number[0].matchAll(/\S+/g)].map((group) => {
        const range = document.createRange();
        const start = number.index + (group.index ?? 0);
        range.setStart(node, start);
        range.setEnd(node, start + group[0].length);
        const box = range.getBoundingClientRect();
        return { text: group[0], top: Math.round(box.top), left: box.left };
      });
      return groups
        .sort((a, b) => a.top - b.top || a.left - b.left)
        .map((g) => g.text)
        .join(' ');
    }
    return '';
  });
}

/** Whether the full stop ending `sentence` (somewhere in `element`) is drawn just right of the letter before it, where a reader of English expects it. */
async function fullStopAtEnd(element: Locator, sentence: string): Promise<boolean> {
  return element.evaluate((root, sentence) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(sentence) ?? -1;
      if (at < 0) continue;
      const box = (i: number) => {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        return range.getBoundingClientRect();
      };
      const stop = at + sentence.length - 1;
      const [letter, fullStop] = [box(stop - 1), box(stop)];
      return Math.abs(letter.top - fullStop.top) < 2 && fullStop.left >= letter.right - 1;
    }
    throw new Error(`"${sentence}" is not on the page`);
  }, sentence);
}

const isLeftToRight = (element: Locator) => element.evaluate((e) => e.matches(':dir(ltr)'));

test.describe('phone numbers read left to right inside Arabic', () => {
  test('Home: the helplines (plain HTML, no app JavaScript)', async ({ page }) => {
    await page.goto('/ar/');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    expect(await numberAsDrawn(page.getByRole('link', { name: /FRANK/ }))).toBe('0300 123 6600');
    expect(await numberAsDrawn(page.getByRole('link', { name: /Samaritans/ }))).toBe('116 123');
  });

  test('Find help: a result card’s Call button', async ({ page }) => {
    await gotoHydrated(page, '/ar/find/?c=housing&near=Leeds');
    const card = page.locator('article[data-service-id="demo-leeds-housing-options"]');
    expect(await numberAsDrawn(card.getByRole('link', { name: /0113/ }))).toBe('0113 496 0517');
  });

  test('a service page: the Call button and the list of numbers', async ({ page }) => {
    await gotoHydrated(page, service);
    const numbers = page.getByRole('link', { name: /0113 496 0517/ });
    await expect(numbers).toHaveCount(2);
    for (const link of await numbers.all()) expect(await numberAsDrawn(link)).toBe('0113 496 0517');
  });

  test('My plan: a contact’s Call button, typed into a box that also reads left to right', async ({ page }) => {
    await startPlanWithContact(page);
    await gotoHydrated(page, '/ar/plan/');
    const contact = page.getByTestId('contact');
    expect(await numberAsDrawn(contact.getByRole('link', { name: /07700/ }))).toBe('07700 900123');
    await contact.locator('button[data-edit]').click();
    await expect(contact.locator('input[type="tel"]')).toHaveJSProperty('value', '07700 900123');
    expect(await isLeftToRight(contact.locator('input[type="tel"]'))).toBe(true);
  });
});

test.describe('directory text keeps its own direction inside Arabic', () => {
  test('a result card: the English name reads left to right, the card around it right to left', async ({ page }) => {
    await gotoHydrated(page, '/ar/find/?c=housing&near=Leeds');
    const card = page.locator('article[data-service-id="demo-leeds-housing-options"]');
    expect(await isLeftToRight(card.getByRole('heading', { name: 'Example Housing Options Drop-in Leeds' }))).toBe(true);
    expect(await isLeftToRight(card)).toBe(false);
  });

  test('a service page: the English name and description, with the full stop at the end', async ({ page }) => {
    await gotoHydrated(page, service);
    expect(await isLeftToRight(page.getByRole('heading', { level: 1 }))).toBe(true);
    const description = page.getByText(/^Same-day help if you have nowhere to stay tonight/);
    expect(await isLeftToRight(description)).toBe(true);
    expect(await fullStopAtEnd(description, 'time to find you a place.')).toBe(true);
  });

  test('a service’s English alert inside an Arabic sentence keeps its full stop at its end', async ({ page }) => {
    await gotoHydrated(page, withAlert);
    const notice = page.locator('main p', { hasText: 'Closed on bank holidays.' });
    await expect(notice).toBeVisible();
    expect(await isLeftToRight(notice)).toBe(false);
    expect(await fullStopAtEnd(notice, 'Closed on bank holidays.')).toBe(true);
  });
});

test('icons that show reading order turn round in Arabic; objects do not', async ({ page }) => {
  const transform = (icon: Locator) => icon.evaluate((e) => getComputedStyle(e).transform);
  await gotoHydrated(page, service);
  const navIcon = (name: RegExp) => page.getByRole('navigation').getByRole('link', { name }).locator('svg');
  expect(await transform(navIcon(/خطتي/))).toBe('matrix(-1, 0, 0, 1, 0, 0)'); // My plan: a checklist
  expect(await transform(page.getByRole('link', { name: /اتصال/ }).first().locator('svg'))).toBe('none'); // a phone
  await gotoHydrated(page, '/en/');
  expect(await transform(navIcon(/My plan/))).toBe('none');
});

test.describe('at 320 px, nothing scrolls sideways in Arabic', () => {
  test.use({ viewport: { width: 320, height: 640 } });


  for (const path of routes) {
    test(path, async ({ page }) => {
      await gotoHydrated(page, path);
      await page.waitForLoadState('networkidle'); // Find help's results arrive after hydration
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    });

    test(`${path} with text at 200 %`, async ({ page, context }) => {
      await textAt200Percent(page, context);
      await gotoHydrated(page, path);
      await page.waitForLoadState('networkidle');
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    });
  }

  test('a plan with a checklist, an appointment and a contact, with text at 200 %', async ({ page, context }) => {
    await startPlanWithContact(page);
    await textAt200Percent(page, context);
    await gotoHydrated(page, '/ar/plan/');
    await expect(page.getByTestId('contact')).toBeVisible();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });
});

test.describe('axe finds nothing in Arabic', () => {
  test('a service page', async ({ page }) => {
    await gotoHydrated(page, withAlert);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the Saved list, and after Remove', async ({ page }) => {
    for (const path of [service, withAlert]) {
      await gotoHydrated(page, path);
      await page.getByRole('button', { name: 'حفظ', exact: true }).click();
      await expect(page.getByRole('button', { name: 'إزالة من المحفوظات' })).toBeVisible();
    }
    await gotoHydrated(page, '/ar/more/');
    const list = page.getByTestId('saved-list');
    await expect(list.getByRole('listitem')).toHaveCount(2);
    expect(await isLeftToRight(list.getByText('Example Housing Options Drop-in Leeds'))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await list.getByRole('button', { name: /Example Benefits Advice Leeds/ }).click();
    await expect(list.locator('.removed')).toContainText('Example Benefits Advice Leeds');
    expect(await axeViolations(page)).toEqual([]);
  });
});

/** A plan (made in English, where the form's words are known) with an appointment at a saved-service-like place and a contact. */
async function startPlanWithContact(page: Page): Promise<void> {
  await gotoHydrated(page, '/en/plan/');
  await page.getByLabel('Date and time').fill('2031-01-08T09:00');
  await page.getByRole('button', { name: 'Make my plan' }).click();
  await expect(page.getByTestId('plan-progress')).toBeVisible();
  await page.locator('.appointments details.add summary').click();
  const appointment = page.locator('.appointments details.add form');
  await appointment.getByLabel('What is it?').fill('Housing appointment');
  await appointment.getByLabel('Date and time').fill('2031-01-08T14:00');
  await appointment.getByLabel('Where', { exact: true }).fill('Example Housing Options Drop-in Leeds, Leeds');
  await appointment.getByLabel('Phone (optional)').fill('0113 496 0517');
  await appointment.getByRole('button', { name: 'Add appointment' }).click();
  await expect(page.getByTestId('appointment')).toBeVisible();
  await page.locator('.contacts details.add summary').click();
  const contact = page.locator('.contacts details.add form');
  await contact.getByLabel('Name').fill('Sam Example (probation)');
  await contact.getByLabel('Who they are').selectOption({ label: 'Probation officer' });
  await contact.getByLabel('Phone (optional)').fill('07700 900123');
  await contact.getByRole('button', { name: 'Add contact' }).click();
  await expect(page.getByTestId('contact')).toBeVisible();
}
