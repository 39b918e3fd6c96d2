import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';

type Phase =
  | { kind: 'idle' }
  | { kind: 'confirm' }
  | { kind: 'busy' }
  | { kind: 'done' }
  | { kind: 'failed'; error: string };

/** "Clear all data", with an inline confirmation (no window.confirm: it is not keyboard- or screen-reader-friendly everywhere). */
export function ClearData({ clearAll }: { clearAll(): Promise<{ ok: boolean; error?: string }> }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const first = useRef<HTMLButtonElement>(null);
  const yes = useRef<HTMLButtonElement>(null);
  // Focus follows the question, so a keyboard or screen-reader user lands on the answer.
  useEffect(() => {
    if (phase.kind === 'confirm') yes.current?.focus();
  }, [phase.kind]);
  const run = async () => {
    setPhase({ kind: 'busy' });
    try {
      const reply = await clearAll();
      setPhase(reply.ok ? { kind: 'done' } : { kind: 'failed', error: reply.error ?? '' });
    } catch (error) {
      setPhase({ kind: 'failed', error: String((error as Error)?.message ?? error) });
    }
  };
  return (
    <div class="clear-data">
      <p class="detail" id="clear-hint">
        {t('optionsClearAllHint')}
      </p>
      {phase.kind === 'confirm' || phase.kind === 'busy' ? (
        <fieldset aria-labelledby="clear-confirm">
          <p id="clear-confirm">{t('optionsClearConfirm')}</p>
          <button type="button" class="danger" ref={yes} disabled={phase.kind === 'busy'} onClick={run}>
            {t('optionsClearYes')}
          </button>{' '}
          <button
            type="button"
            class="secondary"
            onClick={() => {
              setPhase({ kind: 'idle' });
              setTimeout(() => first.current?.focus());
            }}
          >
            {t('optionsCancel')}
          </button>
        </fieldset>
      ) : (
        <button
          type="button"
          class="danger"
          ref={first}
          aria-describedby="clear-hint"
          onClick={() => setPhase({ kind: 'confirm' })}
        >
          {t('optionsClearAll')}
        </button>
      )}
      <p role="status" class="detail">
        {phase.kind === 'done'
          ? t('optionsCleared')
          : phase.kind === 'failed'
            ? t('optionsClearFailed', [phase.error])
            : ''}
      </p>
    </div>
  );
}
