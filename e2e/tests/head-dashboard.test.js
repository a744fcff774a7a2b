import assert from 'node:assert/strict';
import { callApi } from '../support/api.js';
import { expectText, openMenu, signInAs } from '../support/actions.js';
import { expectAccessible, scenario } from '../support/scenario.js';

// 唐峰 (t10) hands in the knowledge assessment blank twice (remedial, then escalated); 周敏 (head) decides it
// from the dashboard's list of trainees at risk.
const TRAINEE = 't10';
const NAME = '唐峰';
const AT_RISK = '/api/v1/reports/cohorts/c2026-11/at-risk?page=0&size=50';

async function sitBlank() {
  const attempt = await callApi(TRAINEE, 'POST', '/api/v1/exams/knowledge-assessment/attempts');
  await callApi(TRAINEE, 'POST', `/api/v1/attempts/${attempt.id}/submit`);
}

/** The trainee's line in the at-risk list once the read model (fed through the outbox) shows `pass(line)`. */
async function atRiskLine(pass) {
  const deadline = Date.now() + 30_000;
  let line;
  while (Date.now() < deadline) {
    line = (await callApi('head', 'GET', AT_RISK)).items.find((candidate) => candidate.traineeId === TRAINEE);
    if (pass(line)) return line;
    await new Promise((r) => setTimeout(r, 500));
  }
  assert.fail(`the at-risk list did not reach the expected state for ${TRAINEE}: ${JSON.stringify(line)}`);
}

scenario(
  'head-dashboard',
  'the department head finds an escalated trainee among those at risk on the dashboard and decides the escalation there',
  async (page) => {
    await sitBlank();
    await sitBlank();
    await atRiskLine((line) => line?.status === 'ESCALATED');

    await signInAs(page, '周敏');
    await openMenu(page, '培训看板');
    await page.getByRole('heading', { level: 1, name: '培训看板' }).waitFor();
    const atRisk = page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: '风险学员' }) });
    const row = atRisk.getByRole('row').filter({ has: page.getByRole('link', { name: `查看 ${NAME} 的培训进度` }) });
    await expectText(row, '待决定');
    await expectAccessible(page, 'head-dashboard-list');
    await row.getByRole('button', { name: `处理升级 ${NAME}（${TRAINEE}）` }).click();

    const dialog = page.getByRole('dialog');
    await expectText(dialog, `处理升级：${NAME}（${TRAINEE}）`);
    await dialog.getByRole('radio', { name: '再安排一次补考' }).check();
    // No reason: refused on the page, nothing decided.
    await dialog.getByRole('button', { name: '提交决定' }).click();
    await dialog.getByText('请填写理由', { exact: true }).waitFor();
    await expectAccessible(page, 'head-dashboard-decision');
    assert.equal((await callApi('head', 'GET', `/api/v1/trainees/${TRAINEE}/journey`)).status, 'ESCALATED');

    await dialog.getByRole('textbox', { name: '理由' }).fill('两次考评均未作答，与学员面谈后再安排一次补考。');
    await dialog.getByRole('button', { name: '提交决定' }).click();
    await expectText(page.locator('.ant-message'), '已记录决定');
    await dialog.waitFor({ state: 'hidden' });
    const journey = await callApi('head', 'GET', `/api/v1/trainees/${TRAINEE}/journey`);
    assert.notEqual(journey.status, 'ESCALATED');

    // The list is a read model: once the decision reaches it, the line no longer offers a decision.
    await atRiskLine((line) => line?.status !== 'ESCALATED');
    await page.reload();
    await row.waitFor();
    assert.equal(await row.getByRole('button', { name: `处理升级 ${NAME}（${TRAINEE}）` }).count(), 0);
  },
);
