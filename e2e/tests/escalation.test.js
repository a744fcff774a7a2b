import { expectText, openMenu, signInAs, signOut, sitAndSubmit } from '../support/actions.js';
import { scenario } from '../support/scenario.js';

const ASSESSMENT = '业务知识考评';

scenario(
  'head-escalation',
  'a trainee fails the knowledge assessment and its make-up; the department head sees the escalation and decides it',
  async (page) => {
    // 罗佳 (t03) hands in the assessment blank twice: remedial, then escalated (remedial.maxMakeUps = 1).
    await signInAs(page, '罗佳');
    await sitAndSubmit(page, ASSESSMENT);
    await sitAndSubmit(page, ASSESSMENT);
    await signOut(page);

    await signInAs(page, '周敏');
    await openMenu(page, '学员培训进度');
    await page.getByRole('heading', { level: 1, name: '学员培训进度' }).waitFor();
    const decide = page.getByRole('button', { name: '处理升级 t03' });
    // The journey hears of the second result through the outbox; give it a moment.
    for (let tries = 0; tries < 20 && !(await decide.isVisible()); tries += 1) {
      await page.waitForTimeout(500);
      await page.reload();
      await page.getByRole('table').waitFor();
    }
    await decide.click();

    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: '再安排一次补考' }).check();
    await dialog.getByRole('textbox', { name: '理由' }).fill('两次考评均未作答，先与学员面谈，再安排一次补考。');
    await dialog.getByRole('button', { name: '提交决定' }).click();
    await expectText(page.locator('.ant-message'), '已记录决定');
    await dialog.waitFor({ state: 'hidden' });
    await decide.waitFor({ state: 'detached' });
  },
);
