import { useEffect, useState } from 'preact/hooks';
import './reader.css';
import { t } from '../shared/i18n';
import type { PopupApi } from './api';

/** The popup's own controls, in every state: highlights in the page, the side panel, settings. */
export function PopupFooter({ api }: { api: PopupApi }) {
  const [highlights, setHighlights] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    void api.highlightsEnabled?.().then(
      (on) => live && setHighlights(on),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [api]);
  return (
    <footer class="popup-footer">
      {highlights !== null && api.setHighlights && (
        <label class="toggle">
          <input
            type="checkbox"
            role="switch"
            checked={highlights}
            aria-checked={highlights}
            onChange={(e) => {
              const on = (e.currentTarget as HTMLInputElement).checked;
              setHighlights(on);
              void api.setHighlights!(on).catch(() => setHighlights(!on));
            }}
          />
          <span>{t('popupHighlights')}</span>
        </label>
      )}
      <span class="footer-actions">
        {api.openSidePanel && (
          <button type="button" class="quiet" onClick={() => void api.openSidePanel!().catch(() => {})}>
            {t('popupSidePanel')}
          </button>
        )}
        {api.openOptions && (
          <button type="button" class="quiet" onClick={() => void api.openOptions!().catch(() => {})}>
            {t('popupSettings')}
          </button>
        )}
      </span>
    </footer>
  );
}
