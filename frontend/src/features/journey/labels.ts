import type { TFunction } from 'i18next';
import type { JourneyStatus, StageId } from '../../api/types';

export const STATUS_COLORS: Record<JourneyStatus, string> = {
  ON_TRACK: 'blue',
  REMEDIAL: 'orange',
  EXTENDED: 'gold',
  ESCALATED: 'red',
  CERTIFIED: 'green',
  WITHDRAWN: 'default',
};

export function statusLabel(t: TFunction, status: string): string {
  return t(`journeyStatus.${status}` as 'journeyStatus.ON_TRACK', { defaultValue: status });
}

export function stageLabel(t: TFunction, stage: StageId | string | null): string {
  return stage ? t(`stages.${stage}` as 'stages.CLASSROOM', { defaultValue: stage }) : '';
}

/** Next-action codes; stage 3's "COMPLETE_STEP_<STEP>" names the current step. */
export function nextActionLabel(t: TFunction, code: string, stepName: string): string {
  if (code.startsWith('COMPLETE_STEP_')) {
    return t('nextActions.COMPLETE_STEP', { step: stepName });
  }
  return t(`nextActions.${code}` as 'nextActions.STUDY_COURSES', { defaultValue: code });
}
