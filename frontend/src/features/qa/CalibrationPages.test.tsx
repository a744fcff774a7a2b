import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bodiesSent, mockBackend } from '../../test/backend';
import { goodMarks } from '../../test/fixtures/qaMarks';
import card from '../../test/fixtures/scorecard-default.json';
import { json } from '../../test/http';
import { renderApp } from '../../test/renderApp';
import { qaMe } from '../../test/roles';
import { signedIn } from '../../test/session';
import type { CalibrationReport, CalibrationScore, CalibrationSession, Scorecard } from './api';

const SESSION_ID = '7c6b5a49-3827-4615-9a0b-c1d2e3f4a5b6';

const session: CalibrationSession = {
  id: SESSION_ID,
  callRef: 'REC-20261118-0044',
  callDate: '2026-11-18',
  weekId: null,
  traineeId: null,
  note: '十一月第三周校准',
  scorecard: card as Scorecard,
  createdBy: 'head',
  createdAt: '2026-11-19T01:00:00Z',
  closedBy: null,
  closedAt: null,
  scoredBy: ['qa2'],
  blind: true,
  scores: [],
};

function score(by: string, normalised: number): CalibrationScore {
  return {
    scoredBy: by,
    marks: goodMarks,
    knowledge: normalised / 4,
    service: normalised / 4,
    total: normalised / 2,
    normalised,
    zero: false,
    items: [],
    scoredAt: '2026-11-19T03:00:00Z',
  };
}

const report: CalibrationReport = {
  sessions: [{ sessionId: 'old', month: '2026-10', markings: 3, meanTotal: 45, totalVariance: 2.67 }],
  specialists: [
    { specialistId: 'qa1', month: '2026-10', sessions: 1, totalMeanAbsoluteDeviation: 2, totalMeanDeviation: 2, itemMeanAbsoluteDeviation: {} },
    { specialistId: 'qa2', month: '2026-10', sessions: 1, totalMeanAbsoluteDeviation: 1.5, totalMeanDeviation: -1.5, itemMeanAbsoluteDeviation: {} },
  ],
};

describe('QA calibration', () => {
  it('lists the sessions and the variance report, and opens a session on a call', async () => {
    const fetchMock = mockBackend(qaMe, {
      'GET /api/v1/qa/calibrations': json([session]),
      'GET /api/v1/qa/calibrations/report': json(report),
      'POST /api/v1/qa/calibrations': json({ ...session, id: SESSION_ID, scoredBy: [] }, 201),
      [`GET /api/v1/qa/calibrations/${SESSION_ID}`]: json({ ...session, scoredBy: [] }),
    });
    signedIn();
    const user = userEvent.setup();
    renderApp('/qa/calibrations');

    expect(await screen.findByLabelText('查看话务 REC-20261118-0044 的校准')).toHaveAttribute('href', `/qa/calibrations/${SESSION_ID}`);
    expect(await screen.findByText('+2')).toBeInTheDocument();
    expect(screen.getByText('-1.5')).toBeInTheDocument();

    await user.click(screen.getByText('开始校准'));
    expect(await screen.findByText(/请填写话务编号/)).toBeInTheDocument();
    expect(bodiesSent(fetchMock, 'POST', '/api/v1/qa/calibrations')).toEqual([]);
    await user.type(screen.getByLabelText('话务编号'), 'REC-20261118-0044');
    await user.type(screen.getByLabelText('说明'), '十一月第三周校准');
    await user.click(screen.getByText('开始校准'));
    await waitFor(() =>
      expect(bodiesSent(fetchMock, 'POST', '/api/v1/qa/calibrations')).toEqual([
        { callRef: 'REC-20261118-0044', callDate: null, note: '十一月第三周校准' },
      ]),
    );
    expect(await screen.findByText('话务 REC-20261118-0044 的校准')).toBeInTheDocument();
  }, 60_000);

  it('keeps the scores hidden until I have scored, then shows everyone\'s', async () => {
    const fetchMock = mockBackend(qaMe, {
      [`GET /api/v1/qa/calibrations/${SESSION_ID}`]: json(session),
      [`POST /api/v1/qa/calibrations/${SESSION_ID}/scores`]: json({
        ...session,
        scoredBy: ['qa2', 'qa1'],
        blind: false,
        scores: [score('qa2', 90), score('qa1', 100)],
      }),
    });
    signedIn();
    const user = userEvent.setup();
    renderApp(`/qa/calibrations/${SESSION_ID}`);

    expect(await screen.findByText(/已有 1 位质检员评分/)).toBeInTheDocument();
    expect(screen.queryByText('各质检员评分')).not.toBeInTheDocument();
    for (const good of screen.getAllByText('好（2）')) {
      await user.click(good);
    }
    await user.click(screen.getByText('提交校准评分'));
    await waitFor(() =>
      expect(bodiesSent(fetchMock, 'POST', `/api/v1/qa/calibrations/${SESSION_ID}/scores`)).toEqual([{ marks: goodMarks }]),
    );
    expect(await screen.findByText('各质检员评分')).toBeInTheDocument();
    expect(screen.getByText('平均 95.0 分，最低 90，最高 100（百分制）')).toBeInTheDocument();
    expect(screen.queryByText('提交校准评分')).not.toBeInTheDocument();
  }, 90_000);
});
