import assert from 'node:assert/strict';
import { callApi, moveToStep, recentTradingDay } from '../support/api.js';
import { expectText, labelled, openMenu, signInAs } from '../support/actions.js';
import { expectAccessible, scenario } from '../support/scenario.js';

// 郑洁 (t07) is placed with 张华 (bm1, 深圳福田营业部), who files the 附5 evaluation.
const TRAINEE = 't07';
// One score per score item of the form, in its order: 962 / 11 = 87.4545…, recorded as 87.45 (half up).
const SCORES = [90, 85, 88, 92, 80, 86, 90, 84, 87, 89, 91];

scenario(
  'branch-evaluation',
  'a branch mentor files the 附5 evaluation of the trainee placed with them: a missing score is refused on the page, then the score is recorded',
  async (page) => {
    await moveToStep(TRAINEE, 'branch-shadowing', '端到端测试：直接进入网点见习');
    const placement = await callApi('ts1', 'POST', '/api/v1/shadowing/placements', {
      traineeId: TRAINEE,
      branchMentorId: 'bm1',
      startDate: await recentTradingDay(),
    });
    const definition = await callApi('bm1', 'GET', '/api/v1/form-definitions/branch-shadowing-evaluation');
    const scoreItems = definition.fields.filter((field) => field.type === 'SCORE');
    assert.equal(scoreItems.length, SCORES.length, 'the 附5 form has one score per item above');

    await signInAs(page, '张华');
    await openMenu(page, '见习学员');
    await page.getByRole('link', { name: `查看学员 ${TRAINEE} 的见习` }).click();
    await page.getByRole('heading', { level: 1, name: `学员 ${TRAINEE} 的网点见习` }).waitFor();
    const card = page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: '网点见习考评' }) });
    await card.getByRole('heading', { name: /网点见习考评表/ }).waitFor();

    // Everything but the attitude score: the page names the missing field and sends nothing.
    await card.getByRole('textbox', { name: labelled('见习网点') }).fill('深圳福田营业部');
    for (const [index, field] of scoreItems.entries()) {
      if (field.id === 'attitude') continue;
      await card.getByRole('spinbutton', { name: labelled(field.label) }).fill(String(SCORES[index]));
    }
    await card.getByRole('textbox', { name: labelled('总体评价') }).fill('见习认真，主动向柜台同事请教，业务掌握扎实。');
    await expectText(card.locator('.form-note').first(), '已评 10 / 11 项');
    await card.getByRole('button', { name: '提交考评' }).click();
    await card.getByText('请填写学习态度', { exact: true }).waitFor();
    await expectAccessible(page, 'branch-evaluation-missing');
    assert.equal((await callApi('bm1', 'GET', `/api/v1/shadowing/placements/${placement.id}`)).evaluation, null);

    const attitude = scoreItems.findIndex((field) => field.id === 'attitude');
    await card.getByRole('spinbutton', { name: labelled('学习态度') }).fill(String(SCORES[attitude]));
    await card.getByText('请填写学习态度', { exact: true }).waitFor({ state: 'detached' });
    await expectText(card.locator('.form-note').first(), '考评成绩将为 87.45（已评 11 / 11 项）');
    await card.getByRole('button', { name: '提交考评' }).click();

    await expectText(page.locator('.ant-message'), '考评已提交，考评成绩 87.45');
    await card.getByRole('button', { name: '提交考评' }).waitFor({ state: 'detached' });
    await card.getByText('87.45', { exact: true }).waitFor();
    await card.getByText('见习认真，主动向柜台同事请教，业务掌握扎实。').waitFor();
    const stored = await callApi('bm1', 'GET', `/api/v1/shadowing/placements/${placement.id}`);
    assert.equal(stored.evaluation.score, 87.45);
    assert.equal(stored.evaluation.by, 'bm1');
  },
);
