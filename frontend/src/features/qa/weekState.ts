import type { GoLiveWeek, ScoredCall } from './api';

/** The call's score as it stands: after its appeal (复查), if any. */
export function effective(call: ScoredCall): { normalised: number; zero: boolean } {
  return call.appeal ? { normalised: call.appeal.normalised, zero: call.appeal.zero } : { normalised: call.normalised, zero: call.zero };
}

/** Zero-score calls that still need another call sampled and scored in their place. */
export function awaitingReplacement(week: GoLiveWeek): ScoredCall[] {
  return week.calls.filter((call) => effective(call).zero && !week.calls.some((other) => other.replaces === call.id));
}

export function isOpen(week: GoLiveWeek): boolean {
  return week.closedAt === null;
}
