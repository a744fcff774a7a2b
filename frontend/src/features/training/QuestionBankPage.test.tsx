import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockBackend } from '../../test/backend';
import { json } from '../../test/http';
import { renderApp } from '../../test/renderApp';
import { signedIn } from '../../test/session';
import { specialistMe } from './testData';

const IMPORT = '/api/v1/question-banks/import?category=securities-basics%2F2026';

describe('question-bank import page (training specialist)', () => {
  it('uploads a GIFT file as multipart and shows the per-line error report', async () => {
    const uploads: FormData[] = [];
    mockBackend(specialistMe, {
      'GET /api/v1/question-banks': json([{ category: 'securities-basics', area: 'SECURITIES_BASICS', questions: 62 }]),
      [`POST ${IMPORT}`]: ({ init }) => {
        uploads.push(init.body as FormData);
        return json({
          imported: 2,
          unchanged: 0,
          errors: [{ line: 7, title: 'SB-099', message: '没有正确答案' }],
          warnings: [{ line: 12, title: null, message: '选项重复' }],
        });
      },
    });
    signedIn();
    const user = userEvent.setup();
    renderApp('/training/question-banks');

    const counts = await screen.findByRole('table');
    expect(await within(counts).findByText('securities-basics')).toBeInTheDocument();
    expect(within(counts).getByText('证券基础知识')).toBeInTheDocument();
    expect(within(counts).getByText('62')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^导入$/ }));
    expect(await screen.findByText('请选择要导入的文件')).toBeInTheDocument();
    expect(uploads).toEqual([]);

    const gift = new File(['::SB-099:: 题干 {}'], 'bank.gift', { type: 'text/plain' });
    await user.upload(screen.getByLabelText(/GIFT 文件/), gift);
    await user.type(screen.getByRole('textbox', { name: /默认分类/ }), 'securities-basics/2026');
    await user.click(screen.getByRole('button', { name: /^导入$/ }));

    const report = await screen.findByRole('region', { name: '导入结果' });
    await waitFor(() => expect(uploads).toHaveLength(1));
    expect((uploads[0].get('file') as File).name).toBe('bank.gift');
    expect(within(report).getByRole('alert')).toHaveTextContent('有 1 道题因错误未导入');
    const [errors, warnings] = within(report).getAllByRole('table');
    expect(within(errors).getByText('7')).toBeInTheDocument();
    expect(within(errors).getByText('SB-099')).toBeInTheDocument();
    expect(within(errors).getByText('没有正确答案')).toBeInTheDocument();
    expect(within(warnings).getByText('选项重复')).toBeInTheDocument();
    expect(within(report).getByText('提示（1）')).toBeInTheDocument();
  }, 60_000);
});
