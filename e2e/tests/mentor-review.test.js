import assert from 'node:assert/strict';
import { callApi, firmDay, moveToStep } from '../support/api.js';
import { expectText, openMenu, signInAs } from '../support/actions.js';
import { expectAccessible, scenario } from '../support/scenario.js';

// 高原 (t04) and their mentor 赵婷 (m04).
const TRAINEE = 't04';
const TRAINEE_NAME = '高原';
const MENTOR_NAME = '赵婷';

function analysis(day, handling) {
  return {
    source: 'OTHERS_RECORDING',
    callTime: `${day}T09:41:00+08:00`,
    recordingRef: 'REC-20261204-0931',
    businessType: 'THIRD_PARTY_CUSTODY',
    clientRequest: '客户银证转账提示“余额不足”，询问原因。',
    handling,
    wentWell: '开头问候与复述确认规范。',
    errorsAndBlindSpots: '未提醒客户转账时间限制。',
    toLearn: '第三方存管转账时间与额度规则。',
  };
}

scenario(
  'mentor-review',
  'a mentor returns a post-call analysis, the trainee resubmits, the mentor accepts; the call log shows the monitored share against 50%',
  async (page) => {
    // Set-up through the API: the trainee is in the monitoring step and files an analysis.
    const day = firmDay();
    await moveToStep(TRAINEE, 'monitoring', '端到端测试：直接进入监听话务步骤');
    const filed = await callApi(TRAINEE, 'POST', `/api/v1/trainees/${TRAINEE}/forms`, {
      definitionId: 'post-call-analysis',
      day,
      draft: false,
      values: analysis(day, '核实身份后查询资金账户。'),
    });

    await signInAs(page, MENTOR_NAME);
    await openMenu(page, '表单审阅');
    await page.getByRole('heading', { level: 1, name: '表单审阅' }).waitFor();
    const open = page.getByRole('button', { name: `审阅 ${TRAINEE_NAME} ${day} 的表单` });
    await open.click();
    let drawer = page.getByRole('dialog');
    await drawer.getByRole('heading', { name: /第 1 次提交/ }).waitFor();
    await expectText(drawer, '核实身份后查询资金账户。');
    await expectAccessible(page, 'mentor-review-drawer');

    // Returning without a comment is refused on the page; with one it is sent.
    await drawer.getByRole('button', { name: '退回修改' }).click();
    await drawer.getByText('退回表单时请填写审阅意见').waitFor();
    await drawer.getByRole('textbox', { name: '审阅意见' }).fill('处理过程写得太简略：请补充转账时间限制的说明。');
    await drawer.getByRole('button', { name: '退回修改' }).click();
    await expectText(page.locator('.ant-message'), '已退回该表单');
    await drawer.waitFor({ state: 'hidden' });
    await open.waitFor({ state: 'detached' });

    // The trainee revises and submits a second version.
    const revised = await callApi(TRAINEE, 'PUT', `/api/v1/trainees/${TRAINEE}/forms/${filed.id}`, {
      draft: false,
      values: analysis(day, '核实身份后查询资金账户，说明银证转账仅限交易日 9:00–16:00。'),
    });
    assert.equal(revised.versionCount, 2);

    await page.reload();
    await open.click();
    drawer = page.getByRole('dialog');
    await drawer.getByRole('heading', { name: /第 2 次提交/ }).waitFor();
    await expectText(drawer, '银证转账仅限交易日');
    await drawer.getByRole('button', { name: /第 1 次提交/ }).click();
    await expectText(drawer, '处理过程写得太简略');
    await drawer.getByRole('textbox', { name: '审阅意见' }).fill('补充完整，通过。');
    await drawer.getByRole('button', { name: '审阅通过' }).click();
    await expectText(page.locator('.ant-message'), '已通过该表单');
    await open.waitFor({ state: 'detached' });

    // The mentee page lists it accepted, with both reviews.
    await openMenu(page, '我的学员');
    await page.getByRole('heading', { level: 2, name: TRAINEE_NAME }).waitFor();
    await page.getByRole('tab', { name: '表单与辅导意见' }).click();
    const row = page.getByRole('tabpanel', { name: '表单与辅导意见' }).getByRole('row').filter({ hasText: '已通过' });
    await expectText(row, '补充完整，通过。');
    await expectAccessible(page, 'mentor-mentee-forms');

    // The call log: four supervised calls of today's go-live step, marked monitored one by one. Exactly
    // half is not enough — the rule is strictly more than 50%.
    await moveToStep(TRAINEE, 'golive-non-trading', '端到端测试：进入非交易时间上线');
    const now = Date.now();
    for (let index = 1; index <= 4; index += 1) {
      const start = new Date(now - (60 - index * 10) * 60_000);
      await callApi(TRAINEE, 'POST', `/api/v1/trainees/${TRAINEE}/calls`, {
        callId: `E2E-T04-${index}`,
        start: start.toISOString(),
        end: new Date(start.getTime() + 5 * 60_000).toISOString(),
        businessType: 'THIRD_PARTY_CUSTODY',
      });
    }
    await page.reload();
    await page.getByRole('tab', { name: '非独立上线话务记录' }).click();
    const share = page.locator('section[aria-labelledby="share-title"]');
    await share.getByRole('heading', { name: '在线监听比例（须高于 50%）' }).waitFor();
    await expectText(share, '已监听 0 / 4 通');
    for (const [index, counts, verdict] of [
      [1, '已监听 1 / 4 通', '25.0% · 未达标'],
      [2, '已监听 2 / 4 通', '50.0% · 未达标'],
      [3, '已监听 3 / 4 通', '75.0% · 达标'],
    ]) {
      await page.getByRole('button', { name: `将话务 E2E-T04-${index} 标记为已监听` }).click();
      await expectText(share, counts);
      await expectText(share, verdict);
    }
    await page.getByRole('button', { name: '将话务 E2E-T04-4 标记为已监听' }).waitFor();
    const log = page.locator('section[aria-labelledby="calls-title"]');
    assert.equal(await log.getByText('已监听', { exact: true }).count(), 3);
  },
);
