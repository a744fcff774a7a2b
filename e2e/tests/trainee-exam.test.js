import assert from 'node:assert/strict';
import { expectText, openMenu, signInAs } from '../support/actions.js';
import { scenario } from '../support/scenario.js';

const ANSWERED = 4;

/** Answers one question card with whatever input its type shows; returns how to find the answer again. */
async function answer(card, index) {
  const radios = card.getByRole('radio');
  if ((await radios.count()) > 0) {
    await radios.first().check();
    return async () => assert.equal(await radios.first().isChecked(), true, `question ${index}: radio kept`);
  }
  const boxes = card.getByRole('checkbox');
  if ((await boxes.count()) > 0) {
    await boxes.first().check();
    return async () => assert.equal(await boxes.first().isChecked(), true, `question ${index}: checkbox kept`);
  }
  const selects = card.locator('select');
  if ((await selects.count()) > 0) {
    const value = await selects.first().locator('option').nth(1).getAttribute('value');
    await selects.first().selectOption(value);
    return async () => assert.equal(await selects.first().inputValue(), value, `question ${index}: match kept`);
  }
  const text = card.locator('input[type="text"], input:not([type]), textarea').first();
  const typed = (await text.getAttribute('inputmode')) === 'decimal' ? '42' : '客户身份核实';
  await text.fill(typed);
  return async () => assert.equal(await text.inputValue(), typed, `question ${index}: text kept`);
}

scenario(
  'trainee-exam',
  'a trainee answers questions, reloads and finds every answer, submits and sees the per-area scores',
  async (page) => {
    await signInAs(page, '何雪');
    await openMenu(page, '考试');
    await page.getByRole('button', { name: '开始 / 继续 随堂练习' }).click();
    await page.waitForURL(/\/exam\/attempts\//);

    const cards = page.locator('[data-testid^="question-"]');
    await cards.first().waitFor();
    const total = await cards.count();
    assert.ok(total >= ANSWERED, `the practice exam draws ${total} questions`);

    const checks = [];
    for (let i = 0; i < ANSWERED; i += 1) {
      const card = cards.nth(i);
      checks.push(await answer(card, i + 1));
      await expectText(card.getByRole('status'), /已保存 \d\d:\d\d:\d\d/);
    }

    const url = page.url();
    await page.reload();
    assert.equal(page.url(), url, 'the attempt stays in the address after a reload');
    await cards.first().waitFor();
    for (const check of checks) await check();

    await page.getByRole('button', { name: /^交卷$/ }).click();
    const dialog = page.getByRole('dialog');
    await expectText(dialog, `已作答 ${ANSWERED}/${total} 题`);
    await dialog.getByRole('button', { name: /^交卷$/ }).click();

    await page.getByRole('heading', { level: 1, name: /考试成绩/ }).waitFor();
    const areas = page.locator('.ant-card', { has: page.getByRole('heading', { name: '各课程得分' }) });
    for (const area of ['证券基础知识', '系统软件', '服务规范', '服务技巧']) {
      await expectText(areas, area);
    }
    await expectText(areas, /\d+\.\d/);
  },
);
