import assert from 'node:assert/strict';
import { callApi, firmDay, moveToStep } from '../support/api.js';
import { expectText, labelled, openMenu, signInAs } from '../support/actions.js';
import { expectAccessible, scenario } from '../support/scenario.js';

// 郭鹏 (t02) — the language scenario only reads his menu — files a post-call analysis in the monitoring step.
const TRAINEE = 't02';
const QUOTA = '事后话务分析（他人录音）';

async function recordingAnalysesFiled(day) {
  const answer = await callApi(TRAINEE, 'GET', `/api/v1/trainees/${TRAINEE}/quotas?day=${day}&step=monitoring`);
  return answer.quotas.find((quota) => quota.kind === 'RECORDING_ANALYSES');
}

scenario(
  'trainee-forms',
  'a trainee fills a post-call analysis: the draft autosaves and survives a reload, the submitted form counts towards the day',
  async (page) => {
    await moveToStep(TRAINEE, 'monitoring', '端到端测试：直接进入监听话务步骤');
    const day = firmDay();
    const before = await recordingAnalysesFiled(day);

    await signInAs(page, '郭鹏');
    await openMenu(page, '我的表单');
    await page.getByRole('heading', { level: 1, name: '监听与分析表单' }).waitFor();
    await page.getByRole('region', { name: QUOTA }).waitFor();
    await page.getByRole('button', { name: '事后话务分析：他人录音' }).click();

    const request = page.getByRole('textbox', { name: labelled('客户诉求') });
    await request.fill('客户银证转账提示“余额不足”，询问原因。');
    await page.getByRole('textbox', { name: labelled('处理过程') }).fill('核实身份后查询资金账户，说明银行端余额不足。');
    await page.waitForURL(/\/forms\/(?!new)[^/?]+$/);
    await expectText(page.getByText(/^草稿已保存 \d{2}:\d{2}$/), /草稿已保存/);

    // A reload resumes the draft where it was.
    await page.reload();
    await request.waitFor();
    assert.equal(await request.inputValue(), '客户银证转账提示“余额不足”，询问原因。');
    assert.equal(
      await page.getByRole('textbox', { name: labelled('处理过程') }).inputValue(),
      '核实身份后查询资金账户，说明银行端余额不足。',
    );
    assert.equal(await page.getByRole('radio', { name: '其他客服代表的话务录音' }).isChecked(), true);
    await expectAccessible(page, 'trainee-forms-draft');

    await page.getByLabel(labelled('来电时间')).fill(`${day}T09:41`);
    await page.getByRole('textbox', { name: labelled('录音编号') }).fill('REC-20261204-0931');
    await page.getByRole('combobox', { name: '业务类型' }).click();
    await page.locator('.ant-select-item-option[title="第三方存管与银证转账"]').click();
    await page.getByRole('textbox', { name: labelled('可取之处') }).fill('开头问候与复述确认规范。');
    await page.getByRole('textbox', { name: labelled('差错及业务盲点') }).fill('未提醒客户转账时间限制。');
    await page.getByRole('textbox', { name: labelled('需学习改进之处') }).fill('第三方存管转账时间与额度规则。');
    await page.getByRole('button', { name: '提交', exact: true }).click();

    await expectText(page.locator('.ant-message'), '表单已提交，等待导师审阅');
    await page.waitForURL(/\/forms$/);
    const history = page.getByRole('region', { name: '我的表单记录' });
    await expectText(history.getByRole('row').nth(1), '已提交');

    const after = await recordingAnalysesFiled(day);
    assert.equal(after.filed, before.filed + 1, 'the submitted form counts towards the day');
    if (after.required > 0) {
      // On a working day the page shows the count; on other days the quota is "none today".
      await expectText(page.getByRole('region', { name: QUOTA }), `已提交 ${after.filed} / ${after.required} 份`);
    } else {
      await expectText(page.getByRole('region', { name: QUOTA }), '今日无此任务');
    }
  },
);
