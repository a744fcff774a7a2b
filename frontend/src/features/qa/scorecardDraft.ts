import type { CallMarks, Rating, Scorecard } from './api';

/** What the QA specialist has marked so far on one call. */
export interface ScorecardDraft {
  /** Per knowledge section, one entry per criterion in the card's order. */
  ratings: Record<string, { rating: Rating | null; reason: string }[]>;
  terminology: { lookedUp: boolean; wrongAnswers: number; reason: string };
  /** Per service item id: the points deducted (null: none) and why. */
  deductions: Record<string, { points: number | null; reason: string }>;
}

export function emptyDraft(card: Scorecard): ScorecardDraft {
  return {
    ratings: Object.fromEntries(
      card.knowledge.sections.map((section) => [section.id, section.criteria.map(() => ({ rating: null, reason: '' }))]),
    ),
    terminology: { lookedUp: false, wrongAnswers: 0, reason: '' },
    deductions: Object.fromEntries(card.service.items.map((item) => [item.id, { points: null, reason: '' }])),
  };
}

export interface RunningTotal {
  knowledge: number;
  knowledgeMax: number;
  service: number;
  serviceMax: number;
  total: number;
  max: number;
  /** The total out of 100. */
  normalised: number;
  /** A half at or below zero makes a zero-score call. */
  zero: boolean;
  /** Criteria not rated yet (they count nothing until rated). */
  unrated: number;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Terminology: its maximum (less after a look-up or call-back) minus the wrong answers; it may go negative. */
export function terminologyPoints(card: Scorecard, draft: ScorecardDraft): number {
  const rule = card.knowledge.terminology;
  return (draft.terminology.lookedUp ? rule.maxIfLookedUp : rule.max) - draft.terminology.wrongAnswers * rule.perWrongAnswer;
}

export function itemLimit(item: Scorecard['service']['items'][number]): number {
  return item.maxDeduction ?? item.weight;
}

/**
 * The running total as the card computes it (the server recomputes and stores the real one): knowledge is the
 * rating points plus terminology, which may go negative; service is its maximum minus the deductions, never
 * below zero; a negative half counts as 0 in the total; the total is normalised to 100.
 */
export function runningTotal(card: Scorecard, draft: ScorecardDraft): RunningTotal {
  const points = card.knowledge.ratingPoints;
  const term = card.knowledge.terminology;
  let ratingSum = 0;
  let unrated = 0;
  let criteria = 0;
  for (const section of card.knowledge.sections) {
    for (const mark of draft.ratings[section.id] ?? []) {
      criteria += 1;
      if (mark.rating) ratingSum += points[mark.rating];
      else unrated += 1;
    }
  }
  const knowledge = ratingSum + terminologyPoints(card, draft);
  const knowledgeMax = criteria * points.GOOD + term.max;
  const deducted = Object.values(draft.deductions).reduce((sum, deduction) => sum + (deduction.points ?? 0), 0);
  const service = round(card.service.max - Math.min(deducted, card.service.max));
  const max = knowledgeMax + card.service.max;
  const total = round(Math.max(knowledge, 0) + Math.max(service, 0));
  return {
    knowledge,
    knowledgeMax,
    service,
    serviceMax: card.service.max,
    total,
    max,
    normalised: round((total * 100) / max),
    zero: knowledge <= 0 || service <= 0,
    unrated,
  };
}

/** A problem with the draft, named like the server's field errors (`knowledge.fundamental[0]`, `service.warm-tone`). */
export interface DraftProblem {
  field: string;
  kind: 'unrated' | 'reason' | 'points';
}

/**
 * What must be fixed before the call can be scored: every criterion rated; a reason for anything below full
 * marks (a medium or poor rating, terminology below its maximum, every deduction); a deduction within the
 * item's limit. The server enforces the same rules.
 */
export function draftProblems(card: Scorecard, draft: ScorecardDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  for (const section of card.knowledge.sections) {
    (draft.ratings[section.id] ?? []).forEach((mark, index) => {
      const field = `knowledge.${section.id}[${index}]`;
      if (!mark.rating) problems.push({ field, kind: 'unrated' });
      else if (mark.rating !== 'GOOD' && !mark.reason.trim()) problems.push({ field, kind: 'reason' });
    });
  }
  if (terminologyPoints(card, draft) < card.knowledge.terminology.max && !draft.terminology.reason.trim()) {
    problems.push({ field: 'terminology.reason', kind: 'reason' });
  }
  for (const item of card.service.items) {
    const deduction = draft.deductions[item.id];
    if (!deduction || deduction.points === null || deduction.points === 0) continue;
    if (deduction.points < 0 || deduction.points > itemLimit(item)) problems.push({ field: `service.${item.id}`, kind: 'points' });
    else if (!deduction.reason.trim()) problems.push({ field: `service.${item.id}`, kind: 'reason' });
  }
  return problems;
}

/** The marks the API takes; only items actually deducted are sent. */
export function toMarks(card: Scorecard, draft: ScorecardDraft): CallMarks {
  return {
    knowledge: Object.fromEntries(
      card.knowledge.sections.map((section) => [
        section.id,
        (draft.ratings[section.id] ?? []).map((mark) => ({
          rating: mark.rating ?? 'POOR',
          reason: mark.reason.trim() || null,
        })),
      ]),
    ),
    terminology: {
      lookedUp: draft.terminology.lookedUp,
      wrongAnswers: draft.terminology.wrongAnswers,
      reason: draft.terminology.reason.trim() || null,
    },
    service: card.service.items
      .filter((item) => (draft.deductions[item.id]?.points ?? 0) > 0)
      .map((item) => ({
        item: item.id,
        points: draft.deductions[item.id].points as number,
        reason: draft.deductions[item.id].reason.trim(),
      })),
  };
}
