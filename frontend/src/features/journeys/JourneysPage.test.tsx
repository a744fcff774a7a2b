import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Journey } from '../../api/types';
import { bodiesSent, headMe, mockBackend } from '../../test/backend';
import { json, problem } from '../../test/http';
import { renderApp } from '../../test/renderApp';
import { signedIn } from '../../test/session';

const escalated: Journey = {
  traineeId: 't03',
  category: 'A',
  stage: 'CLASSROOM',
  step: 'classroom',
  stepName: '课堂培训',
  status: 'ESCALATED',
  stepStartedOn: '2026-09-28',
  dueBy: null,
  makeUpsTaken: 1,
  escalationOptions: ['ANOTHER_MAKE_UP', 'END_TRAINEESHIP'],
  lastDecision: null,
  history: [],
  nextActions: ['AWAIT_DEPARTMENT_HEAD_DECISION'],
};

const DECIDE_URL = '/api/v1/trainees/t03/journey/escalation';

describe('journeys page (department head)', () => {
  it('requires a reason before deciding, and shows the server field errors', async () => {
    const fetchMock = mockBackend(headMe, {
      'GET /api/v1/journeys': json([escalated]),
      'GET /api/v1/journeys?status=ESCALATED': json([escalated]),
      [`POST ${DECIDE_URL}`]: problem(400, {
        title: 'Bad Request',
        detail: 'Invalid request',
        errors: [{ field: 'reason', message: '理由不能只有空格以外的标点' }],
      }),
    });
    signedIn();
    const user = userEvent.setup();
    renderApp('/journeys?status=ESCALATED');

    expect(await screen.findByText('t03')).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(within(table).getByText('待部门负责人决定')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '处理升级 t03' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getAllByRole('radio').map((radio) => radio.closest('label')?.textContent)).toEqual([
      '再安排一次补考',
      '终止培训',
    ]);

    await user.click(within(dialog).getByRole('radio', { name: '再安排一次补考' }));
    await user.click(within(dialog).getByRole('button', { name: '提交决定' }));
    expect(await within(dialog).findByText('请填写理由')).toBeInTheDocument();
    expect(bodiesSent(fetchMock, 'POST', DECIDE_URL)).toEqual([]);

    await user.type(within(dialog).getByRole('textbox', { name: '理由' }), '。');
    await user.click(within(dialog).getByRole('button', { name: '提交决定' }));
    await waitFor(() => expect(bodiesSent(fetchMock, 'POST', DECIDE_URL)).toEqual([{ choice: 'ANOTHER_MAKE_UP', reason: '。' }]));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('理由不能只有空格以外的标点');
  }, 60_000); // a modal form with antd inputs: slow on a busy 2-core machine
});
