import { describe, expect, it } from 'vitest';
import card from '../../test/fixtures/scorecard-default.json';
import type { Scorecard } from './api';
import { draftProblems, emptyDraft, runningTotal, toMarks, type ScorecardDraft } from './scorecardDraft';

const scorecard = card as Scorecard;

/** Every criterion rated GOOD, nothing deducted: the best call. */
function allGood(): ScorecardDraft {
  const draft = emptyDraft(scorecard);
  for (const marks of Object.values(draft.ratings)) marks.forEach((mark) => (mark.rating = 'GOOD'));
  return draft;
}

describe('the scorecard running total', () => {
  it('gives 25 + 25 = 50, 100 normalised, to a call with every criterion good and no deduction', () => {
    expect(runningTotal(scorecard, allGood())).toEqual({
      knowledge: 25,
      knowledgeMax: 25,
      service: 25,
      serviceMax: 25,
      total: 50,
      max: 50,
      normalised: 100,
      zero: false,
      unrated: 0,
    });
  });

  it('counts only terminology until the criteria are rated, and says how many are left', () => {
    const total = runningTotal(scorecard, emptyDraft(scorecard));
    expect(total.knowledge).toBe(3);
    expect(total.unrated).toBe(11);
  });

  it('takes a medium rating, terminology after a look-up and weighted deductions off the halves', () => {
    const draft = allGood();
    draft.ratings.technical[2] = { rating: 'MEDIUM', reason: '专业话术不够熟练' };
    draft.terminology = { lookedUp: true, wrongAnswers: 1, reason: '查询后回电，且一处术语解释有误' };
    draft.deductions['warm-tone'] = { points: 2, reason: '语气生硬' };
    draft.deductions['opening-greeting'] = { points: 1, reason: '未使用开头问候语' };
    draft.deductions.courtesy = { points: 0.5, reason: '少用“请”' };
    const total = runningTotal(scorecard, draft);
    // knowledge: 10 good × 2 + 1 medium × 1 + terminology (2 after a look-up − 1 wrong) = 22
    // service: 25 − (2 + 1 + 0.5) = 21.5; total 43.5 of 50 = 87 of 100
    expect(total.knowledge).toBe(22);
    expect(total.service).toBe(21.5);
    expect(total.total).toBe(43.5);
    expect(total.normalised).toBe(87);
    expect(total.zero).toBe(false);
  });

  it('makes a call whose service half is wholly deducted for an argument a zero-score call', () => {
    const draft = allGood();
    draft.deductions.argument = { points: 25, reason: '与客户发生争执' };
    const total = runningTotal(scorecard, draft);
    expect(total.service).toBe(0);
    expect(total.total).toBe(25);
    expect(total.zero).toBe(true);
  });

  it('counts a negative knowledge half as 0 in the total and flags the zero-score call', () => {
    const draft = emptyDraft(scorecard);
    for (const marks of Object.values(draft.ratings)) marks.forEach((mark) => (mark.rating = 'POOR'));
    draft.terminology = { lookedUp: false, wrongAnswers: 5, reason: '五次答错' };
    const total = runningTotal(scorecard, draft);
    expect(total.knowledge).toBe(-2);
    expect(total.total).toBe(25);
    expect(total.zero).toBe(true);
  });
});

describe('the reasons a scorecard needs', () => {
  it('requires a reason for every deduction, a medium or poor rating, and terminology below its maximum', () => {
    const draft = allGood();
    draft.ratings.fundamental[1] = { rating: 'POOR', reason: '  ' };
    draft.terminology.wrongAnswers = 1;
    draft.deductions.patience = { points: 1, reason: '' };
    draft.deductions.thanks = { points: 1, reason: '未致谢' };
    expect(draftProblems(scorecard, draft)).toEqual([
      { field: 'knowledge.fundamental[1]', kind: 'reason' },
      { field: 'terminology.reason', kind: 'reason' },
      { field: 'service.patience', kind: 'reason' },
    ]);
  });

  it('flags unrated criteria and a deduction above the item limit (an argument may take the whole 25)', () => {
    const draft = emptyDraft(scorecard);
    draft.deductions['smiling'] = { points: 1.5, reason: '没有微笑服务' };
    draft.deductions.argument = { points: 25, reason: '争执' };
    const problems = draftProblems(scorecard, draft);
    expect(problems.filter((problem) => problem.kind === 'unrated')).toHaveLength(11);
    expect(problems.filter((problem) => problem.kind === 'points')).toEqual([{ field: 'service.smiling', kind: 'points' }]);
  });

  it('sends only the deducted items, with trimmed reasons', () => {
    const draft = allGood();
    draft.deductions.apology = { points: 1, reason: ' 让客户等待未致歉 ' };
    const marks = toMarks(scorecard, draft);
    expect(marks.service).toEqual([{ item: 'apology', points: 1, reason: '让客户等待未致歉' }]);
    expect(marks.knowledge.advice).toEqual([{ rating: 'GOOD', reason: null }]);
    expect(marks.terminology).toEqual({ lookedUp: false, wrongAnswers: 0, reason: null });
  });
});
