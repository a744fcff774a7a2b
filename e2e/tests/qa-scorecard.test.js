import assert from 'node:assert/strict';
import { callApi, moveToStep, recentTradingDay } from '../support/api.js';
import { expectText, openMenu, signInAs } from '../support/actions.js';
import { expectAccessible, scenario } from '../support/scenario.js';

// 宋涛 (t06) in the independent go-live week, scored by 陈静 (qa1).
const TRAINEE = 't06';

/** Rates every knowledge criterion 好 and sets one service deduction; the reason is typed only when given. */
async function fillScorecard(page, { callRef, callDate, item, max, points }) {
  await page.getByRole('textbox', { name: /^话务编号/ }).fill(callRef);
  await page.getByLabel(/^来电日期/).fill(callDate);
  const good = page.getByRole('radio', { name: '好（2）' });
  const criteria = await good.count();
  assert.equal(criteria, 11, 'the default card has 11 knowledge criteria');
  // antd's button-style radios hide the input itself: click the label the user sees.
  const labels = page.locator('label').filter({ has: good });
  for (let index = 0; index < criteria; index += 1) {
    await labels.nth(index).click();
    assert.equal(await good.nth(index).isChecked(), true, `criterion ${index + 1} rated`);
  }
  await page.getByRole('spinbutton', { name: `${item}扣分（最多 ${max} 分）` }).fill(String(points));
}

scenario(
  'qa-scorecard',
  'a QA specialist scores go-live calls with deductions that need a reason; closing a week short of its daily sample lists the days short',
  async (page) => {
    // Set-up through the API: the trainee reached the go-live assessment and their week is open.
    await moveToStep(TRAINEE, 'golive-assessment', '端到端测试：直接进入独立上线考评周');
    const start = await recentTradingDay(4);
    const next = await recentTradingDay(3);
    const week = await callApi('qa1', 'POST', '/api/v1/qa/weeks', { traineeId: TRAINEE, startDate: start });

    await signInAs(page, '陈静');
    await openMenu(page, '质检评分');
    await page.getByRole('heading', { level: 1, name: '质检评分' }).waitFor();
    await page.getByRole('link', { name: `为学员 ${TRAINEE} 的话务评分` }).click();
    await page.waitForURL(new RegExp(`/qa/weeks/${week.id}$`));
    await page.getByRole('heading', { level: 1, name: `学员 ${TRAINEE} 的上线考评周` }).waitFor();

    // 11 × 好 (22) + terminology 3 = 25 of 25; service 25 − 1 = 24: 49 of 50, 98 of 100.
    await fillScorecard(page, { callRef: 'GL-T06-0001', callDate: start, item: '耐心', max: 2, points: 1 });
    const reason = page.getByRole('textbox', { name: '扣分理由：耐心' });
    await reason.waitFor();
    await page.getByRole('button', { name: '提交评分' }).click();
    await expectText(page.getByRole('alert').filter({ hasText: '还有' }), '还有 1 处需要补充');
    await page.getByRole('alert').filter({ hasText: '请填写扣分理由' }).waitFor();
    await expectAccessible(page, 'qa-scorecard-reason-missing');
    assert.equal(await page.getByRole('cell', { name: 'GL-T06-0001' }).count(), 0, 'nothing was saved');

    await reason.fill('客户第二次询问时语气急促，打断客户。');
    await page.getByRole('button', { name: '提交评分' }).click();
    await expectText(page.locator('.ant-message'), '话务 GL-T06-0001 已评分');
    const first = page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'GL-T06-0001' }) });
    await expectText(first, '98');

    // A second call: 礼貌用语 −1.5 → 48.5 of 50, 97 of 100.
    await fillScorecard(page, { callRef: 'GL-T06-0002', callDate: next, item: '礼貌用语', max: 1.5, points: 1.5 });
    await page.getByRole('textbox', { name: '扣分理由：礼貌用语' }).fill('结束通话时未使用感谢用语。');
    await page.getByRole('button', { name: '提交评分' }).click();
    await expectText(page.locator('.ant-message'), '话务 GL-T06-0002 已评分');
    await page.getByRole('cell', { name: 'GL-T06-0002' }).waitFor();

    // The week cannot close yet: every working day needs its daily sample of counted calls (4 by default), and the
    // page lists the days short, as the server answers (422 with one field error per day). Nothing is closed.
    await page.getByRole('button', { name: '结束考评周' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '结束考评周' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: `calls[${start}]` });
    await expectText(refusal, '1 counted call(s), 4 required');
    await expectAccessible(page, 'qa-week-sample-short');
    const stored = await callApi('qa1', 'GET', `/api/v1/qa/weeks/${week.id}`);
    assert.equal(stored.weekScore ?? null, null, 'the week stays open');
    assert.equal(stored.calls.length, 2);
  },
);
