// The planner in a second language: English carries no translation, German
// is chosen in the footer, loaded with the page, remembered, and followed
// where the browser asks for it; a translation that cannot arrive is said.
import { test, expect } from '@playwright/test';
import { createPlan, fillStorage, PREFIX } from './helpers.js';
import { layoutProblems } from './layout.js';

/** The translation's requests the page makes. */
function translations(page) {
  const asked = [];
  page.on('request', (request) => {
    if (/\/lang\/[a-z]+\.txt$/.test(new URL(request.url()).pathname)) asked.push(request.url());
  });
  return asked;
}

test.describe('an English browser', () => {
  test.use({ locale: 'en-GB' });

  test('starts in English without fetching any translation', async ({ page }) => {
    const asked = translations(page);
    await page.goto('/');
    await createPlan(page, 'Acme Coffee');
    const nav = page.getByRole('navigation', { name: 'Sections' });
    await expect(nav.getByRole('link', { name: 'Strategy' })).toBeVisible();
    await expect(page.getByLabel('Language')).toHaveValue('en');
    await expect(page.locator('[lang="en"]').first()).toBeVisible();
    expect(asked).toEqual([]);
  });

  test('switches to German, keeps it across reloads and switches back', async ({ page }) => {
    const asked = translations(page);
    await page.goto('/');
    await createPlan(page, 'Acme Coffee');
    await page.goto('/#/campaigns');
    await Promise.all([page.waitForEvent('load'), page.getByLabel('Language').selectOption({ label: 'Deutsch' })]);

    // The same page, its words in German; the plan's own words as they were.
    const nav = page.getByRole('navigation', { name: 'Bereiche' });
    await expect(nav.getByRole('link', { name: 'Kampagnen' })).toHaveAttribute('aria-current', 'page');
    await expect(nav.getByRole('link', { name: 'Strategie' })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Aktueller Plan');
    await expect(page.getByRole('banner')).toContainText('Acme Coffee');
    await expect(page.getByRole('banner').getByRole('status')).toHaveText('Gespeichert');
    await expect(page.getByRole('contentinfo')).toContainText('Ihre Pläne bleiben nur in diesem Browser.');
    await expect(page.getByLabel('Sprache')).toHaveValue('de');
    await expect(page.getByLabel('Design').locator('option:checked')).toHaveText('Wie das System');
    await expect(page.locator('.smp-app')).toHaveAttribute('lang', 'de');
    expect(await page.evaluate((key) => localStorage.getItem(key), `${PREFIX}language`)).toBe('de');
    expect(asked.length).toBeGreaterThan(0);

    await page.reload();
    await expect(page.getByRole('navigation', { name: 'Bereiche' }).getByRole('link', { name: 'Übersicht' })).toBeVisible();

    await Promise.all([page.waitForEvent('load'), page.getByLabel('Sprache').selectOption({ label: 'English' })]);
    await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Campaigns' })).toBeVisible();
    await expect(page.getByLabel('Language')).toHaveValue('en');
    await expect(page.locator('.smp-app')).toHaveAttribute('lang', 'en');
  });
});

test.describe('a German browser', () => {
  test.use({ locale: 'de-DE' });

  test('starts in German, until English is chosen', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('navigation', { name: 'Bereiche' }).getByRole('link', { name: 'Strategie' })).toBeVisible();
    await expect(page.getByLabel('Sprache')).toHaveValue('de');
    // The welcome in German, and a plan made from it.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Von der Strategie zum Kalender, in einem Plan');
    await expect(page.getByRole('button', { name: 'Mit einem Beispiel beginnen' })).toBeVisible();
    await page.getByLabel('Name des Plans').fill('Bäckerei Sonne');
    await page.getByRole('button', { name: 'Plan anlegen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bäckerei Sonne');
    await Promise.all([page.waitForEvent('load'), page.getByLabel('Sprache').selectOption({ label: 'English' })]);
    await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Strategy' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  });
});

test.describe('a translation that cannot arrive', () => {
  test.use({ locale: 'en-GB', serviceWorkers: 'block' });

  test('leaves the planner in English and says so by the switch', async ({ page }) => {
    await page.addInitScript((key) => localStorage.setItem(key, 'de'), `${PREFIX}language`);
    await page.route(/\/lang\/de\.txt$/, (route) => route.abort());
    await page.goto('/');
    await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Strategy' })).toBeVisible();
    await expect(page.getByRole('contentinfo').getByRole('alert')).toHaveText(
      'Deutsch could not be loaded: the planner could not reach its files. Check the connection, then reload the page.',
    );
    await expect(page.getByLabel('Language')).toHaveValue('en');
  });
});

test.describe('a host page with two planners', () => {
  test.use({ locale: 'en-GB' });

  test('a language chosen in either planner is the page’s, kept for every planner embedded in the site', async ({ page }) => {
    const asked = translations(page);
    await page.goto('/examples/embed.html');
    const harbour = page.locator('[data-storage-key="harbour-coffee"]');
    const northwind = page.locator('[data-storage-key="northwind-cycles"]');
    await expect(northwind.getByLabel('Language')).toHaveValue('en');
    expect(asked).toEqual([]);

    // Chosen in the second planner: the page starts again in German, both
    // planners in it; the host's own words stay the host's.
    await Promise.all([page.waitForEvent('load'), northwind.getByLabel('Language').selectOption({ label: 'Deutsch' })]);
    for (const planner of [harbour, northwind]) {
      await expect(planner.getByLabel('Sprache')).toHaveValue('de');
      await expect(planner.getByRole('navigation', { name: 'Bereiche' }).getByRole('link', { name: 'Strategie' })).toBeVisible();
      await expect(planner.locator('.smp-app')).toHaveAttribute('lang', 'de');
    }
    await expect(harbour.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Social media that serves the business' })).toBeVisible();
    const stored = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage).filter(([key]) => key.endsWith('language'))));
    expect(stored).toEqual({ 'social-media-planner@language': 'de' });

    // The standalone planner of the same site keeps its own choice.
    await page.goto('/');
    await expect(page.getByLabel('Language')).toHaveValue('en');

    // Back to English from the first planner.
    await page.goto('/examples/embed.html');
    await Promise.all([page.waitForEvent('load'), harbour.getByLabel('Sprache').selectOption({ label: 'English' })]);
    for (const planner of [harbour, northwind]) await expect(planner.getByLabel('Language')).toHaveValue('en');
  });
});

