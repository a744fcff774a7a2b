import assert from 'node:assert/strict';
import { callApi, moveToStep, recentTradingDay } from '../support/api.js';
import { expectText, openMenu, signInAs, signOut } from '../support/actions.js';
import { expectAccessible, scenario } from '../support/scenario.js';

// 梁爽 (t05) is placed with 张华 (bm1, 深圳福田营业部); 李娜 (bm2) hosts at another branch.
const TRAINEE = 't05';

scenario(
  'branch-objectives',
  'a branch mentor confirms an objective of the trainee placed with them; another branch mentor does not see that trainee',
  async (page) => {
    // Set-up through the API: the trainee is in shadowing, placed with bm1, and has ticked two objectives.
    await moveToStep(TRAINEE, 'branch-shadowing', '端到端测试：直接进入网点见习');
    const placement = await callApi('ts1', 'POST', '/api/v1/shadowing/placements', {
      traineeId: TRAINEE,
      branchMentorId: 'bm1',
      startDate: await recentTradingDay(),
    });
    for (const [number, note] of [
      [1, '在柜台观摩开户与三方存管签约全过程。'],
      [2, '练习了网上交易与 USB Key 的安装。'],
    ]) {
      await callApi(TRAINEE, 'PUT', `/api/v1/shadowing/placements/${placement.id}/objectives/${number}`, {
        ticked: true,
        note,
      });
    }

    await signInAs(page, '张华');
    await openMenu(page, '见习学员');
    await page.getByRole('heading', { level: 1, name: '见习学员' }).waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: `查看学员 ${TRAINEE} 的见习` }) });
    await expectText(row, '已确认 0 / 已勾选 2 / 共 8 项');
    await expectAccessible(page, 'branch-list');
    await row.getByRole('link', { name: `查看学员 ${TRAINEE} 的见习` }).click();

    await page.getByRole('heading', { level: 1, name: `学员 ${TRAINEE} 的网点见习` }).waitFor();
    const objectives = page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: '八项学习目标' }) });
    await expectText(objectives, '学员记录：在柜台观摩开户与三方存管签约全过程。');
    assert.equal(await objectives.getByText('学员未勾选').count(), 6);
    await objectives.getByRole('button', { name: '确认第 1 项学习目标' }).click();
    await expectText(page.locator('.ant-message'), '已确认第 1 项学习目标');
    await objectives.getByRole('button', { name: '确认第 1 项学习目标' }).waitFor({ state: 'detached' });
    await objectives.getByText('已确认', { exact: true }).waitFor();
    // Objective 2 is still to confirm; the confirmation is stored, not only shown.
    await objectives.getByRole('button', { name: '确认第 2 项学习目标' }).waitFor();
    const stored = await callApi('bm1', 'GET', `/api/v1/shadowing/placements/${placement.id}`);
    assert.ok(stored.objectives.find((objective) => objective.number === 1).confirmedAt);
    await expectAccessible(page, 'branch-placement');
    await signOut(page);

    // 李娜 hosts nobody of this cohort: the list says so.
    await signInAs(page, '李娜');
    await openMenu(page, '见习学员');
    await page.getByRole('heading', { level: 1, name: '见习学员' }).waitFor();
    await page.getByText('目前没有安排在您处见习的学员').waitFor();
    assert.equal(await page.getByRole('link', { name: `查看学员 ${TRAINEE} 的见习` }).count(), 0);
  },
);
