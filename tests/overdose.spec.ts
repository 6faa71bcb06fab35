import { expect, test, type Page } from '@playwright/test';
import { emergencySteps } from '../src/lib/overdose/emergency-flow';
import { guideSlugs } from '../src/lib/overdose/guidance';
import { axeViolations, languages, routes, sidewaysOverflow, textAt200Percent, withOwnServer } from './helpers';
import { ports } from './ports';

const stepPaths = emergencySteps.map((s) => s.path);
/** Every overdose page in one language: Overdose help, its sections, every emergency step. */
const overdosePages = (lang: string): string[] => [
  `/${lang}/overdose/`,
  ...guideSlugs.map((s) => `/${lang}/overdose/${s}/`),
  ...stepPaths.map((p) => `/${lang}/overdose/now/${p ? `${p}/` : ''}`)
];

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
/** Each line is on screen, word for word. */
const expectLines = async (page: Page, lines: readonly string[]) => {
  for (const line of lines) await expect(page.getByText(line, { exact: true })).toBeVisible();
};
const call999 = (page: Page) => page.getByRole('link', { name: 'Call 999' });
const next = (page: Page) => page.getByRole('navigation', { name: 'Steps' }).getByRole('link').last();

test.describe('the Overdose help tab', () => {
  for (const route of [...routes, { page: 'find/?c=housing' }, { page: 'service/demo-stevenage-recovery-hub/' }]) {
    test(`reaches Overdose help and the emergency button from /en/${route.page}`, async ({ page }) => {
      await page.goto(`/en/${route.page}`);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overdose help' }).click();
      await expect(page).toHaveURL('/en/overdose/');
      // Loaded by the browser, not drawn by the app's router: only then does its page script
      // (timer, dose log, read aloud) run.
      await expect.poll(() => page.evaluate(() => performance.getEntriesByType('navigation')[0]?.name)).toMatch(/\/en\/overdose\/$/);
      await page.getByRole('link', { name: 'Someone has overdosed — help me now' }).click();
      await expect(page).toHaveURL('/en/overdose/now/');
      await expect(h1(page)).toHaveText('Make sure it is safe');
      await expect(call999(page)).toHaveAttribute('href', 'tel:999');
    });
  }
});

