import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bodiesSent, mockBackend, traineeMe } from '../../test/backend';
import postCallAnalysis from '../../test/fixtures/post-call-analysis.json';
import { json, problem } from '../../test/http';
import { renderApp } from '../../test/renderApp';
import { signedIn } from '../../test/session';
import { firmToday, type DayQuotas, type FiledForm } from './api';

const TODAY = firmToday();
const FORMS_URL = '/api/v1/trainees/t01/forms';

const analysis = {
  source: 'OTHERS_RECORDING',
  callTime: '2026-12-01T10:05:00+08:00',
  recordingRef: 'REC-20261201-0107',
  businessType: 'FUNDS',
  clientRequest: '客户询问LOF基金场内申购与场外申购的区别',
  handling: '先确认客户账户类型，再说明两种申购渠道及费用差异',
  wentWell: '解释清楚，语气亲切',
  errorsAndBlindSpots: '无',
  toLearn: 'LOF 基金的转托管流程',
};

function filed(overrides: Partial<FiledForm>): FiledForm {
  return {
    id: 'f-1',
    traineeId: 't01',
    definitionId: 'post-call-analysis',
    definitionVersion: 1,
    day: '2026-12-01',
    status: 'DRAFT',
    versionCount: 0,
    working: analysis,
    versions: [],
    reviews: [],
    createdAt: '2026-12-01T02:00:00Z',
    updatedAt: '2026-12-01T02:10:00Z',
    ...overrides,
  };
}

const quotas: DayQuotas = {
  traineeId: 't01',
  day: TODAY,
  workingDay: true,
  tradingDay: true,
  quotas: [{ kind: 'RECORDING_ANALYSES', required: 10, filed: 3, accepted: 1, met: false, metWithAccepted: false }],
};

const returnComment = '差错及盲点不能写“无”，请对照录音重新分析';
const returned = filed({
  id: 'f-2',
  status: 'RETURNED',
  versionCount: 1,
  versions: [{ number: 1, values: analysis, submittedAt: '2026-12-01T03:00:00Z' }],
  reviews: [{ versionNumber: 1, decision: 'RETURN', comments: returnComment, reviewerId: 'm01', at: '2026-12-01T05:00:00Z' }],
});

type Routes = Parameters<typeof mockBackend>[1];

function traineeBackend(forms: FiledForm[], routes: Routes) {
  return mockBackend(traineeMe, {
    'GET /api/v1/trainees/t01/journey': json({ traineeId: 't01', stage: 'MONITORING', step: 'monitoring' }),
    [`GET /api/v1/trainees/t01/quotas?day=${TODAY}&step=monitoring`]: json(quotas),
    [`GET ${FORMS_URL}`]: () => json(forms),
    'GET /api/v1/form-definitions/post-call-analysis': json(postCallAnalysis),
    'GET /api/v1/form-definitions/post-call-analysis/versions/1': json(postCallAnalysis),
    ...routes,
  });
}

const location = () => screen.getByTestId('location').textContent;
const fieldItem = (label: string) => screen.getByText(label, { selector: 'label' }).closest('.ant-form-item') as HTMLElement;

