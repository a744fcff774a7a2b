import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { mockBackend, traineeMe } from '../../test/backend';
import { json, mockFetch, problem } from '../../test/http';
import { renderApp } from '../../test/renderApp';
import { signedIn } from '../../test/session';
import type { Certificate, DailyAssessment, TraineeDrill, Verification } from './api';
import { assessmentPeriod } from './TraineeScoresCard';

const CODE = 'R4TZ-N9R4-T3PQ-QT5N-7KTT';
const CERTIFICATE_ID = '6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d';

const certificate: Certificate = {
  id: CERTIFICATE_ID,
  traineeId: 't01',
  traineeName: '何雪',
  programId: 'csr-2026',
  programVersion: 1,
  programName: '客服中心新员工培训',
  description: null,
  criteria: null,
  issuedOn: '2026-11-23',
  issuedAt: '2026-11-23T02:00:00Z',
  code: CODE,
  status: 'ISSUED',
  revocation: null,
};

const journey = {
  traineeId: 't01',
  category: 'A',
  stage: 'GO_LIVE_ASSESSMENT',
  step: 'go-live-week',
  stepName: '独立上线考评',
  status: 'CERTIFIED',
  stepStartedOn: '2026-11-16',
  dueBy: null,
  makeUpsTaken: 0,
  escalationOptions: null,
  lastDecision: null,
  history: [],
  nextActions: [],
};

const drill: TraineeDrill = {
  sessionId: 'd1',
  day: '2026-11-04',
  scenario: '客户询问融资融券开户条件',
  runBy: 'm01',
  participant: {
    traineeId: 't01',
    scores: [{ score: 88, comment: '应答流畅，风险提示完整', scoredBy: 'm01', scoredAt: '2026-11-04T08:00:00Z' }],
    writeUps: [{ version: 2, text: '……', writtenAt: '2026-11-04T10:00:00Z' }],
  },
};

function report(from: string, to: string): DailyAssessment {
  return {
    traineeId: 't01',
    category: 'A',
    from,
    to,
    days: [
      {
        day: '2026-11-04',
        drillScores: [88, 92],
        unscoredDrills: 0,
        drillAverage: 90,
        base: 90,
        awards: 2,
        deductions: 0,
        score: 92,
        conduct: [],
      },
    ],
    average: 92,
  };
}

describe('trainee: certificate and scores under the journey', () => {
  it('shows the certificate with its code and public link, opens the PDF with the token, and lists drills and daily scores', async () => {
    const { from, to } = assessmentPeriod(traineeMe.trainee.startDate);
    const fetchMock = mockBackend(traineeMe, {
      'GET /api/v1/trainees/t01/journey': json(journey),
      'GET /api/v1/trainees/t01/certificates': json([certificate]),
      [`GET /api/v1/certificates/${CERTIFICATE_ID}/pdf`]: () =>
        new Response('%PDF-1.7', { status: 200, headers: { 'Content-Type': 'application/pdf' } }),
      'GET /api/v1/trainees/t01/drills': json([drill]),
      [`GET /api/v1/trainees/t01/daily-assessment?from=${from}&to=${to}`]: json(report(from, to)),
    });
    URL.createObjectURL = vi.fn(() => 'blob:pdf');
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    signedIn();
    const user = userEvent.setup();
    renderApp('/journey');

    expect(await screen.findByText('客服中心新员工培训')).toBeInTheDocument();
    expect(screen.getByText('有效')).toBeInTheDocument();
    expect(screen.getByText(CODE)).toBeInTheDocument();
    expect(screen.getByText(`${window.location.origin}/verify/${CODE}`).closest('a')).toHaveAttribute('href', `/verify/${CODE}`);

    await user.click(screen.getByText('查看 PDF 证书'));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const call = fetchMock.mock.calls.find(([url]) => url === `/api/v1/certificates/${CERTIFICATE_ID}/pdf`);
    expect(new Headers(call?.[1]?.headers).get('Authorization')).toMatch(/^Bearer /);
    expect((click.mock.contexts[0] as HTMLAnchorElement).target).toBe('_blank');
    click.mockRestore();

    const daily = await screen.findByText('90（88、92）');
    expect(within(daily.closest('tr') as HTMLElement).getByText('+2')).toBeInTheDocument();
    await user.click(screen.getByText('话务演练'));
    expect(await screen.findByText('客户询问融资融券开户条件')).toBeInTheDocument();
    expect(screen.getByText('应答流畅，风险提示完整')).toBeInTheDocument();
    expect(screen.getByText('已提交（第 2 版）')).toBeInTheDocument();
  }, 60_000);

  it('says when there is no certificate yet', async () => {
    const { from, to } = assessmentPeriod(traineeMe.trainee.startDate);
    mockBackend(traineeMe, {
      'GET /api/v1/trainees/t01/journey': json({ ...journey, status: 'ON_TRACK' }),
      'GET /api/v1/trainees/t01/certificates': json([]),
      'GET /api/v1/trainees/t01/drills': json([]),
      [`GET /api/v1/trainees/t01/daily-assessment?from=${from}&to=${to}`]: json({ ...report(from, to), days: [], average: null }),
    });
    signedIn();
    renderApp('/journey');
    expect(await screen.findByText('尚未获得证书：完成上线考评并达到合格分数后自动颁发。')).toBeInTheDocument();
  }, 60_000);
});

