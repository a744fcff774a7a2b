import type { Journey, Transition } from '../../api/types';
import type { DayShare } from './api';

/** The firm's calendar day of an instant (the server files calls under Beijing days). */
export function firmDate(instant: string | Date): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}

/** One run of a supervised go-live step: from the day it started to the day the next step began (or today). */
export interface StepPeriod {
  stepId: string;
  from: string;
  /** null while it is the current step. */
  to: string | null;
}

export const GO_LIVE_STEP_PREFIX = 'golive-';

/**
 * The runs of the supervised go-live steps in the journey's history, oldest first. A run ends on the day the
 * next step started; that day belongs to both, as the server counts a step's days up to its completion day.
 */
export function goLivePeriods(journey: Pick<Journey, 'history'>): StepPeriod[] {
  const transitions = [...journey.history].sort((a, b) => a.at.localeCompare(b.at));
  const sameStep = (a: Transition, b: Transition | undefined) => b?.toStage === a.toStage && b.toStep === a.toStep;
  const periods: StepPeriod[] = [];
  transitions.forEach((transition, index) => {
    const entersGoLive = transition.toStage === 'MONITORING' && transition.toStep.startsWith(GO_LIVE_STEP_PREFIX);
    // A status change inside a run (e.g. a decision recorded) does not start a new run.
    if (!entersGoLive || sameStep(transition, transitions[index - 1])) return;
    const leaves = transitions.slice(index + 1).find((later) => !sameStep(transition, later));
    periods.push({ stepId: transition.toStep, from: firmDate(transition.at), to: leaves ? firmDate(leaves.at) : null });
  });
  return periods;
}

export interface StepShare extends StepPeriod {
  calls: number;
  monitored: number;
}

/** The days' counts summed per step run. */
export function sharePerStep(days: DayShare[], periods: StepPeriod[]): StepShare[] {
  return periods.map((period) => {
    const inside = days.filter((day) => day.day >= period.from && (period.to === null || day.day <= period.to));
    return {
      ...period,
      calls: inside.reduce((sum, day) => sum + day.calls, 0),
      monitored: inside.reduce((sum, day) => sum + day.monitored, 0),
    };
  });
}

/**
 * Whether the mentor monitored more than the program's share (0.5: "50%以上", read as strictly more, exactly
 * as the server's step-completion check compares it). Shown as a marker only; the server decides.
 */
export function aboveShare(calls: number, monitored: number, shareAbove: number): boolean {
  return calls > 0 && monitored > shareAbove * calls;
}

/** monitored / calls as a percent to one decimal, 0 without calls. */
export function percentOf(calls: number, monitored: number): number {
  return calls === 0 ? 0 : Math.round((monitored * 1000) / calls) / 10;
}
