import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { ESCALATION_CHOICES, type EscalationChoice, type Journey } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { decideEscalation } from '../journey/api';

interface Values {
  choice: EscalationChoice;
  reason: string;
}

/** The department head's decision on an escalated journey; a reason is required here and by the server. */
export function EscalationForm({ journey, onDone }: { journey: Journey; onDone: (decided: boolean) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const options = (journey.escalationOptions?.length ? journey.escalationOptions : ESCALATION_CHOICES) as EscalationChoice[];
  const decide = useMutation({
    mutationFn: (values: Values) => decideEscalation(journey.traineeId, values.choice, values.reason.trim()),
    onSuccess: (updated) => {
      queryClient.setQueryData(['journey', updated.traineeId], updated);
      void queryClient.invalidateQueries({ queryKey: ['journeys'] });
      onDone(true);
    },
    onError: (error) => {
      // The server's field errors also go next to the fields they name.
      if (isApiError(error)) {
        form.setFields(
          error.fieldErrors
            .filter((fieldError) => fieldError.field === 'choice' || fieldError.field === 'reason')
            .map((fieldError) => ({ name: fieldError.field as keyof Values, errors: [fieldError.message] })),
        );
      }
    },
  });

  return (
    <Form form={form} layout="vertical" onFinish={(values) => decide.mutate(values)} requiredMark>
      <Form.Item
        name="choice"
        label={t('journeys.choice')}
        rules={[{ required: true, message: t('journeys.choiceRequired') }]}
      >
        <Radio.Group>
          <Flex vertical gap={8}>
            {options.map((choice) => (
              <Radio key={choice} value={choice}>
                {t(`journeys.choices.${choice}` as 'journeys.choices.ANOTHER_MAKE_UP', { defaultValue: choice })}
              </Radio>
            ))}
          </Flex>
        </Radio.Group>
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('journeys.reason')}
        rules={[{ required: true, whitespace: true, message: t('journeys.reasonRequired') }]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={1000} showCount />
      </Form.Item>
      {decide.isError && <ProblemAlert error={decide.error} />}
      <Flex justify="end" gap={8} className="form-actions">
        <Button onClick={() => onDone(false)}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={decide.isPending}>
          {t('journeys.submit')}
        </Button>
      </Flex>
    </Form>
  );
}
