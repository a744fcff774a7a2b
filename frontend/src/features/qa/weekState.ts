import type { GoLiveWeek, ScoredCall } from './api';

/** The call's score as it stands: after its re-scoring on appeal (复查), if any. */
export function effective(call: ScoredCall): { normalised: number; zero: boolean } {
  const rescore = call.appeal?.rescore;
  return rescore ? { normalised: rescore.normalised, zero: rescore.zero } : { normalised: call.normalised, zero: call.zero };
}

/** Appealed calls still waiting for a QA specialist's re-score. */
export function awaitingRescore(week: GoLiveWeek): ScoredCall[] {
  return week.calls.filter((call) => call.appeal !== null && call.appeal.rescore === null);
}

/** Zero-score calls that still need another call sampled and scored in their place. */
export function awaitingReplacement(week: GoLiveWeek): ScoredCall[] {
  return week.calls.filter((call) => effective(call).zero && !week.calls.some((other) => other.replaces === call.id));
}

export function isOpen(week: GoLiveWeek): boolean {
  return week.closedAt === null;
}
