import { useCallback, useEffect, useRef, useState } from 'react';
import type { Answer } from '../../api/types';
import { isAttemptClosed, saveAnswer } from './api';

export const TYPING_DEBOUNCE_MS = 800;

export type SaveState =
  | { status: 'saving' }
  | { status: 'saved'; at: Date }
  | { status: 'error'; error: unknown };

/**
 * Saves each answer on its own (PUT …/answers/{questionId}, idempotent), typed answers after a pause.
 * Only the newest request per question may change what is shown, so a slow early answer never
 * overwrites a later "saved". A 409 attempt-closed hands over to {@code onClosed}.
 */
export function useAutosave(attemptId: string, onClosed: () => void) {
  const [states, setStates] = useState<Record<string, SaveState>>({});
  const timers = useRef(new Map<string, number>());
  const unsaved = useRef(new Map<string, Answer>());
  const inflight = useRef(new Map<string, Promise<void>>());
  const sequence = useRef(new Map<string, number>());
  const onClosedRef = useRef(onClosed);
  onClosedRef.current = onClosed;

  const send = useCallback(
    (questionId: string): Promise<void> => {
      const answer = unsaved.current.get(questionId);
      if (!answer) {
        return inflight.current.get(questionId) ?? Promise.resolve();
      }
      const n = (sequence.current.get(questionId) ?? 0) + 1;
      sequence.current.set(questionId, n);
      setStates((current) => ({ ...current, [questionId]: { status: 'saving' } }));
      const request = saveAnswer(attemptId, questionId, answer).then(
        (saved) => {
          if (sequence.current.get(questionId) !== n) return;
          if (unsaved.current.get(questionId) === answer) unsaved.current.delete(questionId);
          const at = new Date(saved?.savedAt ?? Date.now());
          setStates((current) => ({
            ...current,
            [questionId]: { status: 'saved', at: Number.isNaN(at.getTime()) ? new Date() : at },
          }));
        },
        (error: unknown) => {
          if (sequence.current.get(questionId) !== n) return;
          if (isAttemptClosed(error)) {
            onClosedRef.current();
            return;
          }
          setStates((current) => ({ ...current, [questionId]: { status: 'error', error } }));
        },
      );
      inflight.current.set(questionId, request);
      return request;
    },
    [attemptId],
  );

  const change = useCallback(
    (questionId: string, answer: Answer, typed: boolean) => {
      unsaved.current.set(questionId, answer);
      window.clearTimeout(timers.current.get(questionId));
      timers.current.delete(questionId);
      if (typed) {
        timers.current.set(
          questionId,
          window.setTimeout(() => {
            timers.current.delete(questionId);
            void send(questionId);
          }, TYPING_DEBOUNCE_MS),
        );
      } else {
        void send(questionId);
      }
    },
    [send],
  );

  /** Sends whatever is still waiting for its debounce and waits for every request under way. */
  const flush = useCallback(async () => {
    for (const [questionId, timer] of timers.current) {
      window.clearTimeout(timer);
      void send(questionId);
    }
    timers.current.clear();
    await Promise.all(inflight.current.values());
  }, [send]);

  // Leaving the page still sends what was typed in the last moments.
  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const [questionId, timer] of pending) {
        window.clearTimeout(timer);
        void send(questionId);
      }
      pending.clear();
    };
  }, [send]);

  return { states, change, retry: send, flush };
}