test.describe('the example in German', () => {
  test.use({ locale: 'de-DE' });

  for (const [width, height] of [[1280, 800], [360, 740]]) {
    test(`every page speaks German, days too, and its longer words fit at ${width} px`, async ({ page }, testInfo) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height });
      await page.clock.install({ time: new Date('2026-12-03T10:00:00') });
      await page.goto('/');
      await page.getByRole('button', { name: 'Mit einem Beispiel beginnen' }).click();
      await expect(page.getByRole('banner').getByRole('status')).toHaveText('Gespeichert');
      const pages = [
        ['overview', '/#/', 'Diese Woche'],
        ['strategy', '/#/strategy', 'Strategie'],
        ['campaigns', '/#/campaigns', 'Kampagnen'],
        ['month', '/#/calendar', 'Dezember 2026'],
        ['week', '/#/calendar?view=week', 'Woche vom'],
        ['list', '/#/calendar?view=list', 'Beiträge und Aufgaben, der Reihe nach'],
        ['measure', '/#/measure', 'Messen'],
        ['plans', '/#/plans', 'Pläne'],
      ];
      const problems = [];
      for (const [name, path, words] of pages) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.getByRole('main')).toContainText(words);
        problems.push(...(await layoutProblems(page)).map((line) => `${name}: ${line}`));
        await page.screenshot({ path: testInfo.outputPath(`${name}-de-${width}.png`), fullPage: true });
      }
      expect(problems).toEqual([]);
    });
  }
});

