import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bodiesSent, mockBackend } from '../../test/backend';
import { json, problem } from '../../test/http';
import { renderApp } from '../../test/renderApp';
import { signedIn } from '../../test/session';
import { cohort, enrolments, optionTexts, specialistMe, traineePeople } from './testData';

const routes = {
  'GET /api/v1/cohorts': json([cohort]),
  'GET /api/v1/cohorts/c2026-11/trainees': json(enrolments),
  'GET /api/v1/people?role=TRAINEE&page=0&size=200': json(traineePeople),
};

describe('cohorts page (training specialist)', () => {
  it('lists the cohort trainees with names and enrols someone not yet in it', async () => {
    const fetchMock = mockBackend(specialistMe, {
      ...routes,
      'POST /api/v1/trainees': json({ ...enrolments[0], personId: 't11', category: 'B' }, 201),
    });
    signedIn();
    const user = userEvent.setup();
    renderApp('/training/cohorts');

    expect(await screen.findByRole('heading', { level: 1, name: '班级与入班' })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: '选择班级 2026年11月新客服代表班' }));
    expect(await screen.findByText('何雪 (t01)')).toBeInTheDocument();
    expect(screen.getByText('郑洁 (t07)')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /学员（2）/ })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/training/cohorts?cohort=c2026-11');

    await user.click(screen.getByRole('button', { name: '学员入班' }));
    expect(await screen.findByText('请选择学员')).toBeInTheDocument();
    expect(bodiesSent(fetchMock, 'POST', '/api/v1/trainees')).toEqual([]);

    await user.click(screen.getByRole('combobox', { name: '学员' }));
    await screen.findAllByRole('option');
    expect(optionTexts()).toEqual(['新学员 (t11)']);
    await user.click(screen.getByText('新学员 (t11)', { selector: '.ant-select-item-option-content' }));
    await user.click(screen.getByRole('radio', { name: 'B类（有证券从业经验）' }));
    await user.click(screen.getByRole('button', { name: '学员入班' }));
    await waitFor(() =>
      expect(bodiesSent(fetchMock, 'POST', '/api/v1/trainees')).toEqual([
        { personId: 't11', category: 'B', startDate: '2026-11-02', cohortId: 'c2026-11' },
      ]),
    );
    expect(await screen.findByText('已入班')).toBeInTheDocument();
  }, 60_000);

  it('creates a cohort in the specialist’s department and shows the server field errors', async () => {
    let calls = 0;
    const fetchMock = mockBackend(specialistMe, {
      ...routes,
      'POST /api/v1/cohorts': () =>
        ++calls === 1
          ? problem(409, { title: 'Conflict', detail: '班级 c2026-12 已存在' })
          : json({ id: 'c2026-12', name: '2026年12月新客服代表班', departmentId: 'csc', startDate: '2026-12-01' }, 201),
    });
    signedIn();
    const user = userEvent.setup();
    renderApp('/training/cohorts');

    await user.click(await screen.findByRole('button', { name: '新建班级' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: '新建班级' }));
    expect(await within(dialog).findByText('请填写班级编号')).toBeInTheDocument();

    await user.type(within(dialog).getByRole('textbox', { name: '班级编号' }), 'c2026-12');
    await user.type(within(dialog).getByRole('textbox', { name: '班级名称' }), '2026年12月新客服代表班');
    await user.type(within(dialog).getByLabelText('开班日期'), '2026-12-01');
    await user.click(within(dialog).getByRole('button', { name: '新建班级' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('班级 c2026-12 已存在');

    await user.click(within(dialog).getByRole('button', { name: '新建班级' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('cohort=c2026-12'));
    expect(bodiesSent(fetchMock, 'POST', '/api/v1/cohorts')).toEqual([
      { id: 'c2026-12', name: '2026年12月新客服代表班', startDate: '2026-12-01', departmentId: 'csc' },
      { id: 'c2026-12', name: '2026年12月新客服代表班', startDate: '2026-12-01', departmentId: 'csc' },
    ]);
  }, 60_000);
});
