import { expect, test } from '@playwright/test';
import { gotoHydrated, languages, routes } from './helpers';

test.describe('every page renders its heading', () => {
  for (const lang of languages) {
    for (const route of routes) {
      test(`/${lang}/${route.page}`, async ({ page }) => {
        await page.goto(`/${lang}/${route.page}`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.heading[lang]);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page).toHaveTitle(/Onward/);
      });
    }
  }
});

test('each page has its own title', async ({ page }) => {
  const titles = new Set<string>();
  for (const lang of languages)
    for (const route of routes) {
      await page.goto(`/${lang}/${route.page}`);
      titles.add(await page.title());
    }
  expect(titles.size).toBe(languages.length * routes.length);
});

test('the bottom bar leads to all four places and marks where you are', async ({ page }) => {
  await gotoHydrated(page, '/en/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const [name, heading, path] of [
    ['My plan', 'My plan', '/en/plan/'],
    ['Overdose help', 'Overdose help', '/en/overdose/'],
    ['More', 'More', '/en/more/'],
    ['Find help', 'Find help', '/en/']
  ] as const) {
    await nav.getByRole('link', { name }).click();
    await expect(page).toHaveURL(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(nav.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
    await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
  }
});

test('switching language changes the text and <html lang>, and is remembered', async ({ page }) => {
  await gotoHydrated(page, '/en/plan/');
  await page.getByText('EN', { exact: true }).click();
  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL('/fr/plan/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mon plan');
  await expect(page.getByRole('navigation')).toContainText('Trouver de l\'aide');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  // The installed app starts at `/`: it must open in the language chosen.
  await page.goto('/');
  await expect(page).toHaveURL('/fr/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Trouver de l'aide");
});

test.describe('first visit to / picks the browser language', () => {
  test.use({ locale: 'fr-BE' });
  test('French browser → /fr/', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL('/fr/');
  });
});

test('home-screen shortcuts open the right page in the right language', async ({ page }) => {
  await page.goto('/?go=overdose');
  await expect(page).toHaveURL('/en/overdose/');
  await page.goto('/?go=%3Cscript%3E');
  await expect(page).toHaveURL('/en/');
});

test('Quick exit is a plain link to a neutral page that passes no referrer', async ({ page }) => {
  await page.goto('/en/overdose/');
  const exit = page.getByRole('link', { name: 'Quick exit' });
  await expect(exit).toHaveAttribute('href', 'https://www.bbc.co.uk/weather');
  await expect(exit).toHaveAttribute('rel', /noreferrer/);
});

test('the overdose page has a Call 999 link and names its source and check date', async ({ page }) => {
  await page.goto('/en/overdose/');
  await expect(page.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
  // Honest about what was checked: the sources were read from saved copies (see messages/overdose).
  await expect(page.getByText('Checked November 2026 using saved copies of the web pages, not yet the live pages.')).toBeVisible();
});

test('More shows the version', async ({ page }) => {
  await page.goto('/en/more/');
  await expect(page.getByTestId('version')).toHaveText(/^Version \S+/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('pages read, the language list works, and / offers every language', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Onward');
    await page.getByRole('link', { name: 'Français' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("Trouver de l'aide");
    await page.getByRole('navigation').getByRole('link', { name: 'Aide overdose' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aide overdose');
    await expect(page.getByRole('link', { name: 'Appeler le 999' })).toBeVisible();
  });
});
