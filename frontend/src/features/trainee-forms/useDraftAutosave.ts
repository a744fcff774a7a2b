import { useCallback, useEffect, useRef, useState } from 'react';
import type { FormValues } from '../forms-renderer/types';
import { createForm, saveForm, type FiledForm } from './api';

/** How long typing must pause before the draft is saved. */
export const AUTOSAVE_DEBOUNCE_MS = 800;

export type DraftSaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; at: Date }
  | { status: 'error'; error: unknown };

interface Options {
  traineeId: string;
  definitionId: string;
  day: string;
  /** The form being edited; undefined until the first save of a new form creates it. */
  formId: string | undefined;
  /** The first save of a new form created it (so the page can put its id in the address). */
  onCreated: (form: FiledForm) => void;
  onSaved: (form: FiledForm) => void;
}

const keyOf = (values: FormValues) => JSON.stringify(values);

/**
 * Saves the draft a while after each change, one request at a time in order, so the first save of a new form
 * creates exactly one draft and later ones update it (PUT is idempotent). Submitting waits for the saves under
 * way. What is still unsaved when the page is left or closed is sent then.
 */
export function useDraftAutosave({ traineeId, definitionId, day, formId, onCreated, onSaved }: Options) {
  const [state, setState] = useState<DraftSaveState>({ status: 'idle' });
  const id = useRef(formId);
  const pending = useRef<FormValues | null>(null);
  const savedKey = useRef<string | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const timer = useRef<number | undefined>(undefined);
  const callbacks = useRef({ onCreated, onSaved });
  callbacks.current = { onCreated, onSaved };

  const send = useCallback((): Promise<unknown> => {
    queue.current = queue.current.then(async () => {
      const values = pending.current;
      if (!values) return;
      if (keyOf(values) === savedKey.current) {
        pending.current = null;
        setState((current) => (current.status === 'saving' ? { status: 'idle' } : current));
        return;
      }
      setState({ status: 'saving' });
      try {
        const saved = id.current
          ? await saveForm(traineeId, id.current, values, true)
          : await createForm(traineeId, { definitionId, day, values, draft: true });
        savedKey.current = keyOf(values);
        if (pending.current === values) pending.current = null;
        if (!id.current) {
          id.current = saved.id;
          callbacks.current.onCreated(saved);
        } else {
          callbacks.current.onSaved(saved);
        }
        setState(pending.current ? { status: 'saving' } : { status: 'saved', at: new Date() });
      } catch (error) {
        setState({ status: 'error', error });
      }
    });
    return queue.current;
  }, [traineeId, definitionId, day]);

  /** The values the form starts from count as saved: opening a draft does not save it again. */
  const baseline = useCallback((values: FormValues) => {
    if (savedKey.current === null) savedKey.current = keyOf(values);
  }, []);

  const change = useCallback(
    (values: FormValues) => {
      // Only a real change counts: showing errors on the fields also reports "fields changed", with the same values.
      const key = keyOf(values);
      if (key === (pending.current ? keyOf(pending.current) : savedKey.current)) return;
      pending.current = values;
      setState({ status: 'saving' });
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void send(), AUTOSAVE_DEBOUNCE_MS);
    },
    [send],
  );

  /** Saves what waits for its pause now (the "retry" of a failed save, too). */
  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    return send();
  }, [send]);

  /** Submits (or resubmits) the form once every save under way has finished; nothing is autosaved after it. */
  const submit = useCallback(
    async (values: FormValues): Promise<FiledForm> => {
      window.clearTimeout(timer.current);
      pending.current = null;
      await queue.current;
      const submitted = id.current
        ? await saveForm(traineeId, id.current, values, false)
        : await createForm(traineeId, { definitionId, day, values, draft: false });
      id.current = submitted.id;
      savedKey.current = keyOf(values);
      return submitted;
    },
    [traineeId, definitionId, day],
  );

  // Leaving the page within the app, or closing the tab, still sends what was typed in the last moments.
  useEffect(() => {
    const sendNow = () => {
      window.clearTimeout(timer.current);
      const values = pending.current;
      if (!values || !id.current || keyOf(values) === savedKey.current) return;
      pending.current = null;
      void saveForm(traineeId, id.current, values, true, { keepalive: true }).catch(() => undefined);
    };
    window.addEventListener('pagehide', sendNow);
    return () => {
      window.removeEventListener('pagehide', sendNow);
      if (pending.current && id.current) sendNow();
      else if (pending.current) void send();
    };
  }, [traineeId, send]);

  return { state, baseline, change, flush, submit };
}
