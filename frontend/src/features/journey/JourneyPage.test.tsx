import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Journey } from '../../api/types';
import i18n from '../../i18n';
import { mockBackend, traineeMe } from '../../test/backend';
import { assessmentPeriod } from '../certificates/TraineeScoresCard';
import { json } from '../../test/http';
import { renderApp } from '../../test/renderApp';
import { signedIn } from '../../test/session';

const EXPLANATION =
  '业务知识考评平均分 88.75 < 90；薄弱课程：系统软件 82.0、服务技巧 85.5；须于结果发布后第 3 个工作日（2026-10-10）前完成再培训及补考';

export const remedialJourney: Journey = {
  traineeId: 't01',
  category: 'A',
  stage: 'CLASSROOM',
  step: 'classroom',
  stepName: '课堂培训',
  status: 'REMEDIAL',
  stepStartedOn: '2026-09-28',
  dueBy: '2026-10-10',
  makeUpsTaken: 0,
  escalationOptions: [],
  lastDecision: {
    at: '2026-10-07T08:00:00Z',
    trigger: 'attempt-1',
    fromStage: 'CLASSROOM',
    fromStep: 'classroom',
    fromStatus: 'ON_TRACK',
    toStage: 'CLASSROOM',
    toStep: 'classroom',
    toStatus: 'REMEDIAL',
    decision: 'REMEDIAL',
    rule: 'knowledge-average ≥ 90',
    inputs: { average: 88.75 },
    explanation: EXPLANATION,
    decidedBy: null,
    reason: null,
  },
  history: [],
  nextActions: ['RETRAIN_WEAK_AREAS', 'SIT_MAKE_UP_EXAM'],
};
remedialJourney.history = [remedialJourney.lastDecision!];

/** The certificate and scores cards under the journey: none yet. */
function traineeCards() {
  const { from, to } = assessmentPeriod(traineeMe.trainee.startDate);
  return {
    'GET /api/v1/trainees/t01/certificates': json([]),
    'GET /api/v1/trainees/t01/drills': json([]),
    [`GET /api/v1/trainees/t01/daily-assessment?from=${from}&to=${to}`]: json({
      traineeId: 't01', category: 'A', from, to, days: [], average: null,
    }),
  };
}

describe('journey page', () => {
  it('shows the stage, the translated status, the due date, the explanation as sent, and next actions', async () => {
    mockBackend(traineeMe, { 'GET /api/v1/trainees/t01/journey': json(remedialJourney), ...traineeCards() });
    signedIn();
    const user = userEvent.setup();
    renderApp('/journey');

    expect(await screen.findByRole('heading', { level: 1, name: '我的培训进度' })).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(within(main).getByText('补训中')).toBeInTheDocument();
    expect(within(main).getByText('2026年10月10日')).toBeInTheDocument();
    expect(within(main).getByText(EXPLANATION)).toBeInTheDocument();
    expect(within(main).getByText('knowledge-average ≥ 90')).toBeInTheDocument();
    expect(within(main).getByText('完成薄弱课程的再培训')).toBeInTheDocument();
    expect(within(main).getByText('参加补考')).toBeInTheDocument();

    // The history is folded away until asked for.
    await user.click(within(main).getByRole('button', { name: /历史记录（1 条）/ }));
    expect(await within(main).findByText(/课堂培训 · 进展正常 → 课堂培训 · 补训中/)).toBeInTheDocument();
  });

  it('translates the status into English; the server explanation stays as written', async () => {
    await i18n.changeLanguage('en');
    mockBackend(traineeMe, { 'GET /api/v1/trainees/t01/journey': json(remedialJourney), ...traineeCards() });
    signedIn();
    renderApp('/journey');

    expect(await screen.findByRole('heading', { level: 1, name: 'My training' })).toBeInTheDocument();
    expect(screen.getByText('Remedial')).toBeInTheDocument();
    expect(screen.getByText('Sit the make-up exam')).toBeInTheDocument();
    expect(screen.getByText(EXPLANATION)).toBeInTheDocument();
  });
});
