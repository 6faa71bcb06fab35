import { expect, test } from '@playwright/test';

interface Manifest {
  name: string;
  short_name: string;
  description: string;
  start_url: string;
  display: string;
  theme_color: string;
  background_color: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
  shortcuts: { name: string; url: string }[];
}

test('the manifest makes Onward installable, with icons and shortcuts that exist', async ({ page, request }) => {
  await page.goto('/en/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = (await (await request.get(new URL(href!, page.url()).href)).json()) as Manifest;

  expect(manifest.name).toContain('Onward');
  expect(manifest.short_name).toBe('Onward');
  expect(manifest.description.length).toBeGreaterThan(20);
  expect(manifest.start_url).toBe('/');
  expect(manifest.display).toBe('standalone');
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);

  const sizes = manifest.icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`);
  expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
  for (const icon of manifest.icons) {
    const response = await request.get(`/${icon.src.replace(/^\//, '')}`);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()['content-type']).toContain('image/png');
  }

  expect(manifest.shortcuts.map((s) => s.name)).toEqual(['Find help', 'My plan', 'Overdose help']);
  for (const shortcut of manifest.shortcuts) {
    await page.goto(shortcut.url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(shortcut.name);
  }
});

test('the page theme colour matches the manifest', async ({ page, request }) => {
  await page.goto('/en/');
  const manifest = (await (await request.get('/manifest.webmanifest')).json()) as Manifest;
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', manifest.theme_color);
});