test.describe('the emergency steps', () => {
  const common = ['Make sure it is safe', 'Try to wake them', 'Check their breathing', 'Call 999', 'Not breathing? Start CPR', 'Give naloxone'];
  const flows = [
    { kit: 'Nyxoid nasal spray', steps: ['Give Nyxoid nasal spray', 'Are they breathing normally?', 'The next dose', 'Stay with them'] },
    { kit: 'Prenoxad injection', steps: ['Give Prenoxad injection', 'Are they breathing normally?', 'The next dose', 'Stay with them'] },
    { kit: "Another kit, or I'm not sure", steps: ['Give naloxone', 'Are they breathing normally?', 'The next dose', 'Stay with them'] },
    { kit: 'I have no naloxone', steps: ['Are they breathing normally?', 'Stay with them'] }
  ];

  for (const flow of flows) {
    test(`walk through with "${flow.kit}", Call 999 on every step`, async ({ page }) => {
      await page.goto('/en/overdose/now/');
      const headings = [...common, ...flow.steps];
      for (const [i, heading] of headings.entries()) {
        await expect(h1(page)).toHaveText(heading);
        await expect(page.getByText(`Step ${i + 1}`, { exact: true })).toBeVisible();
        await expect(call999(page)).toHaveAttribute('href', 'tel:999');
        await expect(page.getByRole('link', { name: 'Back', exact: true })).toBeVisible();
        if (heading === 'Give naloxone' && i === common.length - 1) await page.getByRole('link', { name: flow.kit }).click();
        else if (i < headings.length - 1) await next(page).click();
      }
      // The last step leads back out; nothing traps anyone.
      await page.getByRole('link', { name: 'Back to Overdose help' }).click();
      await expect(page).toHaveURL('/en/overdose/');
    });
  }

  test('checks breathing before the call, and starts CPR with the call handler before any naloxone', async ({ page }) => {
    await page.goto('/en/overdose/now/wake/');
    await next(page).click();
    await expect(h1(page)).toHaveText('Check their breathing');
    await expect(page.getByText('Look, listen and feel for breathing for 10 seconds.')).toBeVisible();
    await next(page).click();
    await expect(h1(page)).toHaveText('Call 999');
    await expect(page.getByText('Say they are unconscious and not breathing, if that is true.')).toBeVisible();
    await next(page).click();
    await expect(h1(page)).toHaveText('Not breathing? Start CPR');
    await expect(
      page.getByText("If they are not breathing normally: start CPR. Follow the 999 call handler's instructions.")
    ).toBeVisible();
    await expect(
      page.getByText('If they are breathing: put them on their side, with their mouth open and pointing to the ground. This is called the recovery position.')
    ).toBeVisible();
    // Someone panicking could roll a person who is not breathing onto their side: no drawing here.
    await expect(page.getByRole('img', { name: /recovery position/ })).toHaveCount(0);
    await next(page).click();
    await expect(page.getByText('Not sure what they took? Give it anyway. It will not harm them.')).toBeVisible();
    await expect(page.getByText('Which naloxone kit do you have?')).toBeVisible();
    await page.getByRole('link', { name: 'Nyxoid nasal spray' }).click();
    await next(page).click();
    // Once they breathe, the recovery position has its drawing.
    await expect(h1(page)).toHaveText('Are they breathing normally?');
    await expect(page.getByRole('img', { name: /recovery position/ })).toHaveCount(1);
  });

  test('Prenoxad: the syringe is put together step by step, on the screen', async ({ page }) => {
    await page.goto('/en/overdose/now/prenoxad/give/');
    await expectLines(page, [
      'Twist the box to break the seals. Unscrew the clear top from the syringe.',
      'Push a needle through the paper side of its packet. Keep its cover on and screw it onto the syringe.',
      'Twist the needle cover to take it off.',
      'Push the plunger to the first black line. That is one dose (0.4 ml).'
    ]);
    await expect(page.getByText(/instructions in the box/)).toHaveCount(0);
  });

  test('with no naloxone, the last step has its own lines, and none about naloxone', async ({ page }) => {
    await page.goto('/en/overdose/now/kit/');
    await page.getByRole('link', { name: 'I have no naloxone' }).click();
    await expect(h1(page)).toHaveText('Are they breathing normally?');
    await next(page).click();
    await expect(h1(page)).toHaveText('Stay with them');
    await expectLines(page, [
      'Stay with them until the ambulance arrives.',
      'Keep doing what the 999 call handler tells you.',
      'Watch their breathing all the time.',
      'Stop them from taking more drugs or alcohol.'
    ]);
    await expect(page.locator('main')).not.toContainText('Naloxone can wear off');
    await expect(page.locator('main')).not.toContainText('tell them they had naloxone');
    await expect(page.locator('main')).not.toContainText('used kit');
  });

  test('Back goes to the step before, and from the first step to Overdose help', async ({ page }) => {
    await page.goto('/en/overdose/now/prenoxad/give/');
    await page.getByRole('link', { name: 'Back', exact: true }).click();
    await expect(page).toHaveURL('/en/overdose/now/kit/');
    await page.goto('/en/overdose/now/');
    await page.getByRole('link', { name: 'Back', exact: true }).click();
    await expect(page).toHaveURL('/en/overdose/');
  });

  test('every step in every language has a Call link to tel:999', async ({ page }) => {
    for (const lang of languages)
      for (const path of overdosePages(lang).filter((p) => p.includes('/now/'))) {
        await page.goto(path);
        await expect(page.locator('main a[href="tel:999"]'), path).toHaveCount(1);
      }
  });
});

