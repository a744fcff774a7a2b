import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { authHeader, json, problem } from '../../test/http';
import { mockBackend } from '../../test/backend';
import { renderApp } from '../../test/renderApp';
import { signedIn } from '../../test/session';
import { analysisChartOption } from './analysisChart';
import type { QuestionStatistics } from './api';
import { specialistMe } from './testData';

const exams = [
  {
    id: 'knowledge-assessment',
    title: '业务知识考评',
    purpose: 'KNOWLEDGE',
    timeLimitMinutes: 60,
    areas: [
      { area: 'SECURITIES_BASICS', questions: 10 },
      { area: 'SYSTEMS', questions: 10 },
    ],
  },
  { id: 'practice-quick', title: '随堂练习', purpose: 'PRACTICE', timeLimitMinutes: 20, areas: [{ area: 'SYSTEMS', questions: 3 }] },
];

const question = (questionId: string, facility: number, discrimination: number, flags: string[]): QuestionStatistics => ({
  questionId,
  n: 12,
  facility,
  discrimination,
  upperGroup: ['a1', 'a2', 'a3', 'a4'],
  lowerGroup: ['a9', 'a10', 'a11', 'a12'],
  options: [
    { option: 0, chosen: 9, upper: 4, lower: 1 },
    { option: 1, chosen: 3, upper: 0, lower: 3 },
  ],
  flags: flags as QuestionStatistics['flags'],
});

const statistics = {
  attemptCount: 12,
  meanTotalScore: 81.25,
  populationStandardDeviation: 9.8765,
  sampleStandardDeviation: 10.3,
  kr20: { value: 0.7134, reason: null, itemIds: ['SB-001', 'SY-014'], attemptsUsed: 11, totalVariance: 2.1, sumOfItemVariances: 0.4 },
  questions: [question('SB-001', 0.95, 0.1, ['EASY', 'LOW_DISCRIMINATION']), question('SY-014', 0.5, 0.62, [])],
};

describe('exams and item analysis (training specialist)', () => {
  it('lists the exams with their draws and opens an item analysis with its figures, chart and CSV', async () => {
    const fetchMock = mockBackend(specialistMe, {
      'GET /api/v1/exams': json(exams),
      'GET /api/v1/exams/knowledge-assessment/item-analysis': json(statistics),
      'GET /api/v1/exams/knowledge-assessment/item-analysis.csv': () =>
        new Response('questionId,n\nSB-001,12\n', { headers: { 'Content-Type': 'text/csv' } }),
    });
    const createObjectURL = vi.fn(() => 'blob:csv');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    signedIn();
    const user = userEvent.setup();
    renderApp('/training/exams');

    const list = await screen.findByRole('table');
    expect(await within(list).findByText('业务知识考评', { selector: 'td' })).toBeInTheDocument();
    expect(within(list).getByText('证券基础知识 10 题、系统软件 10 题')).toBeInTheDocument();
    expect(within(list).getByText('60 分钟')).toBeInTheDocument();
    await user.click(within(list).getByRole('link', { name: '查看 业务知识考评 的题目分析' }));

    expect(await screen.findByRole('heading', { level: 1, name: '题目分析：业务知识考评' })).toBeInTheDocument();
    expect(
      [...document.querySelectorAll('.ant-statistic-content-value')].map((value) => value.textContent),
    ).toEqual(['12', '81.3', '9.88', '0.71']);
    expect(screen.getByText('基于 11 份题目相同的答卷、2 道题')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /2 道题的通过率与区分度柱状图/ })).toBeInTheDocument();

    const rows = within(screen.getAllByRole('table').at(-1)!).getAllByRole('row').slice(1);
    expect(within(rows[0]).getByText('SB-001')).toBeInTheDocument();
    expect(within(rows[0]).getByText('0.95')).toBeInTheDocument();
    expect(within(rows[0]).getByText('过易')).toBeInTheDocument();
    expect(within(rows[0]).getByText('区分度低')).toBeInTheDocument();
    expect(within(rows[0]).getByText('选项 1：9 / 4 / 1')).toBeInTheDocument();
    expect(within(rows[1]).getByText('0.62')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '下载 CSV' }));
    await waitFor(() => expect(createObjectURL).toHaveBeenCalledTimes(1));
    expect(authHeader(fetchMock, '/api/v1/exams/knowledge-assessment/item-analysis.csv')).toBe('Bearer test-token');
  }, 60_000);

  it('says why KR-20 is missing and shows no chart without attempts; a failed load offers a retry', async () => {
    mockBackend(specialistMe, {
      'GET /api/v1/exams': json(exams),
      'GET /api/v1/exams/practice-quick/item-analysis': json({
        attemptCount: 0,
        meanTotalScore: null,
        populationStandardDeviation: null,
        sampleStandardDeviation: null,
        kr20: { value: null, reason: 'NO_ATTEMPTS', itemIds: [], attemptsUsed: 0, totalVariance: null, sumOfItemVariances: null },
        questions: [],
      }),
      'GET /api/v1/exams/broken/item-analysis': problem(404, { title: 'Not Found', detail: '没有这个考试' }),
    });
    signedIn();
    const first = renderApp('/training/exams/practice-quick/analysis');
    expect(await screen.findByText('还没有答卷')).toBeInTheDocument();
    expect(screen.getByText('还没有已评分的答卷，暂无分析。')).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /柱状图/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '下载 CSV' })).not.toBeInTheDocument();
    first.unmount();

    renderApp('/training/exams/broken/analysis');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('没有这个考试');
  }, 60_000);

  it('builds one facility and one discrimination bar per question', () => {
    const option = analysisChartOption(statistics.questions, {
      facility: 'F',
      discrimination: 'D',
      question: (n) => `Q${n}`,
    }) as { xAxis: { data: string[] }; series: { name: string; data: (number | null)[] }[] };
    expect(option.xAxis.data).toEqual(['Q1', 'Q2']);
    expect(option.series.map((series) => [series.name, series.data])).toEqual([
      ['F', [0.95, 0.5]],
      ['D', [0.1, 0.62]],
    ]);
  });
});
