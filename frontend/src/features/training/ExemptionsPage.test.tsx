import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bodiesSent, mockBackend } from '../../test/backend';
import { json, problem } from '../../test/http';
import { renderApp } from '../../test/renderApp';
import { signedIn } from '../../test/session';
import { cohort, enrolments, optionTexts, specialistMe, traineePeople } from './testData';

const course = (id: string, title: string, exemptibleForCategoryB: boolean) => ({
  id,
  title,
  area: 'SECURITIES_BASICS',
  order: 1,
  exemptibleForCategoryB,
  description: '',
  lessons: [],
});

const granted = {
  traineeId: 't07',
  courseId: 'securities-basics',
  reason: '持有证券从业资格证书',
  grantedBy: 'ts1',
  grantedAt: '2026-11-03T02:00:00Z',
  active: true,
  revokedAt: null,
  revokedBy: null,
  revokeReason: null,
};

const EXEMPTIONS = '/api/v1/trainees/t07/exemptions';

describe('exemptions page (training specialist)', () => {
  it('lists a category-B trainee’s exemptions, grants an exemptible course and revokes with a reason', async () => {
    let exemptions: unknown[] = [];
    const fetchMock = mockBackend(specialistMe, {
      'GET /api/v1/cohorts': json([cohort]),
      'GET /api/v1/cohorts/c2026-11/trainees': json(enrolments),
      'GET /api/v1/people?role=TRAINEE&page=0&size=200': json(traineePeople),
      'GET /api/v1/courses': json([
        course('securities-basics', '证券基础知识', true),
        course('service-norms', '服务规范', false),
      ]),
      [`GET ${EXEMPTIONS}`]: () => json(exemptions),
      [`POST ${EXEMPTIONS}`]: () => {
        exemptions = [granted];
        return json(granted, 201);
      },
      [`DELETE ${EXEMPTIONS}/securities-basics`]: () => problem(422, { title: 'Unprocessable', detail: '该免修已被撤销' }),
    });
    signedIn();
    const user = userEvent.setup();
    renderApp('/training/exemptions');

    await waitFor(() => expect(screen.getAllByRole('combobox')).toHaveLength(2));
    await user.click(screen.getAllByRole('combobox')[1]);
    await screen.findAllByRole('option');
    expect(optionTexts()).toEqual(['郑洁 (t07)']);
    await user.click(screen.getByText('郑洁 (t07)', { selector: '.ant-select-item-option-content' }));
    expect(await screen.findByText('该学员没有免修记录')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('trainee=t07');

    await user.click(screen.getByRole('combobox', { name: '课程' }));
    await waitFor(() => expect(optionTexts()).toContain('证券基础知识'));
    expect(optionTexts().filter((text) => text !== '郑洁 (t07)')).toEqual(['证券基础知识']);
    await user.click(screen.getByText('证券基础知识', { selector: '.ant-select-item-option-content' }));
    await user.click(screen.getByRole('button', { name: '批准免修' }));
    expect(await screen.findByText('请填写理由')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: '理由' }), '持有证券从业资格证书');
    await user.click(screen.getByRole('button', { name: '批准免修' }));
    await waitFor(() =>
      expect(bodiesSent(fetchMock, 'POST', EXEMPTIONS)).toEqual([
        { courseId: 'securities-basics', reason: '持有证券从业资格证书' },
      ]),
    );
    const table = await screen.findByRole('table');
    expect(await within(table).findByText('有效')).toBeInTheDocument();

    await user.click(within(table).getByRole('button', { name: '撤销 证券基础知识' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: '撤销理由' }), '证书已过期');
    await user.click(within(dialog).getByRole('button', { name: '确认撤销' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('该免修已被撤销');
    expect(bodiesSent(fetchMock, 'DELETE', `${EXEMPTIONS}/securities-basics`)).toEqual([{ reason: '证书已过期' }]);
  }, 90_000);
});