test.describe('the repeat-dose timer', () => {
  test.use({ timezoneId: 'Europe/London' });
  const start = new Date('2026-11-20T14:00:00Z'); // 14:00 in London (GMT in November)
  /**
   * The fake clock, stopped 5 s after 14:00: it moves only when a test runs it on, so a busy
   * machine's own seconds (page loads, clicks) never show up on the timer.
   */
  const stoppedClock = async (page: Page) => {
    await page.clock.install({ time: start });
    await page.clock.pauseAt(new Date(start.getTime() + 5_000));
  };

  test('says "you can give" at 2 minutes and "give now" at 3, and logs each dose', async ({ page }) => {
    await stoppedClock(page);
    await page.goto('/en/overdose/now/nyxoid/give/');
    await page.getByRole('link', { name: 'I gave the dose: next' }).click();
    await expect(h1(page)).toHaveText('Are they breathing normally?');
    await next(page).click();
    await expect(h1(page)).toHaveText('The next dose');

    const timer = page.getByRole('timer');
    const status = page.getByRole('alert');
    await expect(status).toHaveText('Watch their breathing.');
    // With JavaScript the live timer replaces the fixed "wait 2 to 3 minutes".
    await expect(page.getByText('Wait 2 to 3 minutes.')).toBeHidden();
    await expect(page.getByRole('listitem').filter({ hasText: 'Dose 1 given 14:00' })).toBeVisible();

    await page.clock.runFor('01:59');
    await expect(timer).toHaveText('1:59');
    await expect(status).toHaveText('Watch their breathing.');
    await page.clock.runFor('00:01');
    await expect(timer).toHaveText('2:00');
    await expect(status).toHaveText('Still not responding? You can give the next dose now.');
    await page.clock.runFor('01:00');
    await expect(status).toHaveText('Still not responding? Give the next dose now.');

    await page.getByRole('button', { name: 'I gave a dose' }).click();
    await expect(page.getByRole('listitem').filter({ hasText: 'Dose 2 given 14:03' })).toBeVisible();
    await expect(timer).toHaveText('0:00');
    await expect(status).toHaveText('Watch their breathing.');
    // A pack usually holds 2 sprays: after the second, no "give the next dose", but what to do with none left.
    await page.clock.runFor('03:00');
    await expect(status).toHaveText(
      'No naloxone left? Keep doing what the 999 call handler tells you. If they are breathing, keep them on their side.'
    );

    // The last step shows the log, for the ambulance crew.
    await next(page).click();
    await expect(h1(page)).toHaveText('Stay with them');
    await expect(page.getByRole('list').filter({ hasText: 'Dose 1 given 14:00' })).toContainText('Dose 2 given 14:03');
  });

  test('keeps the right time while the page is hidden and its timers do not run', async ({ page }) => {
    await page.clock.install({ time: start });
    await page.goto('/en/overdose/now/prenoxad/give/');
    await page.getByRole('link', { name: 'I gave the dose: next' }).click();
    await page.goto('/en/overdose/now/prenoxad/timer/');
    await expect(page.getByRole('alert')).toHaveText('Watch their breathing.');

    // The screen locks: no timer fires while the wall clock moves on 3½ minutes.
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await page.clock.setSystemTime(new Date(start.getTime() + 210_000));
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect(page.getByRole('timer')).toHaveText('3:30');
    await expect(page.getByRole('alert')).toHaveText('Still unconscious? Give the next dose now.');
  });

  test('another kit gets no 2–3 minute alerts: its box says when', async ({ page }) => {
    await stoppedClock(page);
    await page.goto('/en/overdose/now/other/give/');
    await page.getByRole('link', { name: 'I gave the dose: next' }).click();
    await page.goto('/en/overdose/now/other/timer/');
    await page.clock.runFor('03:00');
    await expect(page.getByRole('timer')).toHaveText('3:00');
    await expect(page.getByRole('alert')).toHaveText('Watch their breathing.');
  });

  test('vibrates when the next dose is due', async ({ page }) => {
    await page.addInitScript(() => {
      const calls: unknown[] = [];
      (window as unknown as { vibrations: unknown[] }).vibrations = calls;
      Object.defineProperty(navigator, 'vibrate', { value: (p: unknown) => calls.push(p) > 0, configurable: true });
    });
    await stoppedClock(page);
    await page.goto('/en/overdose/now/nyxoid/timer/');
    await page.getByRole('button', { name: 'I gave a dose' }).click();
    await page.clock.runFor('02:00');
    await expect(page.getByRole('alert')).toHaveText('Still not responding? You can give the next dose now.');
    await page.clock.runFor('01:00');
    await expect(page.getByRole('alert')).toHaveText('Still not responding? Give the next dose now.');
    expect(await page.evaluate(() => (window as unknown as { vibrations: unknown[] }).vibrations.length)).toBe(2);
  });
});

