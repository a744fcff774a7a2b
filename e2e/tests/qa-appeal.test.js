import assert from 'node:assert/strict';
import { callApi, moveToStep, recentTradingDay } from '../support/api.js';
import { expectText, openMenu, signInAs, signOut } from '../support/actions.js';
import { expectAccessible, scenario } from '../support/scenario.js';

// Every demo trainee has a scenario already: 冯蕾 is registered for this one (the app's data is fresh for each
// run of run.js). 陈静 (qa1) scores her call; 王磊 (qa2), another QA specialist, re-scores it on appeal.
const TRAINEE = 'e2e-feng-lei';
const NAME = '冯蕾';
const CALL = 'GL-E2E-0001';

const good = { rating: 'GOOD' };
/** 11 × 好 (22) + terminology 3 = 25 of 25, and service 25 less the deductions. */
function marks(service) {
  return {
    knowledge: { fundamental: Array(5).fill(good), technical: Array(5).fill(good), advice: [good] },
    terminology: { lookedUp: false, wrongAnswers: 0 },
    service,
  };
}

async function traineeInGoLiveWeek() {
  await callApi('admin', 'POST', '/api/v1/people', {
    id: TRAINEE,
    subject: `sub-${TRAINEE}`,
    username: 'feng.lei',
    name: NAME,
    roles: ['TRAINEE'],
    departmentId: 'csc',
  });
  await callApi('ts1', 'POST', '/api/v1/trainees', {
    personId: TRAINEE,
    category: 'A',
    cohortId: 'c2026-11',
    startDate: await recentTradingDay(15),
  });
  await moveToStep(TRAINEE, 'golive-assessment', '端到端测试：直接进入独立上线考评周');
  const start = await recentTradingDay(1);
  const week = await callApi('qa1', 'POST', '/api/v1/qa/weeks', { traineeId: TRAINEE, startDate: start });
  // 耐心 −2: 48 of 50, 96 of 100.
  const scored = await callApi('qa1', 'POST', `/api/v1/qa/weeks/${week.id}/calls`, {
    callRef: CALL,
    callDate: start,
    marks: marks([{ item: 'patience', points: 2, reason: '客户重复询问时语气不耐烦。' }]),
  });
  return { week, call: scored.calls.find((call) => call.callRef === CALL) };
}

scenario(
  'qa-appeal',
  'a trainee appeals a scored go-live call (no reason → refused on the page); another QA specialist re-scores it and the trainee sees both scores',
  async (page) => {
    const { week, call } = await traineeInGoLiveWeek();
    assert.equal(Number(call.normalised), 96);

    await signInAs(page, NAME);
    await openMenu(page, '上线考评成绩');
    await page.getByRole('heading', { level: 1, name: '上线考评成绩' }).waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: CALL }) });
    await expectText(row, '96');
    await row.getByRole('button', { name: `对话务 ${CALL} 申请复查` }).click();

    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '提交复查申请' }).click();
    await expectText(dialog.getByRole('alert').filter({ hasText: '请填写' }), '请填写复查原因');
    await expectAccessible(page, 'qa-appeal-reason-missing');
    assert.equal((await callApi('qa1', 'GET', `/api/v1/qa/weeks/${week.id}`)).calls[0].appeal, null, 'nothing filed');

    await dialog.getByRole('textbox', { name: '申请复查的理由' }).fill('客户当时连续三次打断，我的语气并无不耐烦，请复听录音。');
    await dialog.getByRole('button', { name: '提交复查申请' }).click();
    await expectText(page.locator('.ant-message'), `已对话务 ${CALL} 申请复查`);
    await dialog.waitFor({ state: 'hidden' });
    await expectText(row, '已申请复查，待其他质检员复评');
    await signOut(page);

    // Another QA specialist re-scores the call without the deduction (through the API); the trainee sees both.
    await callApi('qa2', 'POST', `/api/v1/qa/weeks/${week.id}/calls/${call.id}/appeal/rescore`, {
      reason: '复听录音：客户多次打断，学员语气平稳，撤销耐心扣分。',
      marks: marks([]),
    });
    await signInAs(page, NAME);
    await openMenu(page, '上线考评成绩');
    await expectText(row, '已复评：96 → 100');
  },
);
