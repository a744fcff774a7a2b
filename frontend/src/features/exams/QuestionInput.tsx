import { Checkbox, Flex, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Answer, Question } from '../../api/types';

interface QuestionInputProps {
  question: Question;
  answer: Answer | undefined;
  onChange: (answer: Answer) => void;
  /** The id of the element holding the question's text, for the input's accessible name. */
  labelId: string;
}

/** The input a question's type asks for, producing the answer shape the server expects. */
export function QuestionInput({ question, answer, onChange, labelId }: QuestionInputProps) {
  const { t } = useTranslation();
  const options = question.options ?? [];
  switch (question.type) {
    case 'MULTIPLE_CHOICE':
      return (
        <Radio.Group
          aria-labelledby={labelId}
          name={`${labelId}-choice`}
          value={answer?.choices?.[0]}
          onChange={(event) => onChange({ choices: [event.target.value as number] })}
        >
          <Flex vertical gap={8}>
            {options.map((option, index) => (
              <Radio key={index} value={index}>
                {option}
              </Radio>
            ))}
          </Flex>
        </Radio.Group>
      );
    case 'MULTIPLE_ANSWER':
      return (
        <Checkbox.Group
          aria-labelledby={labelId}
          role="group"
          value={answer?.choices ?? []}
          onChange={(values) => onChange({ choices: [...(values as number[])].sort((a, b) => a - b) })}
        >
          <Flex vertical gap={8}>
            {options.map((option, index) => (
              <Checkbox key={index} value={index}>
                {option}
              </Checkbox>
            ))}
          </Flex>
        </Checkbox.Group>
      );
    case 'TRUE_FALSE':
      return (
        <Radio.Group
          aria-labelledby={labelId}
          name={`${labelId}-value`}
          value={answer?.value}
          onChange={(event) => onChange({ value: event.target.value as boolean })}
        >
          <Radio value={true}>{t('attempt.true')}</Radio>
          <Radio value={false}>{t('attempt.false')}</Radio>
        </Radio.Group>
      );
    case 'SHORT_ANSWER':
      return (
        <Input
          aria-labelledby={labelId}
          value={answer?.text ?? ''}
          maxLength={500}
          onChange={(event) => onChange({ text: event.target.value })}
        />
      );
    case 'NUMERICAL':
      // Sent as the typed string: the server parses it exactly, with no float rounding on the way.
      return (
        <Input
          aria-labelledby={labelId}
          inputMode="decimal"
          placeholder={t('attempt.numberHint')}
          value={answer?.number ?? ''}
          maxLength={40}
          onChange={(event) => onChange({ number: event.target.value.trim() })}
        />
      );
    case 'MATCHING':
      return (
        <Flex vertical gap={8} role="group" aria-labelledby={labelId}>
          {(question.matchItems ?? []).map((item) => {
            const selectId = `${labelId}-match-${item.index}`;
            return (
              <div key={item.index} className="match-row">
                <label htmlFor={selectId}>{item.text}</label>
                <select
                  id={selectId}
                  className="match-select"
                  value={answer?.matches?.[String(item.index)] ?? ''}
                  onChange={(event) => {
                    const matches = { ...(answer?.matches ?? {}) };
                    if (event.target.value) {
                      matches[String(item.index)] = event.target.value;
                    } else {
                      delete matches[String(item.index)];
                    }
                    onChange({ matches });
                  }}
                >
                  <option value="">{t('attempt.matchPlaceholder')}</option>
                  {(question.matchOptions ?? []).map((option) => (
                    <option key={option} value={option}>
                      {option}
                    </option>
                  ))}
                </select>
              </div>
            );
          })}
        </Flex>
      );
    case 'ESSAY':
      return (
        <Input.TextArea
          aria-labelledby={labelId}
          autoSize={{ minRows: 4, maxRows: 16 }}
          value={answer?.text ?? ''}
          onChange={(event) => onChange({ text: event.target.value })}
        />
      );
    default:
      return null;
  }
}

/** Text answers are saved after a pause in typing; a click is saved at once. */
export function isTyped(question: Question): boolean {
  return question.type === 'SHORT_ANSWER' || question.type === 'NUMERICAL' || question.type === 'ESSAY';
}

export function isAnswered(answer: Answer | undefined): boolean {
  if (!answer) return false;
  if (answer.choices) return answer.choices.length > 0;
  if (answer.value !== undefined) return true;
  if (answer.text !== undefined) return answer.text.trim().length > 0;
  if (answer.number !== undefined) return answer.number.length > 0;
  if (answer.matches) return Object.keys(answer.matches).length > 0;
  return false;
}
