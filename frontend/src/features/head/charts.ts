import type { EChartsCoreOption } from 'echarts/core';
import { JOURNEY_STATUSES, STAGES, type JourneyStatus, type StageId } from '../../api/types';
import type { Distribution, FunnelCell } from './api';

const STATUS_COLOURS: Record<JourneyStatus, string> = {
  ON_TRACK: '#1664d9',
  REMEDIAL: '#d46b08',
  EXTENDED: '#d4b106',
  ESCALATED: '#cf1322',
  CERTIFIED: '#389e0d',
  WITHDRAWN: '#8c8c8c',
};

/** Trainees per stage, one stacked bar per stage split by journey status (only statuses that occur). */
export function funnelOption(
  funnel: readonly FunnelCell[],
  labels: { stage: (stage: StageId) => string; status: (status: JourneyStatus) => string },
): EChartsCoreOption {
  const count = (stage: StageId, status: JourneyStatus) =>
    funnel.find((cell) => cell.stage === stage && cell.status === status)?.trainees ?? 0;
  const statuses = JOURNEY_STATUSES.filter((status) => STAGES.some((stage) => count(stage, status) > 0));
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { data: statuses.map(labels.status) },
    grid: { left: 40, right: 16, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: STAGES.map(labels.stage) },
    yAxis: { type: 'value', minInterval: 1 },
    series: statuses.map((status) => ({
      name: labels.status(status),
      type: 'bar',
      stack: 'trainees',
      data: STAGES.map((stage) => count(stage, status)),
      itemStyle: { color: STATUS_COLOURS[status] },
    })),
  };
}

const PALETTE = ['#1664d9', '#ad4e00', '#389e0d', '#722ed1', '#cf1322', '#08979c', '#d4b106'];

/** Trainees per ten-point score band, one bar series per distribution. */
export function distributionOption(
  distributions: readonly Distribution[],
  label: (name: string) => string,
): EChartsCoreOption {
  const ranges = distributions[0]?.buckets.map((bucket) => bucket.range) ?? [];
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { data: distributions.map((d) => label(d.name)) },
    grid: { left: 40, right: 16, top: 56, bottom: 32 },
    xAxis: { type: 'category', data: ranges },
    yAxis: { type: 'value', minInterval: 1 },
    series: distributions.map((d, index) => ({
      name: label(d.name),
      type: 'bar',
      data: d.buckets.map((bucket) => bucket.trainees),
      itemStyle: { color: PALETTE[index % PALETTE.length] },
    })),
  };
}
