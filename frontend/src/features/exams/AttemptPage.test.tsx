import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Attempt, Question } from '../../api/types';
import { bodiesSent, mockBackend, traineeMe } from '../../test/backend';
import { json, problem } from '../../test/http';
import { renderApp } from '../../test/renderApp';
import { signedIn } from '../../test/session';

const ID = '0f8c2f7e-6a39-4a57-9b0e-3d1c8a2b4e11';
const ATTEMPT_URL = `/api/v1/attempts/${ID}`;
const answerUrl = (questionId: string) => `${ATTEMPT_URL}/answers/${questionId}`;

function question(questionId: string, type: Question['type'], text: string, extra: Partial<Question> = {}): Question {
  return {
    questionId,
    area: 'SECURITIES_BASICS',
    type,
    format: 'PLAIN',
    text,
    textAfterBlank: null,
    options: null,
    matchItems: null,
    matchOptions: null,
    ...extra,
  };
}

const QUESTIONS: Question[] = [
  question('mc', 'MULTIPLE_CHOICE', 'A股的交收周期是？', { options: ['T+0', 'T+1', 'T+2'] }),
  question('ma', 'MULTIPLE_ANSWER', '以下哪些是交易时段？', { options: ['集合竞价', '连续竞价', '午夜交易'] }),
  question('tf', 'TRUE_FALSE', '科创板股票首日不设涨跌幅限制。'),
  question('sa', 'SHORT_ANSWER', '投资者适当性管理的英文缩写？'),
  question('num', 'NUMERICAL', '主板股票的涨跌幅限制是百分之几？'),
  question('match', 'MATCHING', '将交易所与城市配对。', {
    matchItems: [
      { index: 0, text: '上交所' },
      { index: 1, text: '深交所' },
    ],
    matchOptions: ['深圳', '上海', '北京'],
  }),
  question('essay', 'ESSAY', '简述如何安抚情绪激动的客户。'),
  question('blank', 'SHORT_ANSWER', '融资融券业务的保证金比例不得低于', { textAfterBlank: '。' }),
];

function attempt(overrides: Partial<Attempt> = {}): Attempt {
  return {
    id: ID,
    examId: 'knowledge-assessment',
    title: '业务知识考评',
    status: 'IN_PROGRESS',
    startedAt: '2026-11-20T02:00:00Z',
    deadline: '2026-11-20T03:00:00Z',
    serverTime: '2026-11-20T02:10:00Z',
    secondsLeft: 3000,
    areas: ['SECURITIES_BASICS'],
    questions: QUESTIONS,
    answers: {},
    result: null,
    ...overrides,
  };
}

const graded = attempt({
  status: 'GRADED',
  secondsLeft: 0,
  result: {
    total: 87.5,
    areaScores: { SECURITIES_BASICS: 87.5 },
    pendingManual: 0,
    items: [
      { questionId: 'mc', status: 'CORRECT', score: 1, correctOptions: [1], feedback: '《上交所交易规则》3.1：A股实行T+1交收。' },
      { questionId: 'tf', status: 'INCORRECT', score: 0, correctOptions: null, feedback: null },
    ],
  },
});

const saved = () => json({ saved: 1, savedAt: '2026-11-20T02:11:05Z', version: 2 });

function card(questionId: string) {
  return screen.getByTestId(`question-${questionId}`);
}