test.describe('numbers and money in German', () => {
  test.use({ locale: 'de-DE' });

  test('amounts are typed and shown as German writes them, in the plan’s currency', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-12-03T10:00:00') });
    await page.goto('/');
    await page.getByRole('button', { name: 'Mit einem Beispiel beginnen' }).click();
    await expect(page.getByRole('banner').getByRole('status')).toHaveText('Gespeichert');
    const region = (name) => page.getByRole('region', { name });

    // The plan counts in euros: chosen once, on its overview.
    const currency = page.getByLabel('Währung');
    await expect(currency.locator('option:checked')).toHaveText('Keine: Beträge als einfache Zahlen');
    await currency.selectOption({ label: 'Euro (EUR)' });
    await page.goto('/#/campaigns');
    await page.getByRole('link', { name: 'Café tasting month' }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Café tasting month');

    const money = region('Budget und Ertrag');
    const budget = money.getByLabel('Budget', { exact: true });
    await expect(budget).toHaveValue('300');
    // The currency's sign stands by the field and is read with it.
    await expect(budget).toHaveAccessibleDescription(/€/);
    await expect(region('Taktiken').getByLabel('Werbeausgaben')).toHaveValue('200');
    // What was spent: 180 on ads and 60 besides, in euros as German writes them.
    await expect(money.getByRole('definition').nth(1)).toHaveText('240\u00a0€');

    // A German thousands point and decimal comma are read as German means them.
    await budget.fill('1.000');
    await money.getByLabel('Erwarteter Ertrag').fill('1.500,50');
    await expect(money.getByRole('definition').first()).toHaveText('+50 %');
    await budget.fill('150,5');
    await expect(page.getByText('Bezahlte Taktiken kosten 200\u00a0€, mehr als das Budget von 150,50\u00a0€.').first()).toBeVisible();
    // Undo says what it would undo, in German.
    await expect(page.getByRole('button', { name: 'Rückgängig: Kampagne bearbeiten' })).toBeVisible();
    // A number that is not one says so in German, with a German example.
    await budget.fill('zwölf');
    await expect(money.getByText('Geben Sie eine Zahl ein, etwa 250 oder 12,5.')).toBeVisible();
    await budget.fill('150,5');

    await page.reload();
    await expect(budget).toHaveValue('150,5');
    await expect(money.getByLabel('Erwarteter Ertrag')).toHaveValue('1500,5');

    // A result's facts and its table speak German numbers too.
    await page.goto('/#/measure');
    await expect(page.getByRole('main')).toContainText(/Zuletzt: \d+ am \d+\. /);
    await expect(page.getByRole('main')).not.toContainText('Latest:');
    // What an insight is for and came from are chosen in German words.
    await expect(page.getByLabel('Teil der Strategie, den sie ändern soll').locator('option', { hasText: 'Geschäftsziele' })).toHaveCount(1);
    await expect(page.getByLabel('Woher sie stammt').locator('option', { hasText: 'die Kampagne „Café tasting month“' })).toHaveCount(1);

    // The plans' room in this browser, and what the plan holds.
    await page.goto('/#/plans');
    await expect(page.getByRole('main')).toContainText(/Ihre Pläne belegen \d+ KB, platzsparend gespeichert\. Der Browser gewährt dieser Website insgesamt etwa 10 MB\./);
    await expect(page.getByRole('main')).toContainText('3 Kampagnen');
    // A file that is not a plan is refused in German, with the reader's own words kept behind details.
    await page.getByLabel('Pläne aus einer Datei importieren').setInputFiles({
      name: 'cut.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "social-media-planner/plan", "vers'),
    });
    await expect(page.getByText('Die Datei ist kein aus dem Planer exportierter Plan: Sie ist kein JSON, oder sie wurde gekürzt oder von Hand geändert.')).toBeVisible();
  });
});