test.describe('Read this out', () => {
  test('is hidden where the browser has no voice for the language', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'speechSynthesis', {
        value: { getVoices: () => [], addEventListener: () => undefined, speaking: false, cancel: () => undefined },
        configurable: true
      });
    });
    await page.goto('/en/overdose/now/wake/');
    await expect(page.locator('button[data-read-aloud]')).toBeHidden();
  });

  test('reads the step in the page language', async ({ page }) => {
    await page.addInitScript(() => {
      const spoken: { text: string; lang: string }[] = [];
      (window as unknown as { spoken: typeof spoken }).spoken = spoken;
      Object.defineProperty(window, 'speechSynthesis', {
        value: {
          getVoices: () => [{ lang: 'fr-FR' }],
          addEventListener: () => undefined,
          speaking: false,
          cancel: () => undefined,
          speak: (u: SpeechSynthesisUtterance) => spoken.push({ text: u.text, lang: u.lang })
        },
        configurable: true
      });
    });
    await page.goto('/fr/overdose/now/wake/');
    await page.getByRole('button', { name: 'Lire à voix haute' }).click();
    const spoken = await page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken);
    expect(spoken).toHaveLength(1);
    expect(spoken[0]?.lang).toBe('fr');
    expect(spoken[0]?.text).toContain('Essayez de la réveiller');
    expect(spoken[0]?.text).toContain('Secouez ses épaules');
    expect(spoken[0]?.text).not.toContain('Retour'); // the buttons are not read
  });
});

test.describe('guidance', () => {
  test('each section ends with its sources, when they were read, and that it was from saved copies', async ({ page }) => {
    for (const slug of guideSlugs) {
      await page.goto(`/en/overdose/${slug}/`);
      const sources = page.getByRole('region', { name: 'Sources' });
      await expect(sources.getByRole('link').first()).toHaveAttribute('href', /^https?:\/\//);
      await expect(sources.getByTestId('checked')).toHaveText(
        'Checked November 2026 using saved copies of the web pages, not yet the live pages.'
      );
    }
  });

  test('naloxone: give it when unsure what they took; alcohol: a withdrawal fit is a 999 call', async ({ page }) => {
    await page.goto('/en/overdose/naloxone/');
    await expect(page.getByText('Not sure what they took? Give it anyway. It will not harm them.')).toBeVisible();
    await page.goto('/en/overdose/alcohol/');
    await expect(page.getByText('A fit while coming off alcohol: call 999.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Sources' }).getByRole('link', { name: /Alcohol Change UK/ })).toBeVisible();
  });

  test('after prison gives the risk figures; where to get naloxone links to Find help', async ({ page }) => {
    await page.goto('/en/overdose/after-prison/');
    await expect(page.getByText('3 to 8 times higher')).toBeVisible();
    await expect(page.getByText('85 out of every 100 deaths in the first week')).toBeVisible();
    await page.goto('/en/overdose/where/');
    await page.getByRole('link', { name: 'Find places that give out naloxone' }).click();
    await expect(page).toHaveURL('/en/find/?a=naloxone');
    await page.locator('summary', { hasText: 'Filters' }).click();
    await expect(page.getByRole('checkbox', { name: 'Naloxone', exact: true })).toBeChecked();
  });
});

test.describe('translation status', () => {
  test('unreviewed French says so on every overdose page, with a link to the English page', async ({ page }) => {
    for (const path of overdosePages('fr')) {
      await page.goto(path);
      const notice = page.getByTestId('unreviewed-notice');
      await expect(notice, path).toContainText("Cette traduction n'a pas encore été vérifiée");
      await expect(notice.getByRole('link')).toHaveAttribute('href', path.replace('/fr/', '/en/'));
    }
  });

  test('English (reviewed) shows no notice', async ({ page }) => {
    await page.goto('/en/overdose/now/');
    await expect(page.getByTestId('unreviewed-notice')).toHaveCount(0);
  });
});

