import { useEffect, useState } from 'react';
import type { Attempt } from '../../api/types';

/**
 * Seconds left, counted on this machine's clock but measured from the server's: the time between
 * the server's `serverTime` and `deadline` starts when the answer arrived, so a wrong local clock
 * does not matter. Falls back to `secondsLeft` if the instants cannot be read.
 */
export function useCountdown(attempt: Attempt, receivedAt: number): number {
  const remainingMs = Date.parse(attempt.deadline) - Date.parse(attempt.serverTime);
  const endsAt = receivedAt + (Number.isNaN(remainingMs) ? attempt.secondsLeft * 1000 : remainingMs);
  const compute = () => Math.max(0, Math.ceil((endsAt - Date.now()) / 1000));
  const [left, setLeft] = useState(compute);
  useEffect(() => {
    setLeft(compute());
    const timer = window.setInterval(() => setLeft(compute()), 1000);
    return () => window.clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [endsAt]);
  return left;
}

export function formatCountdown(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
}