test.describe('the documents and the file writers in German', () => {
  test.use({ locale: 'de-DE' });

  test('the printed strategy, a part read, the exports, the composer and the checks speak German', async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    await page.clock.install({ time: new Date('2026-12-03T10:00:00') });
    await page.goto('/');
    await page.getByRole('button', { name: 'Mit einem Beispiel beginnen' }).click();
    await expect(page.getByRole('banner').getByRole('status')).toHaveText('Gespeichert');
    const main = page.getByRole('main');

    // The printed strategy: laid out by the file writers, in German, the
    // plan's own words as they were.
    await page.goto('/#/strategy/print');
    const print = page.getByRole('article', { name: 'Strategie zum Drucken' });
    await expect(print.getByRole('heading', { level: 2, name: 'Kampagnen' })).toBeVisible();
    await expect(print.getByRole('heading', { level: 2, name: 'Strategie' })).toBeVisible();
    await expect(print.getByRole('heading', { level: 3, name: 'Geschäftsziele' })).toBeVisible();
    await expect(print).toContainText('Example: Hearth & Crumb Bakery · Social-Media-Strategie · 3. Dez. 2026');
    await expect(print).toContainText('Art des Ergebnisses');
    await expect(print).toContainText('Dient: Win wholesale accounts with independent cafés');
    await expect(print.getByRole('region', { name: /Themensäule, Was sie umfasst und Anteil$/ })).toBeVisible();
    await expect(print.getByRole('region', { name: /Tag, Uhrzeit, Profil, Was und Status$/ })).toBeVisible();
    await expect(print.getByRole('columnheader', { name: 'Taktik' }).first()).toBeVisible();
    await expect(page).toHaveTitle(/– Social-Media-Strategie/);
    await expect(print).toContainText('5 pro Woche');
    for (const english of ['Kind of result', 'Campaigns', 'Serves:', 'What it covers', 'Effort per post']) {
      await expect(print).not.toContainText(english);
    }
    await page.screenshot({ path: testInfo.outputPath('print-de.png'), fullPage: true });

    // A finished part read: its table is headed in German.
    await page.goto('/#/strategy');
    await page.getByRole('region', { name: 'Bereitschaft' }).getByRole('link', { name: /^Inhaltsstrategie/ }).click();
    const content = page.getByRole('region', { name: 'Inhaltsstrategie', exact: true });
    await expect(content.getByRole('columnheader', { name: 'Themensäule' })).toBeVisible();
    await expect(content.getByRole('columnheader', { name: 'Anteil' })).toBeVisible();
    await expect(content).toContainText('Aufwand je Beitrag');
    await expect(content).toContainText(/\d+ Minuten/);

    // The exports: what a file can hold, what it will hold and what was done.
    await page.goto('/#/calendar/export');
    const scope = page.getByLabel('Was hineinkommt');
    await expect(scope.locator('option').first()).toHaveText('Alles');
    await expect(scope.locator('option', { hasText: 'Kampagne: Café tasting month' })).toHaveCount(1);
    await expect(main).toContainText(/\d+ Termine: 3 Kampagnen, \d+ Beiträge und \d+ Aufgaben\./);
    const layout = page.getByLabel('Format', { exact: true });
    await expect(layout.locator('option').first()).toHaveText('Hootsuite, Tag zuerst (31/12/2027 09:00)');
    await expect(main).toContainText(/\d+ Beiträge für \d+ Profile: \d+ Dateien, eine je Profil\./);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Kalenderdatei herunterladen' }).click();
    await download;
    await expect(main).toContainText('heruntergeladen: Importieren Sie die Datei in Ihre Kalender-App.');

    // The calendar's filters, the composer's count and a series, in German.
    await page.goto('/#/calendar?view=list');
    await expect(page.getByRole('combobox', { name: 'Status' }).getByRole('option', { name: /^Entwurf \(\d+\)$/ })).toHaveCount(1);
    await page.getByRole('button', { name: /^Instagram @hearthandcrumb: / }).first().click();
    const panel = page.getByRole('dialog');
    await expect(panel).toContainText(/\d+ von 2\.200 Zeichen für Instagram\./);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /^Facebook Hearth & Crumb Bakery: This weekend/ }).first().click();
    await expect(page.getByRole('dialog')).toContainText(/Teil einer Serie: Wöchentlich \(\w+\.\) bis \d+\. \w+\.? \d{4}/);
    await page.keyboard.press('Escape');

    // What a KPI tracks, and a brief's hint, in German.
    await page.goto('/#/measure');
    await expect(main).toContainText('Misst das Ziel „Fill the weekend baking classes“.');
    await page.goto('/#/campaigns');
    await page.getByRole('link', { name: 'Bake with us: two bakers for the new shop' }).first().click();
    await expect(main).toContainText('Eintragen, sobald die Kampagne gelaufen ist.');

    // Removing an objective a campaign serves names that campaign in German.
    await page.goto('/#/strategy');
    await page.getByRole('region', { name: 'Bereitschaft' }).getByRole('link', { name: /^Geschäftsziele/ }).click();
    await page.getByRole('button', { name: 'Ziel 1 entfernen' }).click();
    await expect(main).toContainText('Verwendet von der Kampagne „Café tasting month“');
  });
});