describe('exam attempt page', () => {
  it('renders every question type and sends the answer shape each one needs', async () => {
    const routes: Parameters<typeof mockBackend>[1] = { [`GET ${ATTEMPT_URL}`]: json(attempt()) };
    for (const q of QUESTIONS) routes[`PUT ${answerUrl(q.questionId)}`] = saved;
    const fetchMock = mockBackend(traineeMe, routes);
    signedIn();
    const user = userEvent.setup();
    renderApp(`/exam/attempts/${ID}`);

    expect(await screen.findByRole('heading', { level: 1, name: '业务知识考评' })).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent(/剩余时间 \d\d:\d\d/);

    await user.click(within(card('mc')).getByRole('radio', { name: 'T+1' }));
    await user.click(within(card('ma')).getByRole('checkbox', { name: '集合竞价' }));
    await user.click(within(card('ma')).getByRole('checkbox', { name: '连续竞价' }));
    await user.click(within(card('tf')).getByRole('radio', { name: '错误' }));
    await user.type(within(card('sa')).getByRole('textbox', { name: '投资者适当性管理的英文缩写？' }), 'KYC');
    await user.type(within(card('num')).getByRole('textbox'), '10');
    await user.selectOptions(within(card('match')).getByRole('combobox', { name: '上交所' }), '上海');
    await user.selectOptions(within(card('match')).getByRole('combobox', { name: '深交所' }), '深圳');
    await user.type(within(card('essay')).getByRole('textbox'), '先倾听');
    // The missing-word question shows the text on both sides of the blank.
    expect(within(card('blank')).getByText(/融资融券业务的保证金比例不得低于/)).toHaveTextContent(/低于\s*_+\s*。/);

    await waitFor(() => expect(bodiesSent(fetchMock, 'PUT', answerUrl('essay')).at(-1)).toEqual({ text: '先倾听' }));
    expect(bodiesSent(fetchMock, 'PUT', answerUrl('mc'))).toEqual([{ choices: [1] }]);
    expect(bodiesSent(fetchMock, 'PUT', answerUrl('ma')).at(-1)).toEqual({ choices: [0, 1] });
    expect(bodiesSent(fetchMock, 'PUT', answerUrl('tf'))).toEqual([{ value: false }]);
    // Typed answers wait for a pause: one request, not one per key.
    expect(bodiesSent(fetchMock, 'PUT', answerUrl('sa'))).toEqual([{ text: 'KYC' }]);
    expect(bodiesSent(fetchMock, 'PUT', answerUrl('num'))).toEqual([{ number: '10' }]);
    expect(bodiesSent(fetchMock, 'PUT', answerUrl('match')).at(-1)).toEqual({ matches: { '0': '上海', '1': '深圳' } });
  }, 60_000); // many interactions with antd inputs: slow on a busy 2-core machine

  it('resumes with the saved answers and shows the saved state after autosave', async () => {
    const fetchMock = mockBackend(traineeMe, {
      [`GET ${ATTEMPT_URL}`]: json(attempt({ answers: { mc: { choices: [2] }, tf: { value: true } } })),
      [`PUT ${answerUrl('mc')}`]: saved,
    });
    signedIn();
    const user = userEvent.setup();
    renderApp(`/exam/attempts/${ID}`);

    expect(await within(await screen.findByTestId('question-mc')).findByRole('radio', { name: 'T+2' })).toBeChecked();
    expect(within(card('tf')).getByRole('radio', { name: '正确' })).toBeChecked();

    await user.click(within(card('mc')).getByRole('radio', { name: 'T+1' }));
    expect(await within(card('mc')).findByText(/^已保存 \d\d:\d\d:\d\d$/)).toBeInTheDocument();
    expect(bodiesSent(fetchMock, 'PUT', answerUrl('mc'))).toEqual([{ choices: [1] }]);
  });

  it('shows a failed save with a retry that saves again', async () => {
    let calls = 0;
    mockBackend(traineeMe, {
      [`GET ${ATTEMPT_URL}`]: json(attempt()),
      [`PUT ${answerUrl('tf')}`]: () =>
        ++calls === 1 ? problem(503, { title: 'Service Unavailable', detail: '数据库暂时不可用' }) : saved(),
    });
    signedIn();
    const user = userEvent.setup();
    renderApp(`/exam/attempts/${ID}`);

    await user.click(within(await screen.findByTestId('question-tf')).getByRole('radio', { name: '正确' }));
    expect(await within(card('tf')).findByText(/保存失败.*数据库暂时不可用/)).toBeInTheDocument();
    await user.click(within(card('tf')).getByRole('button', { name: '重新保存' }));
    expect(await within(card('tf')).findByText(/^已保存 \d\d:\d\d:\d\d$/)).toBeInTheDocument();
    expect(calls).toBe(2);
  });

  it('shows the result when a save finds the attempt closed (409 attempt-closed)', async () => {
    let reads = 0;
    mockBackend(traineeMe, {
      [`GET ${ATTEMPT_URL}`]: () => json(++reads === 1 ? attempt() : graded),
      [`PUT ${answerUrl('mc')}`]: problem(409, {
        type: 'https://csr-academy.example/problems/attempt-closed',
        title: 'Attempt closed',
        detail: 'The attempt is closed (time is up); nothing was changed',
      }),
    });
    signedIn();
    const user = userEvent.setup();
    renderApp(`/exam/attempts/${ID}`);

    await user.click(within(await screen.findByTestId('question-mc')).getByRole('radio', { name: 'T+1' }));

    expect(await screen.findByRole('heading', { level: 1, name: /考试成绩/ })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('考试已结束');
    expect(document.querySelector('.ant-statistic-content')).toHaveTextContent('87.5');
    expect(screen.getByText('87.5')).toBeInTheDocument();
    expect(screen.getByText('证券基础知识')).toBeInTheDocument();
    expect(within(screen.getByTestId('result-mc')).getByText('正确')).toBeInTheDocument();
    expect(screen.getByText(/A股实行T\+1交收/)).toBeInTheDocument();
    expect(within(screen.getByTestId('result-tf')).getByText('错误')).toBeInTheDocument();
  });

  it('submits after confirmation, saving pending text first, and shows the result', async () => {
    const fetchMock = mockBackend(traineeMe, {
      [`GET ${ATTEMPT_URL}`]: json(attempt({ answers: { mc: { choices: [1] } } })),
      [`PUT ${answerUrl('sa')}`]: saved,
      [`POST ${ATTEMPT_URL}/submit`]: json(graded),
    });
    signedIn();
    const user = userEvent.setup();
    renderApp(`/exam/attempts/${ID}`);

    await user.type(within(await screen.findByTestId('question-sa')).getByRole('textbox'), 'KYC');
    await user.click(screen.getByRole('button', { name: /交卷/ }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('已作答 2/8 题');
    await user.click(within(dialog).getByRole('button', { name: /交卷/ }));

    expect(await screen.findByRole('heading', { level: 1, name: /考试成绩/ })).toBeInTheDocument();
    expect(bodiesSent(fetchMock, 'PUT', answerUrl('sa'))).toEqual([{ text: 'KYC' }]);
    const order = fetchMock.mock.calls.map(([url, init]) => `${init?.method ?? 'GET'} ${url}`);
    expect(order.indexOf(`PUT ${answerUrl('sa')}`)).toBeLessThan(order.indexOf(`POST ${ATTEMPT_URL}/submit`));
  });
});
