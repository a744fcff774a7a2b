import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bodiesSent, headMe, mockBackend } from '../../test/backend';
import { json } from '../../test/http';
import { renderApp } from '../../test/renderApp';
import { signedIn } from '../../test/session';
import type { Distribution, Page, Summary, TraineeLine } from './api';

const RANGES = ['0–9', '10–19', '20–29', '30–39', '40–49', '50–59', '60–69', '70–79', '80–89', '90–100'];

function distribution(name: string, counts: number[], mean: number | null): Distribution {
  return {
    name,
    trainees: counts.reduce((a, b) => a + b, 0),
    mean,
    buckets: RANGES.map((range, index) => ({ range, trainees: counts[index] ?? 0 })),
  };
}

const summary: Summary = {
  scope: 'COHORT',
  id: 'c2026-11',
  asOf: '2026-11-24',
  trainees: 10,
  funnel: [
    { stage: 'CLASSROOM', status: 'ON_TRACK', trainees: 3 },
    { stage: 'CLASSROOM', status: 'REMEDIAL', trainees: 1 },
    { stage: 'SHADOWING', status: 'ON_TRACK', trainees: 4 },
    { stage: 'MONITORING', status: 'ESCALATED', trainees: 2 },
  ],
  distributions: [
    distribution('SECURITIES_BASICS', [0, 0, 0, 0, 0, 1, 1, 2, 3, 3], 81.4),
    distribution('SYSTEMS', [0, 0, 0, 0, 0, 0, 2, 2, 3, 3], 83.0),
    distribution('SERVICE_NORMS', [0, 0, 0, 0, 0, 0, 1, 3, 3, 3], 84.2),
    distribution('SERVICE_SKILLS', [0, 0, 0, 0, 0, 1, 2, 2, 2, 3], 80.9),
    distribution('KNOWLEDGE_AVERAGE', [0, 0, 0, 0, 0, 0, 2, 3, 3, 2], 82.4),
    distribution('SHADOWING', [0, 0, 0, 0, 0, 0, 0, 1, 3, 2], 86.5),
    distribution('GO_LIVE', [], null),
  ],
  mentors: [
    { mentorId: 'm01', name: '刘洋', mentees: 2, backlog: 3, calls: 10, monitored: 4, sharePercent: 40, belowTarget: true },
  ],
  risks: { REMEDIAL: 1, ESCALATED: 2, SHARE_BELOW_TARGET: 1, OVERDUE: 1 },
  atRisk: 4,
};

const line: TraineeLine = {
  traineeId: 't03',
  name: '孙磊',
  cohortId: 'c2026-11',
  category: 'A',
  stage: 'MONITORING',
  stepId: 'post-call-analysis',
  status: 'ESCALATED',
  dueBy: '2026-11-20',
  risks: ['ESCALATED', 'SHARE_BELOW_TARGET', 'OVERDUE'],
  mentorId: 'm01',
  knowledgeAverage: 78.5,
  calls: 10,
  monitored: 4,
  sharePercent: 40,
  backlog: 2,
};

const page = (items: TraineeLine[]): Page<TraineeLine> => ({ items, page: 0, size: 20, total: items.length });
const BASE = '/api/v1/reports/cohorts/c2026-11';