test.describe('what goes wrong, in German', () => {
  test.use({ locale: 'de-DE' });

  test('a refused name, what campaigns still need and a full store are said in German', async ({ page }) => {
    await page.goto('/');
    // A name past the limit: its length as German writes it.
    await page.getByLabel('Name des Plans').fill('x'.repeat(10_001));
    await page.getByRole('button', { name: 'Plan anlegen' }).click();
    await expect(page.getByRole('alert')).toHaveText('Ein Planname darf höchstens 10.000 Zeichen haben; dieser hat 10.001.');
    await page.getByLabel('Name des Plans').fill('Bäckerei Sonne');
    await page.getByRole('button', { name: 'Plan anlegen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bäckerei Sonne');

    // Campaigns wait for the strategy: what it still needs, in German.
    await page.goto('/#/campaigns');
    await expect(page.getByRole('main')).toContainText('ein Geschäftsziel, dem die Kampagne dient, mit seiner Aussage und einer Kennzahl');
    await expect(page.getByRole('main')).not.toContainText('a persona for the campaign');

    // A full store: why the plan was not saved, in German.
    await page.goto('/#/');
    const brand = page.getByLabel('Marke oder Kunde');
    await brand.fill('Vor dem vollen Speicher gespeichert');
    await expect(page.getByRole('banner').getByRole('status')).toHaveText('Gespeichert');
    await fillStorage(page);
    await brand.fill('Getippt, als der Speicher voll war – ein viel längerer Wert als zuvor');
    await expect(page.getByRole('banner').getByRole('status')).toHaveText('Nicht gespeichert: der Speicher des Browsers für diese Website ist voll');
  });
});

test.describe('names and counts the planner makes, in German', () => {
  test.use({ locale: 'de-DE' });

  test('a copy is named in German, and a week’s cadence is said in German', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-12-03T10:00:00') });
    await page.goto('/');
    await page.getByRole('button', { name: 'Mit einem Beispiel beginnen' }).click();
    await expect(page.getByRole('banner').getByRole('status')).toHaveText('Gespeichert');

    // The week's cadence table: how far each profile is from its cadence.
    await page.goto('/#/calendar?view=week');
    const cadence = page.getByRole('table', { name: 'Diese Woche im Vergleich zum Rhythmus der Content-Strategie' });
    await expect(cadence.getByRole('row', { name: 'Instagram @hearthandcrumb 5 5 Im Takt' })).toBeVisible();
    await expect(cadence).not.toContainText(/On cadence|short|over/);

    // A duplicated plan is marked as a copy in German.
    await page.goto('/#/plans');
    const name = 'Example: Hearth & Crumb Bakery';
    await page.getByRole('listitem').filter({ has: page.getByRole('heading', { name, exact: true }) })
      .getByRole('button', { name: 'Duplizieren' }).click();
    await expect(page.getByRole('heading', { name: `${name} (Kopie)`, exact: true })).toBeVisible();
  });
});
