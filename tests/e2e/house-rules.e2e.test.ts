/**
 * House rules with the production build: a brand lead pastes a pack on the options page, sees a broken one
 * refused with its problem by path, loads a good one, previews it on a sample post, makes an "Acme" profile
 * that writes by it on X, and sees its rule fire, labelled as a house rule, in a replica composer's card.
 * The side panel says the composer writes as Acme and switches it back to the default profile, whose
 * checks have no house rules. Screenshots of the options section, the card and the panel's switch go to
 * tests/e2e/screenshots/ for a person to look at.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { focusEditor, openPanelFor, SCREENSHOT_DIR, typeSlowly, type E2EBrowser } from './harness';
import { useBrowser } from './suite';

let browser: E2EBrowser;

useBrowser((launched) => (browser = launched));

const BROKEN = JSON.stringify({ name: 'Acme social house style', version: 1, rules: [{ id: 'two-hashtags', type: 'limit', count: 'hashtags', max: 'two' }] });
const GOOD = JSON.stringify(
  {
    name: 'Acme social house style',
    version: 1,
    rules: [
      { id: 'no-competitors', type: 'avoid', terms: ['Globex', 'Initech'], message: 'We never name competitors.', severity: 'error' },
      { id: 'say-customers', type: 'prefer', use: 'customers', instead: ['users', 'consumers'], severity: 'warning' },
    ],
  },
  null,
  2,
);
const DRAFT = 'Our users tell us we are faster than Globex. What would you like us to build next?';

describe('house rules', () => {
  it('pastes a pack on the options page, previews it, and sees its rule fire in a composer', async () => {
    browser.resetLeaks();
    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 820, height: 1400 });
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const section = options.locator('section[aria-labelledby="house-packs-heading"]');
    const packField = section.getByLabel('Pack (JSON)');

    await packField.fill(BROKEN);
    const problems = section.locator('[aria-label="Problems in this pack"] li');
    await expect.poll(() => problems.allTextContents()).toEqual([expect.stringMatching(/^rules\[0\]\.max.*two/)]);
    expect(await section.getByRole('button', { name: 'Add pack' }).isEnabled()).toBe(true);

    await packField.fill(GOOD);
    await expect.poll(() => section.locator('.pack-check').textContent()).toContain('loads: 2 rules');
    await section.getByLabel('Try it on a sample post').fill(DRAFT);
    const preview = section.locator('[aria-label="What the pack finds"] li');
    await expect.poll(() => preview.allTextContents(), { timeout: 10_000 }).toEqual([
      expect.stringContaining('“users”'),
      expect.stringContaining('“Globex”'),
    ]);
    expect(await preview.nth(1).textContent()).toContain('House rule · Acme social house style');
    await section.screenshot({ path: join(SCREENSHOT_DIR, 'house-rules-options.png') });
    // The same pack as a form: a fieldset per rule, the preview below it unchanged.
    await section.getByRole('button', { name: 'Form', exact: true }).click();
    await expect.poll(() => section.locator('fieldset.rule-form').count()).toBe(2);
    expect(await section.locator('fieldset.rule-form').first().locator('input').first().inputValue()).toBe('no-competitors');
    await section.screenshot({ path: join(SCREENSHOT_DIR, 'house-rules-form.png') });
    await section.getByRole('button', { name: 'JSON', exact: true }).click();

    await section.getByRole('button', { name: 'Add pack' }).click();
    await expect.poll(() => section.locator('[aria-label="House-rule packs"] li').allTextContents()).toEqual([expect.stringContaining('Acme social house style')]);
    const profiles = options.locator('section[aria-labelledby="profiles-heading"]');
    await profiles.getByLabel('New profile').fill('Acme');
    await profiles.getByRole('button', { name: 'Add profile' }).click();
    const acme = profiles.locator('li.profile[aria-label="Acme"]');
    await acme.locator('.profile-pack select').selectOption({ label: 'Acme social house style' });
    await acme.getByLabel('X', { exact: true }).check();
    await expect.poll(() => acme.locator('.profile-pack select').inputValue()).toBe('acme-social-house-style');
    await expect.poll(() => profiles.locator('li.profile[aria-label="Default"]').textContent()).not.toContain('X,');
    await profiles.screenshot({ path: join(SCREENSHOT_DIR, 'profiles-options.png') });

    const page = await browser.openReplica('x');
    try {
      await focusEditor(page);
      await typeSlowly(page, DRAFT, { delay: 5 });
      await expect
        .poll(() => page.evaluate(() => document.querySelector<HTMLElement>('rapport-badge')?.dataset.rules ?? ''), { timeout: 20_000 })
        .toContain('house/acme-social-house-style/no-competitors');
      await page.locator('rapport-badge button.badge').click();
      const card = page.locator('rapport-badge .finding', { hasText: 'Globex' });
      await expect.poll(() => card.locator('.house-rule').textContent(), { timeout: 10_000 }).toBe('House rule · Acme social house style');
      expect(await card.locator('.message').textContent()).toBe('We never name competitors.');
      await page.locator('rapport-badge .card').screenshot({ path: join(SCREENSHOT_DIR, 'house-rules-card.png') });

      // The panel says whose rules the composer writes by, and switching to the default drops the pack's.
      const panel = await openPanelFor(browser, page);
      const profile = panel.locator('.profile-switch select');
      await expect.poll(() => profile.inputValue(), { timeout: 10_000 }).toBe('acme');
      expect(await panel.locator('.profile-switch').textContent()).toContain('on X');
      await panel.locator('.profile-switch').screenshot({ path: join(SCREENSHOT_DIR, 'panel-profile-switch.png') });
      await profile.selectOption({ label: 'Default' });
      await expect
        .poll(() => page.evaluate(() => document.querySelector<HTMLElement>('rapport-badge')?.dataset.rules ?? ''), { timeout: 20_000 })
        .not.toContain('house/');
      await panel.close();
      // A pasted pack needs no network: nothing left the machine.
      expect(browser.leaks).toEqual([]);
    } finally {
      await page.close();
      await options.close();
    }
  });
});
