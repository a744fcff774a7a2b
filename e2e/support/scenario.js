// The frame every end-to-end test runs in: a Chromium page against the running app, a screenshot
// under target/screenshots/ whatever the outcome, and an axe-core check that fails on serious or
// critical violations.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TARGET = join(dirname(fileURLToPath(import.meta.url)), '..', 'target');
const FAILING_IMPACTS = new Set(['serious', 'critical']);

export const baseUrl = process.env.E2E_BASE_URL;

let browserPromise;
function browser() {
  browserPromise ??= chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    // Root in a container has no user namespace for Chromium's sandbox.
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
  return browserPromise;
}
after(async () => {
  if (browserPromise) await (await browserPromise).close();
});

/**
 * Runs axe-core on the page as it is now and fails on serious or critical violations; the whole
 * report is kept in target/axe/<name>.json.
 */
export async function expectAccessible(page, name) {
  // The pointer rests where the last click left it; a hovered button's lighter colour is not the page's state.
  await page.mouse.move(0, 0);
  // A message that is still fading in (Ant Design's form help, 0.3 s) has the colour of half its opacity: wait for the
  // page's finite animations and transitions to end (a spinner's run forever and are not waited for). Two frames
  // first: the motion adds the class that starts a transition one frame after the element appears.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => Number.isFinite(animation.effect?.getComputedTiming().endTime ?? Infinity))
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  if (!(await page.evaluate(() => 'axe' in window))) {
    // Evaluated through the DevTools protocol, which the app's CSP (script-src 'self') does not
    // govern: a <script> tag would be blocked, and bypassing the CSP would test a different page.
    await page.evaluate(AXE_SOURCE);
  }
  const violations = await page.evaluate(async () => {
    const results = await window.axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      targets: nodes.map((node) => node.target.join(' ')),
      summary: nodes[0]?.failureSummary,
    }));
  });
  mkdirSync(join(TARGET, 'axe'), { recursive: true });
  writeFileSync(join(TARGET, 'axe', `${name}.json`), JSON.stringify(violations, null, 2));
  const failing = violations.filter((violation) => FAILING_IMPACTS.has(violation.impact));
  assert.deepEqual(
    failing.map(
      ({ id, impact, help, targets, summary }) =>
        `${impact} ${id}: ${help} (${targets.slice(0, 5).join(', ')}) ${summary ?? ''}`,
    ),
    [],
    `axe-core found serious or critical violations on ${page.url()}`,
  );
}

/**
 * Declares one end-to-end test. `body(page)` drives a fresh browser context (its own storage, so its
 * own signed-in person); afterwards the page is checked with axe-core and photographed as
 * target/screenshots/<id>.png (also when the body failed, to show where it stopped).
 */
export function scenario(id, title, body, { timeout = 120_000, viewport = { width: 1280, height: 900 } } = {}) {
  test(title, { timeout }, async () => {
    assert.ok(baseUrl, 'E2E_BASE_URL is not set: run the tests with  npm test  (run.js starts the app)');
    const context = await (await browser()).newContext({ baseURL: baseUrl, viewport, locale: 'zh-CN' });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    const consoleErrors = [];
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    try {
      await body(page);
      await expectAccessible(page, id);
      assert.deepEqual(consoleErrors, [], 'uncaught errors in the page');
    } finally {
      mkdirSync(join(TARGET, 'screenshots'), { recursive: true });
      await page.screenshot({ path: join(TARGET, 'screenshots', `${id}.png`), fullPage: true }).catch(() => {});
      await context.close();
    }
  });
}
