import { t } from '../shared/i18n';

/**
 * Placeholders shaped like what is coming (title, story line, cards), so the popup does not jump when the
 * analysis lands. No spinner: there is no progress to report. `withHeader` false when the title is known already.
 */
export function Skeleton({ withHeader = true }: { withHeader?: boolean }) {
  return (
    <div class="skeleton" role="status" aria-live="polite">
      <span class="visually-hidden">{t('popupAnalyzing')}</span>
      {withHeader && (
        <div aria-hidden="true">
          <div class="bar wide" />
          <div class="bar narrow" />
        </div>
      )}
      <div class="bar story" aria-hidden="true" />
      {[0, 1, 2, 3].map((i) => (
        <div class="skeleton-card" aria-hidden="true" key={i}>
          <div class="thumb" />
          <div class="lines">
            <div class="bar" />
            <div class="bar narrow" />
          </div>
        </div>
      ))}
    </div>
  );
}
