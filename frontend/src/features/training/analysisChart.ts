import type { EChartsCoreOption } from 'echarts/core';
import type { QuestionStatistics } from './api';

/** The server sends BigDecimal figures as JSON numbers (or strings); both become numbers here. */
export function figure(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/** One bar pair per question, in the server's order: facility (0..1) and discrimination (-1..1). */
export function analysisChartOption(
  questions: readonly QuestionStatistics[],
  labels: { facility: string; discrimination: string; question: (n: number) => string },
): EChartsCoreOption {
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { data: [labels.facility, labels.discrimination] },
    grid: { left: 48, right: 16, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: questions.map((_, index) => labels.question(index + 1)) },
    yAxis: { type: 'value', min: -1, max: 1 },
    series: [
      { name: labels.facility, type: 'bar', data: questions.map((q) => figure(q.facility)), itemStyle: { color: '#1664d9' } },
      {
        name: labels.discrimination,
        type: 'bar',
        data: questions.map((q) => figure(q.discrimination)),
        itemStyle: { color: '#ad4e00' },
      },
    ],
  };
}
