import assert from 'node:assert/strict';
import { expectText } from '../support/actions.js';
import { expectAccessible, scenario } from '../support/scenario.js';

// A trainee on a phone (375 × 812, the width issue #9 names): every trainee page fits the screen — no sideways
// scrolling of the page itself — the navigation is a drawer, and each page passes the axe check. Read-only: 郭鹏
// (t02), whom the language and forms scenarios also use, is only looked at here.
const PHONE = { width: 375, height: 812 };
const PAGES = ['首页', '我的培训进度', '课程学习', '考试', '我的表单'];

/** The page's widest content against the viewport: wider means the page scrolls sideways. */
async function overflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const widest = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
    const culprits = [...document.querySelectorAll('main *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
    return { width, widest, culprits };
  });
}

scenario(
  'trainee-phone',
  'a trainee on a 375 px phone reaches every trainee page through the drawer, and no page scrolls sideways',
  async (page) => {
    await page.goto('/login');
    await page.getByRole('button', { name: /以 郭鹏（/ }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    const openNav = page.getByRole('button', { name: '打开导航菜单' });
    await openNav.waitFor();
    assert.equal(await page.getByRole('navigation', { name: '主导航' }).count(), 0, 'no side menu on a phone');

    for (const label of PAGES) {
      await openNav.click();
      const nav = page.getByRole('navigation', { name: '主导航' });
      await nav.getByRole('menuitem', { name: label }).click();
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
      const heading = page.getByRole('heading', { level: 1 }).first();
      await heading.waitFor();
      await expectText(heading, /\S/);
      await page.waitForLoadState('networkidle');
      const { width, widest, culprits } = await overflow(page);
      assert.ok(widest <= width, `${label}: the page is ${widest} px wide on a ${width} px screen (${culprits.join(', ')})`);
      await expectAccessible(page, `trainee-phone-${label}`);
    }
  },
  { viewport: PHONE },
);
