import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bodiesSent, mockBackend } from '../../test/backend';
import { goodMarks } from '../../test/fixtures/qaMarks';
import card from '../../test/fixtures/scorecard-default.json';
import { json, problem } from '../../test/http';
import { renderApp } from '../../test/renderApp';
import { mentorMe, qaMe } from '../../test/roles';
import { traineeMe } from '../../test/backend';
import { signedIn } from '../../test/session';
import type { CallMarks, GoLiveWeek, ScoredCall, Scorecard } from './api';

const WEEK_ID = '5f0c9a1e-2b7d-4c3e-9f10-7a6b5c4d3e2f';
const ZERO_CALL_ID = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

const zeroCall: ScoredCall = {
  id: ZERO_CALL_ID,
  callRef: 'REC-20261116-0012',
  callDate: '2026-11-16',
  replaces: null,
  scorecardId: 'default',
  scorecardVersion: 1,
  marks: { ...goodMarks, service: [{ item: 'argument', points: 25, reason: '与客户发生争执' }] },
  knowledge: 25,
  service: 0,
  total: 25,
  normalised: 50,
  zero: true,
  scoredBy: 'qa2',
  scoredAt: '2026-11-16T07:20:00Z',
  appeal: null,
  appealDeadline: '2026-11-19',
};

const week: GoLiveWeek = {
  id: WEEK_ID,
  traineeId: 't01',
  startDate: '2026-11-16',
  endDate: '2026-11-20',
  scorecard: card as Scorecard,
  createdBy: 'qa1',
  createdAt: '2026-11-16T01:00:00Z',
  calls: [zeroCall],
  weekScore: null,
  countedCalls: null,
  closedBy: null,
  closedAt: null,
};

describe('QA scoring queue', () => {
  it("lists the cohort's trainees with their go-live week, open weeks first, and the zero-score calls to replace", async () => {
    const closedWeek: GoLiveWeek = {
      ...week,
      id: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a',
      traineeId: 't02',
      calls: [],
      weekScore: 88.5,
      countedCalls: 20,
      closedBy: 'qa1',
      closedAt: '2026-11-13T09:00:00Z',
    };
    mockBackend(qaMe, {
      'GET /api/v1/cohorts': json([{ id: 'c2026-11', name: '2026年11月批', departmentId: 'csc', startDate: '2026-11-02' }]),
      'GET /api/v1/cohorts/c2026-11/trainees': json([
        { personId: 't02', category: 'B', cohortId: 'c2026-11', startDate: '2026-11-02' },
        { personId: 't01', category: 'A', cohortId: 'c2026-11', startDate: '2026-11-02' },
        { personId: 't03', category: 'A', cohortId: 'c2026-11', startDate: '2026-11-02' },
      ]),
      'GET /api/v1/trainees/t01/go-live-weeks': json([week]),
      'GET /api/v1/trainees/t02/go-live-weeks': json([closedWeek]),
      'GET /api/v1/trainees/t03/go-live-weeks': json([]),
    });
    signedIn();
    renderApp('/qa');

    const link = await screen.findByLabelText('为学员 t01 的话务评分');
    expect(link).toHaveAttribute('href', `/qa/weeks/${WEEK_ID}`);
    await waitFor(() => expect(screen.getByText('已结束：88.5 分')).toBeInTheDocument());
    const rows = [...document.querySelectorAll<HTMLElement>('tbody tr.ant-table-row')];
    const cells = (row: HTMLElement) => [...row.querySelectorAll('td')];
    expect(rows.map((row) => cells(row)[0].textContent)).toEqual(['t01', 't03', 't02']);
    expect(within(rows[0]).getByText('进行中')).toBeInTheDocument();
    expect(cells(rows[0])[4]).toHaveTextContent('1');
    expect(within(rows[1]).getByText('尚未开始考评周')).toBeInTheDocument();
    expect(within(rows[1]).getByText('开始考评周').closest('button')).toBeDisabled();
  }, 60_000);
});