describe('the daily assessment period', () => {
  it('covers the last fourteen days in Beijing time, not before the trainee started', () => {
    const now = new Date('2026-11-20T17:00:00Z'); // 01:00 on 21 November in Beijing
    expect(assessmentPeriod('2026-11-02', now)).toEqual({ from: '2026-11-08', to: '2026-11-21' });
    expect(assessmentPeriod('2026-11-16', now)).toEqual({ from: '2026-11-16', to: '2026-11-21' });
    expect(assessmentPeriod(undefined, now)).toEqual({ from: '2026-11-08', to: '2026-11-21' });
  });
});

describe('public certificate verification', () => {
  const verification: Verification = {
    code: CODE,
    traineeName: '何雪',
    programName: '客服中心新员工培训',
    issuedOn: '2026-11-23',
    status: 'ISSUED',
    revokedOn: null,
  };

  it('shows a valid certificate without signing in, and sends no token', async () => {
    const fetchMock = mockFetch({
      'GET /api/v1/auth/config': json({ mode: 'dev' }),
      [`GET /api/v1/certificates/verify/${CODE}`]: json(verification),
    });
    renderApp(`/verify/${CODE}`);
    expect(await screen.findByText('证书有效')).toBeInTheDocument();
    expect(screen.getByText('何雪')).toBeInTheDocument();
    expect(screen.getByText('2026年11月23日')).toBeInTheDocument();
    const call = fetchMock.mock.calls.find(([url]) => url === `/api/v1/certificates/verify/${CODE}`);
    expect(new Headers(call?.[1]?.headers).get('Authorization')).toBeNull();
  }, 60_000);

  it('shows a revoked certificate', async () => {
    mockFetch({
      'GET /api/v1/auth/config': json({ mode: 'dev' }),
      [`GET /api/v1/certificates/verify/${CODE}`]: json({ ...verification, status: 'REVOKED', revokedOn: '2026-12-01' }),
    });
    renderApp(`/verify/${CODE}`);
    expect(await screen.findByText('证书已于 2026年12月1日 撤销')).toBeInTheDocument();
  }, 60_000);

  it('says so when no certificate has the code', async () => {
    mockFetch({
      'GET /api/v1/auth/config': json({ mode: 'dev' }),
      'GET /api/v1/certificates/verify/AAAA-AAAA-AAAA-AAAA-AAAA': problem(404, { title: 'Not Found' }),
    });
    renderApp('/verify/AAAA-AAAA-AAAA-AAAA-AAAA');
    expect(await screen.findByText('未找到该验证码对应的证书')).toBeInTheDocument();
  }, 60_000);
});