describe('trainee forms', () => {
  it("shows today's quota, and autosaves a new form: one draft created, then updated, with the time saved", async () => {
    let draft: FiledForm | undefined;
    const store = (values: Record<string, unknown>) => (draft = filed({ id: 'f-new', day: TODAY, working: values }));
    const fetchMock = traineeBackend([], {
      [`POST ${FORMS_URL}`]: ({ body }) => json(store((body as { values: Record<string, unknown> }).values), 201),
      [`PUT ${FORMS_URL}/f-new`]: ({ body }) => json(store((body as { values: Record<string, unknown> }).values)),
      'GET /api/v1/forms/f-new': () => json(draft),
    });
    signedIn();
    const user = userEvent.setup();
    renderApp('/forms');

    const quota = await screen.findByRole('region', { name: '事后话务分析（他人录音）' });
    expect(within(quota).getByText('已提交 3 / 10 份，导师已通过 1 份')).toBeInTheDocument();
    expect(within(quota).getByText('还差 7 份')).toBeInTheDocument();
    expect(screen.getByText('工作日')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '事后话务分析：他人录音' }));
    const request = await screen.findByLabelText('客户诉求');
    expect(screen.getByText('修改会自动保存为草稿')).toBeInTheDocument();
    await user.type(request, '客户询问融资融券开通条件');

    await waitFor(() => expect(bodiesSent(fetchMock, 'POST', FORMS_URL)).toHaveLength(1));
    expect(bodiesSent(fetchMock, 'POST', FORMS_URL)[0]).toEqual({
      definitionId: 'post-call-analysis',
      day: TODAY,
      values: { source: 'OTHERS_RECORDING', clientRequest: '客户询问融资融券开通条件' },
      draft: true,
    });
    await waitFor(() => expect(location()).toBe('/forms/f-new'));
    await waitFor(() => expect(screen.getByText(/^草稿已保存 \d{2}:\d{2}$/)).toBeInTheDocument());

    // The editor stayed where it was: typing goes on into the same form, and now updates the draft.
    await user.type(screen.getByLabelText('处理过程'), '核对资产与交易经验');
    await waitFor(() => expect(bodiesSent(fetchMock, 'PUT', `${FORMS_URL}/f-new`)).toHaveLength(1));
    expect(bodiesSent(fetchMock, 'PUT', `${FORMS_URL}/f-new`)[0]).toEqual({
      values: { source: 'OTHERS_RECORDING', clientRequest: '客户询问融资融券开通条件', handling: '核对资产与交易经验' },
      draft: true,
    });
    expect(bodiesSent(fetchMock, 'POST', FORMS_URL)).toHaveLength(1);
  }, 90_000);

  it('offers only the new forms the current step asks for', async () => {
    traineeBackend([], {
      'GET /api/v1/trainees/t01/journey': json({ traineeId: 't01', stage: 'MONITORING', step: 'golive-trading' }),
      [`GET /api/v1/trainees/t01/quotas?day=${TODAY}&step=golive-trading`]: json({
        ...quotas,
        quotas: [{ kind: 'TYPICAL_CALLS', required: 5, filed: 0, accepted: 0, met: false, metWithAccepted: false }],
      }),
    });
    signedIn();
    renderApp('/forms');

    await waitFor(() => expect(screen.getByRole('button', { name: '事后话务分析：他人录音' })).toBeDisabled());
    expect(screen.getByRole('button', { name: '在线话务监听' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '事后话务分析：本人经典话务' })).toBeEnabled();
    expect(screen.getByText('当前培训步骤不要求填写置灰的表单：表单只能针对要求该表单的步骤中的日期填写。')).toBeInTheDocument();
  });

  it("resumes a draft as saved, and shows the server's field errors on the fields when submitting fails", async () => {
    const fetchMock = traineeBackend([filed({})], {
      'GET /api/v1/forms/f-1': json(filed({})),
      [`PUT ${FORMS_URL}/f-1`]: problem(422, {
        title: 'Invalid form values',
        detail: '表单内容有误',
        errors: [{ field: 'values.recordingRef', message: '话务系统中没有这条录音' }],
      }),
    });
    signedIn();
    const user = userEvent.setup();
    renderApp('/forms');

    await user.click(await screen.findByRole('link', { name: '继续填写 2026-12-01 的草稿' }));
    expect(await screen.findByLabelText('客户诉求')).toHaveValue(analysis.clientRequest);
    expect(screen.getByLabelText('录音编号')).toHaveValue(analysis.recordingRef);

    await user.click(screen.getByRole('button', { name: /^提交$/ }));
    await waitFor(() => expect(bodiesSent(fetchMock, 'PUT', `${FORMS_URL}/f-1`)).toEqual([{ values: analysis, draft: false }]));
    await waitFor(() => expect(within(fieldItem('录音编号')).getByText('话务系统中没有这条录音')).toBeInTheDocument());
    expect(screen.getByRole('alert')).toHaveTextContent('提交失败');
    expect(location()).toBe('/forms/f-1');
    expect(screen.getByLabelText('客户诉求')).toHaveValue(analysis.clientRequest);
  }, 90_000);

  it("shows the mentor's comments on a returned form, autosaves the revision and resubmits it", async () => {
    const revised = { ...analysis, errorsAndBlindSpots: '未提示场内申购的交收时间' };
    const fetchMock = traineeBackend([returned], {
      'GET /api/v1/forms/f-2': json(returned),
      [`PUT ${FORMS_URL}/f-2`]: ({ body }) => {
        const { values, draft } = body as { values: Record<string, unknown>; draft: boolean };
        return draft
          ? json({ ...returned, working: values })
          : json({
              ...returned,
              status: 'SUBMITTED',
              versionCount: 2,
              working: values,
              versions: [...returned.versions, { number: 2, values, submittedAt: '2026-12-01T06:00:00Z' }],
            });
      },
    });
    signedIn();
    const user = userEvent.setup();
    renderApp('/forms');

    expect(await screen.findByText('有 1 份表单被导师退回，请在下方列表中修改并重新提交。')).toBeInTheDocument();
    expect(screen.getByText(returnComment)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: '修改并重新提交 2026-12-01 被退回的表单' }));

    expect(await screen.findByText('导师退回了第 1 次提交，请按意见修改后重新提交')).toBeInTheDocument();
    expect(screen.getAllByText(returnComment, { exact: false }).length).toBeGreaterThan(0);
    const blindSpots = screen.getByLabelText('差错及业务盲点');
    expect(blindSpots).toHaveValue('无');
    await user.clear(blindSpots);
    await user.type(blindSpots, revised.errorsAndBlindSpots);
    await waitFor(() =>
      expect(bodiesSent(fetchMock, 'PUT', `${FORMS_URL}/f-2`).at(-1)).toEqual({ values: revised, draft: true }),
    );

    await user.click(screen.getByRole('button', { name: '重新提交' }));
    await waitFor(() =>
      expect(bodiesSent(fetchMock, 'PUT', `${FORMS_URL}/f-2`).at(-1)).toEqual({ values: revised, draft: false }),
    );
    expect(await screen.findByText('修改后的表单已重新提交')).toBeInTheDocument();
    await waitFor(() => expect(location()).toBe('/forms'));
  }, 90_000);

  it('shows a refused autosave with its reason on the field, and saves again on request', async () => {
    let refuse = true;
    const fetchMock = traineeBackend([filed({})], {
      'GET /api/v1/forms/f-1': json(filed({})),
      [`PUT ${FORMS_URL}/f-1`]: ({ body }) =>
        refuse
          ? problem(422, {
              title: 'Invalid form values',
              detail: '表单内容有误',
              errors: [{ field: 'values.agentName', message: '不能超过 50 个字符' }],
            })
          : json(filed({ working: (body as { values: Record<string, unknown> }).values })),
    });
    signedIn();
    const user = userEvent.setup();
    renderApp('/forms/f-1');

    await user.type(await screen.findByLabelText('接听客服代表'), '王芳');
    await waitFor(() => expect(screen.getByText('草稿保存失败：表单内容有误')).toBeInTheDocument());
    await waitFor(() => expect(within(fieldItem('接听客服代表')).getByText('不能超过 50 个字符')).toBeInTheDocument());

    refuse = false;
    await user.click(screen.getByRole('button', { name: '重新保存' }));
    await waitFor(() => expect(screen.getByText(/^草稿已保存 \d{2}:\d{2}$/)).toBeInTheDocument());
    const sent = bodiesSent(fetchMock, 'PUT', `${FORMS_URL}/f-1`);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual({ values: { ...analysis, agentName: '王芳' }, draft: true });
  }, 90_000);

  it('shows a submitted form read only, with the reviews so far', async () => {
    const resubmitted = filed({
      id: 'f-3',
      status: 'SUBMITTED',
      versionCount: 2,
      versions: [...returned.versions, { number: 2, values: { ...analysis, errorsAndBlindSpots: '未提示交收时间' }, submittedAt: '2026-12-01T06:00:00Z' }],
      reviews: returned.reviews,
    });
    traineeBackend([resubmitted], { 'GET /api/v1/forms/f-3': json(resubmitted) });
    signedIn();
    renderApp('/forms/f-3');

    const latest = await screen.findByRole('region', { name: '第 2 次提交' });
    expect(within(latest).getByText('未提示交收时间')).toBeInTheDocument();
    expect(within(latest).getByText('基金')).toBeInTheDocument();
    expect(screen.getByText('表单已提交，等待导师审阅；提交后不能修改。')).toBeInTheDocument();
    expect(screen.getByText(new RegExp(returnComment))).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  }, 90_000);
});
