// Steps that several scenarios share. Text is matched in Chinese, the default language.
import assert from 'node:assert/strict';

/** The development sign-in page: pick a demo person by name; resolves once the app shell shows. */
export async function signInAs(page, name) {
  await page.goto('/login');
  await page.getByRole('button', { name: new RegExp(`以 ${name}（`) }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.getByRole('navigation', { name: '主导航' }).waitFor();
}

/** Waits until the locator's text matches; clearer failures than a bare waitFor. */
export async function expectText(locator, pattern, timeout = 20_000) {
  const deadline = Date.now() + timeout;
  let text = '';
  while (Date.now() < deadline) {
    text = (await locator.first().textContent().catch(() => null)) ?? '';
    if (pattern instanceof RegExp ? pattern.test(text) : text.includes(pattern)) return text;
    await new Promise((r) => setTimeout(r, 200));
  }
  assert.fail(`expected text ${pattern} but found "${text}"`);
}

/**
 * A form field's accessible name as a pattern: its label, after the required mark (*) Chromium reads from antd's
 * ::before; the label is matched literally.
 */
export function labelled(label) {
  return new RegExp(`^(\\*\\s*)?${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/**
 * Waits until the element and everything in it have finished their CSS animations and transitions: antd zooms a
 * dialog in, and on a loaded machine a click during that animation was lost (the dialog stayed open).
 */
export async function settled(locator) {
  await locator.waitFor();
  await locator.evaluate((element) =>
    Promise.all(element.getAnimations({ subtree: true }).map((animation) => animation.finished)),
  );
}

/** Navigates through the side menu, as a user would. */
export async function openMenu(page, label) {
  await page.getByRole('navigation', { name: '主导航' }).getByRole('menuitem', { name: label }).click();
}

/** Signs out through the header button and waits for the sign-in page. */
export async function signOut(page) {
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/login'));
}

/** Starts (or resumes) an exam from the exam list and submits it at once, confirming the dialog. */
export async function sitAndSubmit(page, examTitle) {
  await openMenu(page, '考试');
  await page.getByRole('button', { name: `开始 / 继续 ${examTitle}` }).click();
  await page.waitForURL(/\/exam\/attempts\//);
  await page.locator('[data-testid^="question-"]').first().waitFor();
  await page.getByRole('button', { name: /^交卷$/ }).click();
  const dialog = page.getByRole('dialog');
  await settled(dialog);
  await dialog.getByRole('button', { name: /^交卷$/ }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByRole('heading', { level: 1, name: /考试成绩/ }).waitFor();
}
