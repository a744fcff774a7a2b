import './qa.css';
import { Alert, Button, Card, Checkbox, Flex, Input, InputNumber, Radio, Statistic, Table, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RATINGS, type CallMarks, type Scorecard } from './api';
import { draftProblems, emptyDraft, itemLimit, runningTotal, terminologyPoints, toMarks, type ScorecardDraft } from './scorecardDraft';

interface ScorecardFormProps {
  card: Scorecard;
  submitLabel: string;
  submitting?: boolean;
  /** Rendered above the card: the call reference, an appeal's reason. */
  header?: ReactNode;
  /** Checks the caller's own fields; false stops the submission. */
  onValidate?: () => boolean;
  onSubmit: (marks: CallMarks) => void;
  /** Rendered above the submit button: an error alert. */
  children?: ReactNode;
}

type Item = Scorecard['service']['items'][number];

/**
 * The QA scorecard of one call, rendered from the card: a good/medium/poor rating per knowledge criterion,
 * terminology, and the service items' deductions — each rating below good and each deduction with its
 * reason — with the running total out of the card's maximum and out of 100.
 */
export function ScorecardForm({ card, submitLabel, submitting, header, onValidate, onSubmit, children }: ScorecardFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ScorecardDraft>(() => emptyDraft(card));
  const [showProblems, setShowProblems] = useState(false);
  const total = runningTotal(card, draft);
  const problems = draftProblems(card, draft);
  const problemOf = (field: string) => (showProblems ? problems.find((problem) => problem.field === field) : undefined);
  const term = card.knowledge.terminology;

  const setRating = (section: string, index: number, change: Partial<ScorecardDraft['ratings'][string][number]>) =>
    setDraft((current) => ({
      ...current,
      ratings: {
        ...current.ratings,
        [section]: current.ratings[section].map((mark, i) => (i === index ? { ...mark, ...change } : mark)),
      },
    }));
  const setDeduction = (item: string, change: Partial<ScorecardDraft['deductions'][string]>) =>
    setDraft((current) => ({
      ...current,
      deductions: { ...current.deductions, [item]: { ...current.deductions[item], ...change } },
    }));
  const setTerminology = (change: Partial<ScorecardDraft['terminology']>) =>
    setDraft((current) => ({ ...current, terminology: { ...current.terminology, ...change } }));

  const submit = () => {
    setShowProblems(true);
    const ownFieldsOk = onValidate ? onValidate() : true;
    if (problems.length > 0 || !ownFieldsOk) return;
    onSubmit(toMarks(card, draft));
  };

  const problemText = (field: string) => {
    const problem = problemOf(field);
    if (!problem) return null;
    return (
      <Typography.Text type="danger" role="alert" className="field-problem">
        {t(`qa.card.problem.${problem.kind}`)}
      </Typography.Text>
    );
  };

  return (
    <Flex vertical gap={16} className="scorecard-form">
      {header}
      <Typography.Text type="secondary">{t('qa.card.cardName', { name: card.name, version: card.version })}</Typography.Text>

      <Card size="small" title={<h3 className="card-title">{t('qa.card.knowledge', { max: total.knowledgeMax })}</h3>}>
        {card.knowledge.sections.map((section) => (
          <fieldset key={section.id} className="scorecard-section">
            <legend>{section.name}</legend>
            {section.criteria.map((criterion, index) => {
              const mark = draft.ratings[section.id][index];
              const field = `knowledge.${section.id}[${index}]`;
              return (
                <div key={criterion} className="scorecard-row">
                  <span className="scorecard-criterion" id={`${section.id}-${index}`}>
                    {criterion}
                  </span>
                  <Radio.Group
                    aria-labelledby={`${section.id}-${index}`}
                    optionType="button"
                    size="small"
                    value={mark.rating}
                    onChange={(event) => setRating(section.id, index, { rating: event.target.value })}
                    options={RATINGS.map((rating) => ({
                      value: rating,
                      label: t('qa.card.rating', { rating: t(`qa.card.ratings.${rating}`), points: card.knowledge.ratingPoints[rating] }),
                    }))}
                  />
                  {mark.rating && mark.rating !== 'GOOD' && (
                    <Input
                      size="small"
                      value={mark.reason}
                      maxLength={500}
                      status={problemOf(field) ? 'error' : undefined}
                      placeholder={t('qa.card.reasonPlaceholder')}
                      aria-label={t('qa.card.reasonFor', { item: criterion })}
                      onChange={(event) => setRating(section.id, index, { reason: event.target.value })}
                    />
                  )}
                  {problemText(field)}
                </div>
              );
            })}
          </fieldset>
        ))}
        <fieldset className="scorecard-section">
          <legend>{t('qa.card.terminology', { name: term.name, max: term.max })}</legend>
          <Flex gap={16} wrap align="center">
            <Checkbox checked={draft.terminology.lookedUp} onChange={(event) => setTerminology({ lookedUp: event.target.checked })}>
              {t('qa.card.lookedUp', { max: term.maxIfLookedUp })}
            </Checkbox>
            <label className="inline-field">
              <span>{t('qa.card.wrongAnswers', { points: term.perWrongAnswer })}</span>
              <InputNumber
                size="small"
                min={0}
                max={99}
                precision={0}
                value={draft.terminology.wrongAnswers}
                onChange={(value) => setTerminology({ wrongAnswers: value ?? 0 })}
              />
            </label>
            <span>{t('qa.card.terminologyPoints', { points: terminologyPoints(card, draft) })}</span>
          </Flex>
          {terminologyPoints(card, draft) < term.max && (
            <Input
              size="small"
              className="scorecard-reason"
              value={draft.terminology.reason}
              maxLength={500}
              status={problemOf('terminology.reason') ? 'error' : undefined}
              placeholder={t('qa.card.reasonPlaceholder')}
              aria-label={t('qa.card.reasonFor', { item: term.name })}
              onChange={(event) => setTerminology({ reason: event.target.value })}
            />
          )}
          {problemText('terminology.reason')}
        </fieldset>
      </Card>

      <Card size="small" title={<h3 className="card-title">{t('qa.card.service', { max: card.service.max })}</h3>}>
        <Table<Item>
          size="small"
          rowKey="id"
          pagination={false}
          scroll={{ x: true }}
          dataSource={card.service.items}
          columns={[
            { key: 'name', title: t('qa.card.item'), dataIndex: 'name' },
            { key: 'weight', title: t('qa.card.weight'), dataIndex: 'weight' },
            {
              key: 'points',
              title: t('qa.card.deduction'),
              render: (_, item) => (
                <InputNumber
                  size="small"
                  min={0}
                  max={itemLimit(item)}
                  step={0.5}
                  value={draft.deductions[item.id].points}
                  status={problemOf(`service.${item.id}`)?.kind === 'points' ? 'error' : undefined}
                  aria-label={t('qa.card.deductionFor', { item: item.name, max: itemLimit(item) })}
                  onChange={(value) => setDeduction(item.id, { points: value })}
                />
              ),
            },
            {
              key: 'reason',
              title: t('qa.card.reason'),
              render: (_, item) =>
                (draft.deductions[item.id].points ?? 0) > 0 ? (
                  <Flex vertical>
                    <Input
                      size="small"
                      value={draft.deductions[item.id].reason}
                      maxLength={500}
                      status={problemOf(`service.${item.id}`) ? 'error' : undefined}
                      placeholder={t('qa.card.reasonPlaceholder')}
                      aria-label={t('qa.card.reasonFor', { item: item.name })}
                      onChange={(event) => setDeduction(item.id, { reason: event.target.value })}
                    />
                    {problemText(`service.${item.id}`)}
                  </Flex>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      </Card>

      <Card size="small" className="scorecard-total" aria-live="polite" title={<h3 className="card-title">{t('qa.card.total')}</h3>}>
        <Flex gap={32} wrap>
          <Statistic title={t('qa.card.knowledgeShort')} value={total.knowledge} suffix={`/ ${total.knowledgeMax}`} />
          <Statistic title={t('qa.card.serviceShort')} value={total.service} suffix={`/ ${total.serviceMax}`} />
          <Statistic title={t('qa.card.totalShort')} value={total.total} suffix={`/ ${total.max}`} />
          <Statistic title={t('qa.card.normalised')} value={total.normalised} suffix="/ 100" />
        </Flex>
        {total.unrated > 0 && <Typography.Text type="secondary">{t('qa.card.unrated', { count: total.unrated })}</Typography.Text>}
        {total.zero && total.unrated === 0 && <Alert type="warning" showIcon title={t('qa.card.zeroCall')} />}
      </Card>

      {showProblems && problems.length > 0 && (
        <Alert type="error" showIcon role="alert" title={t('qa.card.problemsSummary', { count: problems.length })} />
      )}
      {children}
      <Flex justify="end" className="form-actions">
        <Button type="primary" onClick={submit} loading={submitting}>
          {submitLabel}
        </Button>
      </Flex>
    </Flex>
  );
}
