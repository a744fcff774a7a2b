import assert from 'node:assert/strict';
import { callApi } from '../support/api.js';
import { expectText, openMenu, signInAs } from '../support/actions.js';
import { expectAccessible, scenario } from '../support/scenario.js';

// Uploaded by 林晓雨 (ts1): one good question, and one on line 7 whose braces never close.
const GIFT = [
  '// 端到端测试上传的题目',
  '::E2E-GOOD::客户转入资金后当日可否用于买入股票？{',
  '=可以#银证转账转入的资金当日可用于买入。',
  '~不可以#转入资金当日即可用于买入。',
  '}',
  '',
  '::E2E-BAD::创业板股票的涨跌幅限制是多少？{=20% ~10% ~5%',
  '',
].join('\n');

/** A trainee sits the practice quiz through the API, answering every choice question with one option. */
async function sitPractice(traineeId, option) {
  const attempt = await callApi(traineeId, 'POST', '/api/v1/exams/practice-quick/attempts', {});
  const answers = {};
  for (const question of attempt.questions) {
    if (question.type === 'TRUE_FALSE') answers[question.questionId] = { value: option === 0 };
    else if (question.options?.length) answers[question.questionId] = { choices: [option % question.options.length] };
  }
  await callApi(traineeId, 'PUT', `/api/v1/attempts/${attempt.id}/answers`, { answers });
  await callApi(traineeId, 'POST', `/api/v1/attempts/${attempt.id}/submit`);
}

scenario(
  'training-banks',
  'a training specialist uploads GIFT with a bad question and sees the per-line report; the item analysis chart renders',
  async (page) => {
    await signInAs(page, '林晓雨');
    await openMenu(page, '题库导入');
    await page.getByRole('heading', { level: 1, name: '题库导入' }).waitFor();
    await page.getByLabel('GIFT 文件（.gift，UTF-8，最大 1 MB）').setInputFiles({
      name: 'e2e.gift',
      mimeType: 'text/plain',
      buffer: Buffer.from(GIFT, 'utf8'),
    });
    await page.getByLabel(/^默认分类/).fill('securities-basics/e2e');
    await page.getByRole('button', { name: /^导入$/ }).click();

    const report = page.getByRole('region', { name: '导入结果' });
    await expectText(report.getByRole('alert'), '有 1 道题因错误未导入');
    const errorRow = report.getByRole('row').filter({ hasText: 'E2E-BAD' });
    await expectText(errorRow.getByRole('cell').first(), /^7$/);
    const imported = await report.locator('.ant-statistic').first().textContent();
    assert.match(imported ?? '', /新增或更新\s*1/);
    await expectAccessible(page, 'training-banks-report');

    // Two trainees sit the practice quiz, so the analysis has attempts to chart.
    await sitPractice('t08', 0);
    await sitPractice('t09', 1);
    await openMenu(page, '考试与题目分析');
    await page.getByRole('link', { name: '查看 随堂练习 的题目分析' }).click();
    await page.getByRole('heading', { level: 1, name: '题目分析：随堂练习' }).waitFor();
    const chart = page.getByRole('img', { name: /道题的通过率与区分度柱状图/ });
    await chart.locator('svg').waitFor();
    assert.ok((await chart.locator('svg path').count()) > 10, 'the chart draws its bars');
    await expectText(chart.locator('svg'), '通过率');
  },
);
