import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import evaluationDefinition from '../../test/fixtures/branch-shadowing-evaluation.json';
import { DefinitionForm } from './DefinitionForm';
import type { FormDefinition } from './types';

const definition: FormDefinition = {
  id: 'every-type',
  version: 2,
  title: '字段类型示例',
  titleEn: 'Every field type',
  reference: null,
  fields: [
    { id: 'branchName', label: '见习网点', labelEn: 'Branch', type: 'TEXT', required: true, maxLength: 100 },
    { id: 'attitude', label: '学习态度', labelEn: 'Attitude', type: 'SCORE', required: true, min: 0, max: 100 },
    {
      id: 'source',
      label: '录音来源',
      labelEn: 'Whose call',
      type: 'CHOICE',
      required: true,
      options: [
        { value: 'OTHERS_RECORDING', label: '其他客服代表的话务录音', labelEn: "Another representative's recording" },
        { value: 'OWN_TYPICAL_CALL', label: '本人接听的经典话务', labelEn: 'One of my own typical calls' },
      ],
    },
    {
      id: 'servicePhrases',
      label: '使用的服务用语',
      labelEn: 'Service phrases used',
      type: 'MULTICHOICE',
      required: false,
      options: [
        { value: 'GREETING', label: '问候语', labelEn: 'Greeting' },
        { value: 'THANKS', label: '致谢语', labelEn: 'Thanks' },
      ],
    },
    { id: 'callTime', label: '来电时间', labelEn: 'Call time', type: 'DATETIME', required: true },
    { id: 'followUp', label: '需要回访', labelEn: 'Needs a call-back', type: 'BOOLEAN', required: false },
    { id: 'toLearn', label: '需学习改进之处', labelEn: 'To learn', type: 'LONGTEXT', required: false, maxLength: 10 },
  ],
};

function renderForm(props: Partial<Parameters<typeof DefinitionForm>[0]> = {}) {
  const onSubmit = vi.fn();
  render(
    <App>
      <DefinitionForm definition={definition} submitLabel="提交表单" onSubmit={onSubmit} {...props} />
    </App>,
  );
  return onSubmit;
}

describe('DefinitionForm', () => {
  it('renders one labelled input per field of the definition, by type', async () => {
    renderForm();
    expect(await screen.findByRole('textbox', { name: '见习网点' })).toBeInTheDocument();
    expect(screen.getByRole('spinbutton', { name: '学习态度' })).toBeInTheDocument();
    expect(screen.getByRole('radiogroup', { name: '录音来源' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '本人接听的经典话务' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: '致谢语' })).toBeInTheDocument();
    expect(screen.getByLabelText('来电时间')).toHaveAttribute('type', 'datetime-local');
    expect(screen.getByRole('switch', { name: '需要回访' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '需学习改进之处' })).toBeInTheDocument();
  });

  it('blocks submitting until the required fields are filled', async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm();
    await user.click(await screen.findByRole('button', { name: '提交表单' }));
    expect(await screen.findByText('请填写见习网点')).toBeInTheDocument();
    expect(screen.getByText('请填写学习态度')).toBeInTheDocument();
    expect(screen.getByText('请填写录音来源')).toBeInTheDocument();
    expect(screen.getByText('请填写来电时间')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  }, 30_000);

  it('checks a score against the definition range and text against its length limit', async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm({ initialValues: { attitude: 120, toLearn: '回访话术与开户流程的细节' } });
    await user.click(await screen.findByRole('button', { name: '提交表单' }));
    expect(await screen.findByText('学习态度须在 0 至 100 之间')).toBeInTheDocument();
    expect(screen.getByText('需学习改进之处不能超过 10 个字')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  }, 30_000);

  it('submits the values the API takes: trimmed, date-times in Beijing time, empty optional fields left out', async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm({
      initialValues: { callTime: '2026-11-16T09:41:00+08:00', attitude: 92 },
    });
    expect(await screen.findByLabelText('来电时间')).toHaveValue('2026-11-16T09:41');
    await user.type(screen.getByRole('textbox', { name: '见习网点' }), '  福田营业部 ');
    await user.click(screen.getByRole('radio', { name: '本人接听的经典话务' }));
    await user.click(screen.getByRole('checkbox', { name: '问候语' }));
    await user.click(screen.getByRole('button', { name: '提交表单' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0][0]).toEqual({
      branchName: '福田营业部',
      attitude: 92,
      source: 'OWN_TYPICAL_CALL',
      servicePhrases: ['GREETING'],
      callTime: '2026-11-16T09:41:00+08:00',
      followUp: false,
    });
  }, 30_000);

  it("shows the server's field errors next to the fields they name", async () => {
    renderForm({ serverErrors: [{ field: 'values.branchName', message: '网点名称与见习安排不符' }] });
    expect(await screen.findByText('网点名称与见习安排不符')).toBeInTheDocument();
  });

  it('labels the fields in English when the reader chose English', async () => {
    const { default: i18n } = await import('../../i18n');
    await i18n.changeLanguage('en');
    render(
      <App>
        <DefinitionForm definition={evaluationDefinition as FormDefinition} submitLabel="File" onSubmit={() => {}} />
      </App>,
    );
    expect(await screen.findByRole('spinbutton', { name: 'Attendance and conduct' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Overall comment' })).toBeInTheDocument();
    expect(screen.getAllByRole('spinbutton')).toHaveLength(11);
  });
});
