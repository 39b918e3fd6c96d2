import { t } from '../shared/i18n';
import type { EventFrame } from '../shared/types';
import { storyLine } from './story-summary';

/** One line under the title: who, what, where, when of the top event, each part labelled for screen readers. */
export function StorySummary({ events }: { events: EventFrame[] | null | undefined }) {
  const line = storyLine(events);
  if (!line) return null;
  return (
    <p class="story-line">
      <span class="visually-hidden">{t('storyLabel')}: </span>
      <span class="story-what">{line.what}</span>
      {line.who && (
        <>
          <span class="sep" aria-hidden="true">
            {' '}
            ·{' '}
          </span>
          <span class="visually-hidden">{t('storyWho')} </span>
          <span class="story-who">{line.who}</span>
        </>
      )}
      {line.where && (
        <>
          <span class="sep" aria-hidden="true">
            {' '}
            ·{' '}
          </span>
          <span class="visually-hidden">{t('storyWhere')} </span>
          <span class="story-where">{line.where}</span>
        </>
      )}
      {line.when && (
        <>
          <span class="sep" aria-hidden="true">
            {' '}
            ·{' '}
          </span>
          <span class="visually-hidden">{t('storyWhen')} </span>
          <time class="story-when" dateTime={isoDate(line.whenValue)}>
            {line.when}
          </time>
        </>
      )}
    </p>
  );
}

/** <time dateTime> takes a date or a year, not a TIMEX interval ("2022-09-15/2022-09-16"): keep the start. */
function isoDate(value: string | null): string | undefined {
  const m = value ? /^\d{4}(-\d{2}(-\d{2})?)?/.exec(value) : null;
  return m?.[0];
}
