import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bodiesSent, mockBackend } from '../../test/backend';
import card from '../../test/fixtures/scorecard-default.json';
import { json } from '../../test/http';
import { renderApp } from '../../test/renderApp';
import { qaMe } from '../../test/roles';
import { signedIn } from '../../test/session';
import type { CallMarks, GoLiveWeek, ScoredCall, Scorecard } from './api';

const WEEK_ID = '5f0c9a1e-2b7d-4c3e-9f10-7a6b5c4d3e2f';
const ZERO_CALL_ID = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

const goodMarks: CallMarks = {
  knowledge: {
    fundamental: Array(5).fill({ rating: 'GOOD', reason: null }),
    technical: Array(5).fill({ rating: 'GOOD', reason: null }),
    advice: [{ rating: 'GOOD', reason: null }],
  },
  terminology: { lookedUp: false, wrongAnswers: 0, reason: null },
  service: [],
};

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
    // The earlier call scored zero and waits for a replacement; another specialist may appeal it.
    expect(screen.getByText('零分话务')).toBeInTheDocument();
    expect(screen.getByLabelText('复查话务 REC-20261116-0012')).toBeInTheDocument();

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
