import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Journey } from '../../api/types';
import { bodiesSent, mockBackend } from '../../test/backend';
import postCallAnalysis from '../../test/fixtures/post-call-analysis.json';
import { json, problem } from '../../test/http';
import { renderApp } from '../../test/renderApp';
import { mentorMe } from '../../test/roles';
import { signedIn } from '../../test/session';
import type { FiledForm, SupervisedCall } from './api';
import { goLivePeriods, sharePerStep } from './supervision';

const typicalCall = {
  source: 'OWN_TYPICAL_CALL',
  callTime: '2026-11-23T10:05:00+08:00',
  recordingRef: 'REC-20261123-0107',
  businessType: 'FUNDS',
  clientRequest: '客户询问LOF基金场内申购与场外申购的区别',
  handling: '先确认客户账户类型，再说明两种申购渠道及费用差异',
  servicePhrases: ['GREETING', 'THANKS'],
  wentWell: '解释清楚，语气亲切',
  errorsAndBlindSpots: '未提示场内申购的交收时间',
  toLearn: 'LOF 基金的转托管流程',
};

const submitted: FiledForm = {
  id: 'f-301',
  traineeId: 't01',
  definitionId: 'post-call-analysis',
  definitionVersion: 1,
  day: '2026-11-23',
  status: 'SUBMITTED',
  versionCount: 2,
  working: typicalCall,
  versions: [
    { number: 1, values: { ...typicalCall, errorsAndBlindSpots: '无' }, submittedAt: '2026-11-23T04:00:00Z' },
    { number: 2, values: typicalCall, submittedAt: '2026-11-23T07:30:00Z' },
  ],
  reviews: [
    { versionNumber: 1, decision: 'RETURN', comments: '差错及盲点不能写“无”，请对照录音重新分析', reviewerId: 'm01', at: '2026-11-23T05:00:00Z' },
  ],
  createdAt: '2026-11-23T03:50:00Z',
  updatedAt: '2026-11-23T07:30:00Z',
};

const REVIEW_URL = '/api/v1/forms/f-301/review';

function queueBackend(reviewAnswer: Response | ((request: { body: unknown }) => Response)) {
  return mockBackend(mentorMe, {
    'GET /api/v1/mentors/me/review-queue': json([submitted]),
    'GET /api/v1/form-definitions/post-call-analysis/versions/1': json(postCallAnalysis),
    [`POST ${REVIEW_URL}`]: reviewAnswer,
  });
}

describe('mentor review queue', () => {
  it("shows the mentee's form from its definition, and returns it only with comments", async () => {
    const fetchMock = queueBackend(({ body }) => json({ ...submitted, status: 'RETURNED', reviews: [...submitted.reviews, body] }));
    signedIn();
    const user = userEvent.setup();
    renderApp('/mentor/reviews');

    const row = (await screen.findByText('何雪')).closest('tr') as HTMLElement;
    await waitFor(() => expect(within(row).getByText('事后话务分析表（附2）')).toBeInTheDocument());
    await user.click(within(row).getByRole('button', { name: '审阅 何雪 2026-11-23 的表单' }));

    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText('事后话务分析表（附2） · 表单定义第 1 版 · 学员第 2 次提交')).toBeInTheDocument();
    const latest = within(drawer).getByRole('region', { name: '第 2 次提交' });
    expect(within(latest).getByText('录音来源')).toBeInTheDocument();
    expect(within(latest).getByText('本人接听的经典话务')).toBeInTheDocument();
    expect(within(latest).getByText('基金')).toBeInTheDocument();
    expect(within(latest).getByText('未提示场内申购的交收时间')).toBeInTheDocument();
    expect(within(drawer).getByText(/第 1 次提交（/)).toBeInTheDocument();

    await user.click(within(drawer).getByRole('button', { name: '退回修改' }));
    expect(await within(drawer).findByText('退回表单时请填写审阅意见')).toBeInTheDocument();
    expect(bodiesSent(fetchMock, 'POST', REVIEW_URL)).toEqual([]);

    await user.type(within(drawer).getByRole('textbox', { name: '审阅意见' }), '请补充交收时间的提示话术');
    await user.click(within(drawer).getByRole('button', { name: '退回修改' }));
    await waitFor(() =>
      expect(bodiesSent(fetchMock, 'POST', REVIEW_URL)).toEqual([{ decision: 'RETURN', comments: '请补充交收时间的提示话术' }]),
    );
    expect(await screen.findByText('已退回该表单')).toBeInTheDocument();
  }, 90_000);

  it("accepts a form without comments, and shows the server's refusal when it is no longer awaiting review", async () => {
    const fetchMock = queueBackend(
      problem(409, { title: 'Form not awaiting review', detail: '该表单已被审阅（ACCEPTED），不能再次审阅' }),
    );
    signedIn();
    const user = userEvent.setup();
    renderApp('/mentor/reviews');

    await user.click(await screen.findByRole('button', { name: '审阅 何雪 2026-11-23 的表单' }));
    const drawer = await screen.findByRole('dialog');
    await user.click(await within(drawer).findByRole('button', { name: '审阅通过' }));
    await waitFor(() => expect(bodiesSent(fetchMock, 'POST', REVIEW_URL)).toEqual([{ decision: 'ACCEPT', comments: null }]));
    expect(await within(drawer).findByRole('alert')).toHaveTextContent('该表单已被审阅（ACCEPTED），不能再次审阅');
  }, 90_000);

  it('says so when nothing waits for review', async () => {
    mockBackend(mentorMe, { 'GET /api/v1/mentors/me/review-queue': json([]) });
    signedIn();
    renderApp('/mentor/reviews');
    expect(await screen.findByText('没有待审阅的表单')).toBeInTheDocument();
  });
});