describe('QA week page: scoring a call on the scorecard', () => {
  it('shows the running total, requires a reason for each deduction, and sends the marks', async () => {
    const fetchMock = mockBackend(qaMe, {
      [`GET /api/v1/qa/weeks/${WEEK_ID}`]: json(week),
      [`POST /api/v1/qa/weeks/${WEEK_ID}/calls`]: ({ body }) =>
        json({ ...week, calls: [...week.calls, { ...zeroCall, id: 'new', callRef: (body as { callRef: string }).callRef }] }),
    });
    signedIn();
    const user = userEvent.setup();
    renderApp(`/qa/weeks/${WEEK_ID}`);

    // Label and text queries: role queries over a whole scorecard cost jsdom a style computation per element.
    expect(await screen.findByText('学员 t01 的上线考评周')).toBeInTheDocument();
    expect(screen.getByText('个股咨询话务质检表（第 1 版）')).toBeInTheDocument();
    expect(screen.getByText('基本面分析')).toBeInTheDocument();
    expect(screen.getByText('能对公司近期发布的重要公告及基本面重大变化进行解释和分析')).toBeInTheDocument();
    // The earlier call scored zero and waits for a replacement; nobody appealed it, so there is nothing to re-score.
    expect(screen.getByText('零分话务')).toBeInTheDocument();
    expect(screen.queryByLabelText('复评话务 REC-20261116-0012')).not.toBeInTheDocument();

    const total = () => screen.getByText('当前得分').closest('.ant-card') as HTMLElement;
    expect(within(total()).getByText('还有 11 项知识点未评级')).toBeInTheDocument();

    const goods = screen.getAllByText('好（2）');
    expect(goods).toHaveLength(11);
    for (const good of goods) {
      await user.click(good);
    }
    await user.type(screen.getByLabelText('开头问候语扣分（最多 1 分）'), '1');
    await waitFor(() => expect(within(total()).queryByText(/未评级/)).not.toBeInTheDocument());
    const statistics = within(total()).getAllByText(/^\d+(\.\d+)?$/).map((node) => node.textContent);
    expect(statistics).toEqual(['25', '24', '49', '98']);

    await user.type(screen.getByLabelText('话务编号'), 'REC-20261117-0031');
    await user.type(screen.getByLabelText('来电日期'), '2026-11-17');
    await user.click(screen.getByText('提交评分'));
    expect(await screen.findByText('请填写扣分理由')).toBeInTheDocument();
    expect(bodiesSent(fetchMock, 'POST', `/api/v1/qa/weeks/${WEEK_ID}/calls`)).toEqual([]);

    await user.type(screen.getByLabelText('扣分理由：开头问候语'), '未使用标准开头问候语');
    await user.click(screen.getByText('提交评分'));
    await waitFor(() =>
      expect(bodiesSent(fetchMock, 'POST', `/api/v1/qa/weeks/${WEEK_ID}/calls`)).toEqual([
        {
          callRef: 'REC-20261117-0031',
          callDate: '2026-11-17',
          replaces: null,
          marks: { ...goodMarks, service: [{ item: 'opening-greeting', points: 1, reason: '未使用标准开头问候语' }] },
        },
      ]),
    );
    expect(await screen.findByText('话务 REC-20261117-0031 已评分')).toBeInTheDocument();
  }, 90_000); // eleven ratings and a dozen inputs on antd: slow on a busy 2-core machine
});

const appealedCall: ScoredCall = {
  ...zeroCall,
  appeal: { reason: '客户先出言不逊，学员并未争执', filedBy: 't01', filedAt: '2026-11-17T02:00:00Z', rescore: null },
};