test.describe('without JavaScript', () => {
  test('every step reads with Call 999, every section with its sources, and the timer step says to wait 2 to 3 minutes', async ({ browser }) => {
    test.setTimeout(90_000);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      for (const lang of languages)
        for (const path of overdosePages(lang)) {
          await page.goto(path);
          await expect(h1(page), path).not.toBeEmpty();
          // A shared link previews with what the page says (messaging apps read these tags).
          await expect(page.locator('meta[name="description"]'), path).toHaveAttribute('content', /\S/);
          if (path.includes('/now/')) await expect(page.locator('main a[href="tel:999"]'), path).toBeVisible();
          else if (!path.endsWith('/overdose/')) await expect(page.getByTestId('checked'), path).toBeVisible();
        }
      await page.goto('/en/overdose/now/nyxoid/timer/');
      await expect(page.getByText('Wait 2 to 3 minutes.')).toBeVisible();
      await expect(page.getByRole('timer')).toBeHidden();
      await expect(page.getByRole('button', { name: 'Read this out' })).toBeHidden();
      // Next still works as a plain link.
      await page.goto('/en/overdose/now/nyxoid/give/');
      await page.getByRole('link', { name: 'I gave the dose: next' }).click();
      await expect(h1(page)).toHaveText('Are they breathing normally?');
    } finally {
      await context.close();
    }
  });
});

test('first paint of the first step, before any script runs, shows step 1 and Call 999', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 640 } });
  const page = await context.newPage();
  try {
    await page.goto('/en/overdose/now/');
    await expect(h1(page)).toHaveText('Make sure it is safe');
    await expect(h1(page)).toBeInViewport();
    await expect(call999(page)).toBeInViewport();
  } finally {
    await context.close();
  }
});

test('after one visit straight to an emergency step, every overdose page works with no network', async ({ browser }) => {
  await withOwnServer(
    browser,
    ports.overdoseOffline,
    async (page, shutDown) => {
      await shutDown();
      for (const path of [...overdosePages('en'), '/fr/overdose/now/', '/fr/overdose/signs/']) {
        const response = await page.goto(path);
        expect(response?.fromServiceWorker(), `${path} from the service worker`).toBe(true);
        await expect(h1(page), path).not.toBeEmpty();
      }
      // The page script is precached too: the timer runs offline.
      await page.goto('/en/overdose/now/nyxoid/timer/');
      await page.getByRole('button', { name: 'I gave a dose' }).click();
      await expect(page.getByRole('timer')).toBeVisible();
    },
    '/en/overdose/now/'
  );
});

test.describe('accessibility', () => {
  // One test a language, not one a page: a test's own start (a new browser context, a first
  // load) costs about 2 s, which over 50 pages added 2 minutes to npm test.
  for (const lang of languages)
    test(`axe finds nothing on any overdose page (${lang})`, async ({ page }) => {
      test.setTimeout(120_000);
      for (const path of overdosePages(lang)) {
        await page.goto(path);
        expect(await axeViolations(page), path).toEqual([]);
      }
    });

  test('axe finds nothing on the running timer with doses logged', async ({ page }) => {
    await page.goto('/en/overdose/now/nyxoid/timer/');
    await page.getByRole('button', { name: 'I gave a dose' }).click();
    await expect(page.getByRole('timer')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test.describe('at 320 px with text at 200 %', () => {
    test.use({ viewport: { width: 320, height: 640 } });
    for (const lang of languages)
      test(`no overdose page scrolls sideways (${lang})`, async ({ page, context }) => {
        test.setTimeout(120_000);
        await textAt200Percent(page, context);
        for (const path of overdosePages(lang)) {
          await page.goto(path);
          expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
          const overflow = await sidewaysOverflow(page);
          expect(overflow, path).toBeLessThanOrEqual(0);
        }
      });
  });

  test('every control on the steps is at least 44 × 44 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/fr/overdose/now/kit/', '/fr/overdose/now/nyxoid/timer/', '/fr/overdose/']) {
      await page.goto(path);
      const controls = page.locator('main a.call, main .steps a, main .choice, main button, main .help-now');
      for (const control of await controls.all()) {
        if (!(await control.isVisible())) continue;
        const box = await control.boundingBox();
        const name = (await control.textContent())?.trim();
        expect(box?.height, `${path} ${name} height`).toBeGreaterThanOrEqual(44);
        expect(box?.width, `${path} ${name} width`).toBeGreaterThanOrEqual(44);
      }
    }
  });
});
