import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bodiesSent, mockBackend } from '../../test/backend';
import evaluationDefinition from '../../test/fixtures/branch-shadowing-evaluation.json';
import { json, problem } from '../../test/http';
import { renderApp } from '../../test/renderApp';
import { branchMentorMe } from '../../test/roles';
import { signedIn } from '../../test/session';
import type { Objective, Placement } from './api';

const PLACEMENT_ID = '3b9f2c1a-7d4e-4f6a-9b8c-1d2e3f4a5b6c';

/** The eight objectives of seed 000 §四(二), as the shadowing module numbers them. */
const OBJECTIVE_TEXTS = [
  '开立账户、办理及撤销指定交易、办理三方存管、转托管步骤、注意事项等',
  '有效指导用户使用行情交易软件、网上交易系统常见功能，了解 U-key 申请、挂失、应急等业务办理',
  '熟悉场内自助交易系统使用方法',
  '熟悉手机炒股软件下载安装及常见问题处理方法',
  '熟悉集中交易柜台系统各项功能',
  '了解分支机构应对用户提出降低佣金、销户问题的处理步骤和相关话术',
  '了解分支机构开展日常营销工作的方法和技巧',
  '咨询分支机构对服务的需求和建议',
];

function objective(number: number, state: 'open' | 'ticked' | 'confirmed'): Objective {
  return {
    number,
    text: OBJECTIVE_TEXTS[number - 1],
    ticked: state !== 'open',
    note: state === 'open' ? null : `第${number}项已在柜台跟学`,
    tickedAt: state === 'open' ? null : '2026-11-10T08:00:00Z',
    confirmedBy: state === 'confirmed' ? 'bm1' : null,
    confirmedAt: state === 'confirmed' ? '2026-11-10T09:00:00Z' : null,
  };
}

const placement: Placement = {
  id: PLACEMENT_ID,
  traineeId: 't01',
  branchId: 'br-futian',
  branchMentorId: 'bm1',
  startDate: '2026-11-09',
  endDate: '2026-11-20',
  objectives: OBJECTIVE_TEXTS.map((_, index) =>
    objective(index + 1, index === 0 ? 'confirmed' : index === 1 ? 'ticked' : 'open'),
  ),
  selfSummary: '两周见习中跟学了开户与三方存管业务，了解了网点对客服中心的服务需求。',
  selfSummaryAt: '2026-11-19T09:00:00Z',
  interview: null,
  evaluation: null,
};

const PLACEMENT_URL = `/api/v1/shadowing/placements/${PLACEMENT_ID}`;

describe('branch mentor: my placed trainees', () => {
  it('lists the placements with the objectives to confirm and the evaluation still to file', async () => {
    mockBackend(branchMentorMe, { 'GET /api/v1/shadowing/hosted': json([placement]) });
    signedIn();
    renderApp('/branch');

    const link = await screen.findByLabelText('查看学员 t01 的见习');
    expect(link).toHaveAttribute('href', `/branch/placements/${PLACEMENT_ID}`);
    const row = link.closest('tr') as HTMLElement;
    expect(within(row).getByText('已确认 1 / 已勾选 2 / 共 8 项')).toBeInTheDocument();
    expect(within(row).getByText('待考评')).toBeInTheDocument();
  });

  it('says so when nobody is placed with the branch mentor', async () => {
    mockBackend(branchMentorMe, { 'GET /api/v1/shadowing/hosted': json([]) });
    signedIn();
    renderApp('/branch');
    expect(await screen.findByText('目前没有安排在您处见习的学员')).toBeInTheDocument();
  });
});