const journey: Journey = {
  traineeId: 't01',
  category: 'A',
  stage: 'MONITORING',
  step: 'golive-trading',
  stepName: '非独立上线：交易时间上线',
  status: 'ON_TRACK',
  stepStartedOn: '2026-11-25',
  dueBy: '2026-12-01',
  makeUpsTaken: 0,
  escalationOptions: null,
  lastDecision: null,
  nextActions: [],
  history: [
    transition('2026-11-20T01:00:00Z', 'drills'),
    transition('2026-11-23T01:00:00Z', 'golive-non-trading'),
    transition('2026-11-25T01:00:00Z', 'golive-trading'),
  ],
};

function transition(at: string, toStep: string) {
  return {
    at,
    trigger: 'STEP_COMPLETED',
    fromStage: 'MONITORING' as const,
    fromStep: null,
    fromStatus: 'ON_TRACK' as const,
    toStage: 'MONITORING' as const,
    toStep,
    toStatus: 'ON_TRACK' as const,
    decision: null,
    rule: null,
    explanation: null,
    decidedBy: null,
    reason: null,
  };
}

function call(callId: string, day: string, monitored: boolean): SupervisedCall {
  return {
    id: `t01:${callId}`,
    traineeId: 't01',
    callId,
    start: `${day}T02:00:00Z`,
    end: `${day}T02:06:00Z`,
    day,
    businessType: '基金',
    enteredBy: 't01',
    enteredAt: `${day}T08:00:00Z`,
    monitoredBy: monitored ? 'm01' : null,
    monitoredAt: monitored ? `${day}T02:06:00Z` : null,
  };
}

const calls = [
  call('C-1001', '2026-11-23', true),
  call('C-1002', '2026-11-23', true),
  call('C-1003', '2026-11-23', false),
  call('C-1101', '2026-11-25', true),
  call('C-1102', '2026-11-25', false),
];

const shareReport = {
  traineeId: 't01',
  from: '2026-11-23',
  to: '2026-11-25',
  days: [
    { day: '2026-11-23', calls: 3, monitored: 2, percent: 66.7 },
    { day: '2026-11-25', calls: 2, monitored: 1, percent: 50.0 },
  ],
  calls: 5,
  monitored: 3,
  percent: 60.0,
};

const program = {
  quotas: { mentorMonitoredShareAbove: 0.5 },
  stages: [
    {
      id: 'MONITORING',
      name: '监听及上线培训',
      steps: [
        { id: 'golive-non-trading', name: '非独立上线：非交易时间上线' },
        { id: 'golive-trading', name: '非独立上线：交易时间上线' },
      ],
    },
  ],
};

