/**
 * The options form saves as it changes: no Save button to forget. Switches and lists save on the change; typed
 * fields after a pause in typing. Nothing is saved while any field is invalid (the form shows why). The background
 * reads the settings on every use, so a saved change (offline mode included) takes effect at once.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../shared/settings';
import { draftOf, toSettings, type Draft, type DraftErrors } from './draft';

/** Typing pauses this long before a text field is saved. */
export const TEXT_SAVE_DELAY_MS = 400;

export type SaveStatus = 'clean' | 'saved' | 'invalid';

export interface AutosaveStore {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
  subscribe?(onChange: (settings: Settings) => void): () => void;
}

export interface Autosave {
  draft: Draft | null;
  errors: DraftErrors;
  status: SaveStatus;
  /** Changes the draft and saves it: at once, or after `textDelayMs` when `typed`. */
  edit(next: Partial<Draft>, typed?: boolean): void;
}

export function useAutosave(store: AutosaveStore, textDelayMs = TEXT_SAVE_DELAY_MS): Autosave {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [status, setStatus] = useState<SaveStatus>('clean');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    void store.load().then((s) => setDraft(draftOf(s)));
  }, [store]);
  // Changes made elsewhere (the popup's highlights switch) show up here, unless a field here is being fixed.
  useEffect(() => store.subscribe?.((s) => status !== 'invalid' && setDraft(draftOf(s))), [store, status]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const persist = async (next: Draft) => {
    const { settings, errors: found } = toSettings(next);
    setErrors(found);
    if (Object.keys(found).length) {
      setStatus('invalid');
      return;
    }
    await store.save(settings);
    setStatus('saved');
  };
  const edit = (next: Partial<Draft>, typed = false) => {
    if (!draft) return;
    const updated = { ...draft, ...next };
    setDraft(updated);
    clearTimeout(timer.current);
    if (typed && textDelayMs > 0) timer.current = setTimeout(() => void persist(updated), textDelayMs);
    else void persist(updated);
  };
  return { draft, errors, status, edit };
}