describe('branch mentor: one placement', () => {
  it('confirms a ticked objective', async () => {
    const fetchMock = mockBackend(branchMentorMe, {
      [`GET ${PLACEMENT_URL}`]: json(placement),
      'GET /api/v1/form-definitions/branch-shadowing-evaluation': json(evaluationDefinition),
      [`POST ${PLACEMENT_URL}/objectives/2/confirmation`]: json({
        ...placement,
        objectives: placement.objectives.map((o) => (o.number === 2 ? objective(2, 'confirmed') : o)),
      }),
    });
    signedIn();
    const user = userEvent.setup();
    renderApp(`/branch/placements/${PLACEMENT_ID}`);

    expect(await screen.findByText(`2. ${OBJECTIVE_TEXTS[1]}`)).toBeInTheDocument();
    expect(screen.getByText('学员记录：第2项已在柜台跟学')).toBeInTheDocument();
    expect(screen.getAllByText('学员未勾选')).toHaveLength(6);
    expect(screen.getByText(placement.selfSummary as string)).toBeInTheDocument();
    // Only a ticked, unconfirmed objective can be confirmed.
    expect(screen.queryByLabelText('确认第 1 项学习目标')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('确认第 3 项学习目标')).not.toBeInTheDocument();

    await user.click(screen.getByLabelText('确认第 2 项学习目标'));
    await waitFor(() =>
      expect(fetchMock.mock.calls.filter(([url]) => url === `${PLACEMENT_URL}/objectives/2/confirmation`)).toHaveLength(1),
    );
    expect(await screen.findByText('已确认第 2 项学习目标')).toBeInTheDocument();
    expect(screen.getAllByText('已确认')).toHaveLength(2);
  });

  it('renders the 附5 evaluation form from its definition, validates it, files the values and shows the score the server computed', async () => {
    const fetchMock = mockBackend(branchMentorMe, {
      [`GET ${PLACEMENT_URL}`]: json(placement),
      'GET /api/v1/form-definitions/branch-shadowing-evaluation': json(evaluationDefinition),
      'GET /api/v1/form-definitions/branch-shadowing-evaluation/versions/1': json(evaluationDefinition),
      [`PUT ${PLACEMENT_URL}/evaluation`]: ({ body }) => {
        const { values } = body as { values: Record<string, unknown> };
        return json({
          ...placement,
          evaluation: {
            score: 87.45,
            notes: values.overallComment,
            by: 'bm1',
            at: '2026-11-20T09:00:00Z',
            form: { definition: 'branch-shadowing-evaluation@1', values },
          },
        });
      },
    });
    signedIn();
    const user = userEvent.setup();
    renderApp(`/branch/placements/${PLACEMENT_ID}`);

    expect(await screen.findByText('网点见习考评表（附5）')).toBeInTheDocument();
    const scoreFields = evaluationDefinition.fields.filter((field) => field.type === 'SCORE');
    expect(scoreFields).toHaveLength(11);
    for (const field of scoreFields) {
      expect(screen.getByLabelText(field.label)).toHaveAttribute('aria-valuemax', '100');
    }
    // The score is not typed in: the server takes the mean of the score items.
    expect(screen.queryByLabelText('考评成绩（各评分项平均分）')).not.toBeInTheDocument();

    await user.click(screen.getByText('提交考评'));
    expect(await screen.findByText('请填写见习网点')).toBeInTheDocument();
    expect(screen.getByText('请填写出勤与纪律')).toBeInTheDocument();
    expect(screen.getByText('请填写总体评价')).toBeInTheDocument();
    expect(bodiesSent(fetchMock, 'PUT', `${PLACEMENT_URL}/evaluation`)).toEqual([]);

    const scores = [90, 85, 88, 92, 80, 86, 90, 84, 87, 89, 91];
    await user.type(screen.getByLabelText('见习网点'), '福田营业部');
    for (const [index, field] of scoreFields.entries()) {
      await user.type(screen.getByLabelText(field.label), String(scores[index]));
    }
    await user.type(screen.getByLabelText('学习态度（评语）'), '主动向柜台人员请教');
    await user.type(screen.getByLabelText('总体评价'), '见习认真，业务掌握扎实');
    // 962 / 11 = 87.4545…, previewed as the server rounds it (half up, two decimals)
    expect(await screen.findByText(/考评成绩将为 87\.45（已评 11 \/ 11 项）/)).toBeInTheDocument();
    await user.click(screen.getByText('提交考评'));

    await waitFor(() => expect(bodiesSent(fetchMock, 'PUT', `${PLACEMENT_URL}/evaluation`)).toHaveLength(1));
    const [{ values }] = bodiesSent(fetchMock, 'PUT', `${PLACEMENT_URL}/evaluation`) as { values: Record<string, unknown> }[];
    expect(values).toEqual({
      branchName: '福田营业部',
      ...Object.fromEntries(scoreFields.map((field, index) => [field.id, scores[index]])),
      attitudeComment: '主动向柜台人员请教',
      overallComment: '见习认真，业务掌握扎实',
    });
    expect(await screen.findByText('考评已提交，考评成绩 87.45')).toBeInTheDocument();
    expect(screen.getByText('87.45')).toBeInTheDocument();
    // The filled form is shown read-only under the score.
    expect(await screen.findByText('福田营业部')).toBeInTheDocument();
    expect(screen.queryByText('提交考评')).not.toBeInTheDocument();
  }, 90_000);

  it('shows the field errors of the server\'s problem on the fields', async () => {
    mockBackend(branchMentorMe, {
      [`GET ${PLACEMENT_URL}`]: json(placement),
      'GET /api/v1/form-definitions/branch-shadowing-evaluation': json(evaluationDefinition),
      [`PUT ${PLACEMENT_URL}/evaluation`]: problem(400, {
        title: 'Bad Request',
        detail: 'The form does not match branch-shadowing-evaluation@1: 1 field(s) to correct',
        errors: [{ field: 'values.branchName', message: '见习网点须为本人所在网点' }],
      }),
    });
    signedIn();
    const user = userEvent.setup();
    renderApp(`/branch/placements/${PLACEMENT_ID}`);

    expect(await screen.findByText('网点见习考评表（附5）')).toBeInTheDocument();
    await user.type(screen.getByLabelText('见习网点'), '罗湖营业部');
    for (const field of evaluationDefinition.fields.filter((f) => f.type === 'SCORE')) {
      await user.type(screen.getByLabelText(field.label), '80');
    }
    await user.type(screen.getByLabelText('总体评价'), '良好');
    await user.click(screen.getByText('提交考评'));

    const input = screen.getByLabelText('见习网点');
    await waitFor(() => expect(input.closest('.ant-form-item')).toHaveTextContent('见习网点须为本人所在网点'));
    expect(screen.getByText(/1 field\(s\) to correct/)).toBeInTheDocument();
  }, 90_000);
});