describe('QA week page: re-scoring an appealed call', () => {
  it('lets a specialist other than the scorer re-score the appealed call with a reason', async () => {
    const fetchMock = mockBackend(qaMe, {
      [`GET /api/v1/qa/weeks/${WEEK_ID}`]: json({ ...week, calls: [appealedCall] }),
      [`POST /api/v1/qa/weeks/${WEEK_ID}/calls/${ZERO_CALL_ID}/appeal/rescore`]: ({ body }) => {
        const { reason, marks } = body as { reason: string; marks: CallMarks };
        return json({
          ...week,
          calls: [
            {
              ...appealedCall,
              appeal: {
                ...appealedCall.appeal,
                rescore: { reason, marks, knowledge: 25, service: 25, total: 50, normalised: 100, zero: false, scoredBy: 'qa1', scoredAt: '2026-11-17T06:00:00Z' },
              },
            },
          ],
        });
      },
    });
    signedIn();
    const user = userEvent.setup();
    renderApp(`/qa/weeks/${WEEK_ID}`);

    // The appeal is listed with its reason and who filed it, waiting for a re-score.
    expect(await screen.findAllByText('客户先出言不逊，学员并未争执')).not.toHaveLength(0);
    expect(screen.getAllByText('已申请复查，待其他质检员复评').length).toBeGreaterThan(0);
    await user.click(screen.getByLabelText('复评话务 REC-20261116-0012'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('复查申请理由')).toBeInTheDocument();

    for (const good of within(dialog).getAllByText('好（2）')) {
      await user.click(good);
    }
    await user.click(within(dialog).getByText('提交复评'));
    expect(await within(dialog).findByText('请填写复查原因')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('复评理由'), '复听录音，学员未与客户争执');
    await user.click(within(dialog).getByText('提交复评'));

    await waitFor(() =>
      expect(bodiesSent(fetchMock, 'POST', `/api/v1/qa/weeks/${WEEK_ID}/calls/${ZERO_CALL_ID}/appeal/rescore`)).toEqual([
        { reason: '复听录音，学员未与客户争执', marks: goodMarks },
      ]),
    );
    expect(await screen.findByText('话务 REC-20261116-0012 已复评')).toBeInTheDocument();
    expect(screen.getByText('50 → 100')).toBeInTheDocument();
  }, 90_000);

  it('does not offer the re-score to the specialist who scored the call', async () => {
    mockBackend({ ...qaMe, personId: 'qa2' }, { [`GET /api/v1/qa/weeks/${WEEK_ID}`]: json({ ...week, calls: [appealedCall] }) });
    signedIn();
    renderApp(`/qa/weeks/${WEEK_ID}`);
    expect(await screen.findByText('学员 t01 的上线考评周')).toBeInTheDocument();
    expect(screen.getAllByText('已申请复查，待其他质检员复评').length).toBeGreaterThan(0);
    expect(screen.queryByLabelText('复评话务 REC-20261116-0012')).not.toBeInTheDocument();
  }, 60_000);
});

describe('a go-live week that cannot be loaded', () => {
  it('keeps the page heading, says why and loads it again on retry', async () => {
    let asked = 0;
    mockBackend(qaMe, {
      [`GET /api/v1/qa/weeks/${WEEK_ID}`]: () => {
        asked += 1;
        return asked === 1 ? problem(503, { title: 'Service Unavailable', detail: '存储暂不可用' }) : json(week);
      },
    });
    signedIn();
    const user = userEvent.setup();
    renderApp(`/qa/weeks/${WEEK_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: '上线考评周' })).toBeInTheDocument();
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('加载失败')).toBeInTheDocument();
    expect(within(alert).getByText('存储暂不可用')).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await screen.findByRole('heading', { level: 1, name: '学员 t01 的上线考评周' })).toBeInTheDocument();
  }, 60_000);
});

describe('go-live scores: the trainee and the mentor appeal', () => {
  const laterCall: ScoredCall = {
    ...zeroCall,
    id: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
    callRef: 'REC-20261118-0007',
    callDate: '2026-11-18',
    zero: false,
    normalised: 92,
    scoredAt: '2026-11-18T03:00:00Z',
    // far ahead, so the window is still open whenever the test runs
    appealDeadline: '2999-12-31',
  };
  const rescored: ScoredCall = {
    ...zeroCall,
    id: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f',
    callRef: 'REC-20261117-0002',
    appeal: {
      ...appealedCall.appeal!,
      rescore: { ...zeroCall, reason: '复听后改判', normalised: 86, zero: false, scoredBy: 'qa1', scoredAt: '2026-11-17T06:00:00Z' },
    },
  };
  const traineeWeek = { ...week, calls: [zeroCall, laterCall, rescored] };

  it('shows each call\'s score and appeal state, and files an appeal with a reason within the window', async () => {
    const fetchMock = mockBackend(traineeMe, {
      'GET /api/v1/trainees/t01/go-live-weeks': json([traineeWeek]),
      [`POST /api/v1/qa/weeks/${WEEK_ID}/calls/${laterCall.id}/appeal`]: ({ body }) =>
        json({
          ...traineeWeek,
          calls: [zeroCall, { ...laterCall, appeal: { reason: (body as { reason: string }).reason, filedBy: 't01', filedAt: '2026-11-18T05:00:00Z', rescore: null } }, rescored],
        }),
    });
    signedIn();
    const user = userEvent.setup();
    renderApp('/go-live');

    expect(await screen.findByText('已复评：50 → 86')).toBeInTheDocument();
    expect(await screen.findByText('已过复查期限')).toBeInTheDocument();
    expect(screen.getByText('可申请至 2999年12月31日')).toBeInTheDocument();
    await user.click(screen.getByLabelText('对话务 REC-20261118-0007 申请复查'));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByText('提交复查申请'));
    expect(await within(dialog).findByText('请填写复查原因')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('申请复查的理由'), '第二项知识点回答正确，请复听');
    await user.click(within(dialog).getByText('提交复查申请'));

    await waitFor(() =>
      expect(bodiesSent(fetchMock, 'POST', `/api/v1/qa/weeks/${WEEK_ID}/calls/${laterCall.id}/appeal`)).toEqual([
        { reason: '第二项知识点回答正确，请复听' },
      ]),
    );
    expect(await screen.findByText('已对话务 REC-20261118-0007 申请复查')).toBeInTheDocument();
  }, 60_000);

  it("lets a mentor appeal on their mentee's behalf", async () => {
    mockBackend(mentorMe, { 'GET /api/v1/trainees/t01/go-live-weeks': json([traineeWeek]) });
    signedIn();
    renderApp('/go-live');
    expect(await screen.findByLabelText('对话务 REC-20261118-0007 申请复查')).toBeInTheDocument();
    expect(screen.getByText('已复评：50 → 86')).toBeInTheDocument();
  }, 60_000);
});