describe('mentor: my mentee', () => {
  it('splits the supervised days into the go-live steps of the journey', () => {
    const periods = goLivePeriods(journey);
    expect(periods).toEqual([
      { stepId: 'golive-non-trading', from: '2026-11-23', to: '2026-11-25' },
      { stepId: 'golive-trading', from: '2026-11-25', to: null },
    ]);
    expect(sharePerStep(shareReport.days, periods).map(({ calls: n, monitored }) => [n, monitored])).toEqual([
      [5, 3],
      [2, 1],
    ]);
  });

  it('shows the call log with the monitored share per day and step against 50%, and marks a call monitored', async () => {
    const fetchMock = mockBackend(mentorMe, {
      'GET /api/v1/trainees/t01': json({ personId: 't01', category: 'A', cohortId: 'c2026-11', startDate: '2026-11-02' }),
      'GET /api/v1/trainees/t01/journey': json(journey),
      'GET /api/v1/trainees/t01/calls': json(calls),
      'GET /api/v1/program': json(program),
      'GET /api/v1/trainees/t01/monitored-share?from=2026-11-23&to=2026-11-25': json(shareReport),
      'POST /api/v1/trainees/t01/calls/C-1102/monitored': json(call('C-1102', '2026-11-25', true)),
      'GET /api/v1/trainees/t01/forms': json([submitted]),
    });
    signedIn();
    const user = userEvent.setup();
    renderApp('/mentor');

    expect(await screen.findByRole('heading', { name: '何雪' })).toBeInTheDocument();
    expect(await screen.findByText('A 类')).toBeInTheDocument();
    expect(screen.getByText('上线监听 · 非独立上线：交易时间上线')).toBeInTheDocument();
    expect(await screen.findByText('在线监听比例（须高于 50%）')).toBeInTheDocument();
    expect(screen.getByText('已监听 3 / 5 通')).toBeInTheDocument();

    // Role queries over these tables are slow in jsdom; the captions name them for screen readers.
    const table = (caption: string) => screen.getByText(caption).closest('table') as HTMLElement;
    const dayRows = [...table('按日').querySelectorAll<HTMLElement>('tbody tr.ant-table-row')];
    expect(within(dayRows[0]).getByText('66.7% · 达标')).toBeInTheDocument();
    // Exactly half is not more than 50%.
    expect(within(dayRows[1]).getByText('50.0% · 未达标')).toBeInTheDocument();

    const stepRows = [...table('按上线步骤').querySelectorAll<HTMLElement>('tbody tr.ant-table-row')];
    expect(within(stepRows[0]).getByText('非独立上线：非交易时间上线')).toBeInTheDocument();
    expect(within(stepRows[0]).getByText('60.0% · 达标')).toBeInTheDocument();
    expect(within(stepRows[1]).getByText('非独立上线：交易时间上线')).toBeInTheDocument();
    expect(within(stepRows[1]).getByText(/进行中/)).toBeInTheDocument();

    const callRows = [...(screen.getByText('话务记录').closest('section') as HTMLElement).querySelectorAll<HTMLElement>('tbody tr.ant-table-row')];
    expect(callRows.map((row) => row.querySelector('td')?.textContent)).toEqual(['C-1001', 'C-1002', 'C-1003', 'C-1101', 'C-1102']);
    expect(within(callRows[0]).getByText('已监听')).toBeInTheDocument();
    // By its label: a role query over this page costs jsdom a style computation per element.
    await user.click(within(callRows[4]).getByLabelText('将话务 C-1102 标记为已监听'));
    await waitFor(() =>
      expect(fetchMock.mock.calls.some(([url, init]) => url === '/api/v1/trainees/t01/calls/C-1102/monitored' && init?.method === 'POST')).toBe(true),
    );
    expect(await screen.findByText('话务 C-1102 已标记为已监听')).toBeInTheDocument();

    await user.click(screen.getByText('表单与辅导意见'));
    expect(await screen.findByText('经典话务')).toBeInTheDocument();
    expect(screen.getByText('待审阅')).toBeInTheDocument();
    expect(screen.getByText('差错及盲点不能写“无”，请对照录音重新分析')).toBeInTheDocument();
  }, 90_000);

  it('says so when the mentor has no mentee', async () => {
    mockBackend({ ...mentorMe, mentees: [] }, {});
    signedIn();
    renderApp('/mentor');
    expect(await screen.findByText('您目前没有指导的学员')).toBeInTheDocument();
  });
});
