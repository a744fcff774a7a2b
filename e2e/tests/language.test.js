import assert from 'node:assert/strict';
import { expectText, signInAs } from '../support/actions.js';
import { scenario } from '../support/scenario.js';

scenario('language-switch', 'the language switch changes the page, and the choice survives a reload', async (page) => {
  await signInAs(page, '郭鹏');
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expectText(nav, '我的培训进度');
  assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');

  await page.getByText('English', { exact: true }).click();
  const englishNav = page.getByRole('navigation', { name: 'Main navigation' });
  await englishNav.waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await expectText(englishNav, 'My training');
  assert.equal(await englishNav.getByText('我的培训进度').count(), 0, 'no Chinese menu entry left');

  await page.reload();
  await englishNav.waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
});