function backend(extra = {}) {
  return mockBackend(headMe, {
    'GET /api/v1/cohorts': json([
      { id: 'c2026-10', name: '2026年10月批', departmentId: 'csc', startDate: '2026-10-08' },
      { id: 'c2026-11', name: '2026年11月批', departmentId: 'csc', startDate: '2026-11-02' },
    ]),
    [`GET ${BASE}/summary`]: json(summary),
    [`GET ${BASE}/at-risk?page=0&size=20`]: json(page([line])),
    [`GET ${BASE}/overdue?page=0&size=20`]: json(page([])),
    ...extra,
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('department head dashboard', () => {
  it('shows the newest cohort: counts, the stage funnel, score charts, trainees at risk with links, mentors', async () => {
    backend();
    signedIn();
    renderApp('/dashboard');

    expect(await screen.findByRole('img', { name: '各阶段、各状态学员人数柱状图（共 10 人）' })).toBeInTheDocument();
    expect(screen.getByText('2026年11月批（c2026-11）')).toBeInTheDocument();
    expect(screen.getByText('逾期按 2026年11月24日 计')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: '知识考试成绩分布柱状图（每 10 分一档）' })).toBeInTheDocument();
    expect(screen.getByText('82.4')).toBeInTheDocument();
    expect(screen.getByText('86.5')).toBeInTheDocument();

    const link = await screen.findByLabelText('查看 孙磊 的培训进度');
    expect(link).toHaveAttribute('href', '/journeys/t03');
    const row = link.closest('tr') as HTMLElement;
    expect(within(row).getByText('待决定')).toBeInTheDocument();
    expect(within(row).getByText('已逾期')).toBeInTheDocument();
    expect(within(row).getByText('40%（4/10）')).toBeInTheDocument();
    expect(await screen.findByText('暂无逾期')).toBeInTheDocument();
    expect(screen.getByText('刘洋（m01）')).toBeInTheDocument();
  }, 60_000);

  it('downloads a table as XLSX with the token and the reader\'s language', async () => {
    const fetchMock = backend({
      [`GET ${BASE}/tables/at-risk.xlsx`]: () =>
        new Response('PK', { status: 200, headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } }),
    });
    const createObjectURL = vi.fn(() => 'blob:at-risk');
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    signedIn();
    const user = userEvent.setup();
    renderApp('/dashboard');

    await user.click(await screen.findByText('导出报表'));
    await user.click(await screen.findByText('风险学员（XLSX）'));
    await waitFor(() => expect(fetchMock.mock.calls.map(([url]) => url)).toContain(`${BASE}/tables/at-risk.xlsx`));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const call = fetchMock.mock.calls.find(([url]) => url === `${BASE}/tables/at-risk.xlsx`);
    const headers = new Headers(call?.[1]?.headers);
    expect(headers.get('Authorization')).toMatch(/^Bearer /);
    expect(headers.get('Accept-Language')).toBe('zh-CN');
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    const anchor = click.mock.contexts[0] as HTMLAnchorElement;
    expect(anchor.download).toBe('at-risk-c2026-11.xlsx');
    click.mockRestore();
  }, 60_000);

  it('opens a trainee\'s journey from the list', async () => {
    backend({
      'GET /api/v1/trainees/t03/journey': json({
        traineeId: 't03',
        category: 'A',
        stage: 'MONITORING',
        step: 'post-call-analysis',
        stepName: '话后分析',
        status: 'ESCALATED',
        stepStartedOn: '2026-11-16',
        dueBy: '2026-11-20',
        makeUpsTaken: 0,
        escalationOptions: ['EXTEND', 'WITHDRAW'],
        lastDecision: null,
        history: [],
        nextActions: [],
      }),
    });
    signedIn();
    const user = userEvent.setup();
    renderApp('/dashboard');
    await user.click(await screen.findByLabelText('查看 孙磊 的培训进度'));
    expect(await screen.findByText('学员 t03 的培训进度')).toBeInTheDocument();
  }, 60_000);

  it('decides an escalated trainee\'s escalation from the at-risk list and refetches the list', async () => {
    const journey = {
      traineeId: 't03',
      category: 'A',
      stage: 'CLASSROOM',
      step: 'knowledge-assessment',
      stepName: '业务知识考评',
      status: 'ESCALATED',
      stepStartedOn: '2026-11-16',
      dueBy: '2026-11-20',
      makeUpsTaken: 1,
      escalationOptions: ['ANOTHER_MAKE_UP', 'END_TRAINEESHIP'],
      lastDecision: null,
      history: [],
      nextActions: [],
    };
    const fetchMock = backend({
      'GET /api/v1/trainees/t03/journey': json(journey),
      'POST /api/v1/trainees/t03/journey/escalation': json({ ...journey, status: 'REMEDIAL' }),
    });
    signedIn();
    const user = userEvent.setup();
    renderApp('/dashboard');

    await user.click(await screen.findByRole('button', { name: '处理升级 孙磊（t03）' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('处理升级：孙磊（t03）')).toBeInTheDocument();
    // Only the choices the server offers for this escalation.
    await within(dialog).findByRole('radio', { name: '再安排一次补考' });
    expect(within(dialog).queryByRole('radio', { name: '再延期一次' })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: '提交决定' }));
    expect(await within(dialog).findByText('请选择处理方式')).toBeInTheDocument();
    expect(bodiesSent(fetchMock, 'POST', '/api/v1/trainees/t03/journey/escalation')).toEqual([]);

    const atRiskCalls = () => fetchMock.mock.calls.filter(([url]) => url === `${BASE}/at-risk?page=0&size=20`).length;
    const before = atRiskCalls();
    await user.click(within(dialog).getByRole('radio', { name: '再安排一次补考' }));
    await user.type(within(dialog).getByRole('textbox', { name: '理由' }), '与学员面谈后再补考一次');
    await user.click(within(dialog).getByRole('button', { name: '提交决定' }));

    expect(await screen.findByText('已记录决定')).toBeInTheDocument();
    expect(bodiesSent(fetchMock, 'POST', '/api/v1/trainees/t03/journey/escalation')).toEqual([
      { choice: 'ANOTHER_MAKE_UP', reason: '与学员面谈后再补考一次' },
    ]);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(atRiskCalls()).toBeGreaterThan(before));
  }, 60_000);

  it('offers no decision to a training specialist, whom the server would refuse', async () => {
    mockBackend(
      { ...headMe, personId: 'ts1', roles: ['TRAINING_SPECIALIST'] },
      {
        'GET /api/v1/cohorts': json([{ id: 'c2026-11', name: '2026年11月批', departmentId: 'csc', startDate: '2026-11-02' }]),
        [`GET ${BASE}/summary`]: json(summary),
        [`GET ${BASE}/at-risk?page=0&size=20`]: json(page([line])),
        [`GET ${BASE}/overdue?page=0&size=20`]: json(page([])),
      },
    );
    signedIn();
    renderApp('/dashboard');
    expect(await screen.findByLabelText('查看 孙磊 的培训进度')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /处理升级/ })).not.toBeInTheDocument();
  }, 60_000);
});
