import { t } from '../shared/i18n';
import type { Entity } from '../shared/types';
import { dateLines } from './dates';

/** Dates as days ("next week · Sep 12–18, 2022"), in time order. Text only: phrases come from the page. */
export function Dates({ entities, locale }: { entities: Entity[]; locale?: string }) {
  const lines = dateLines(entities, locale);
  if (!lines.length) return null;
  return (
    <section class="dates" aria-labelledby="dates-heading">
      <h2 id="dates-heading">{t('typeDate')}</h2>
      <ul class="date-list">
        {lines.map((line) => (
          <li class="date" key={line.label}>
            <span class="date-phrase">{line.phrases.join(', ')}</span>
            <span class="sep" aria-hidden="true">
              {' · '}
            </span>
            <time class="date-days" dateTime={line.value.replace(/\/.*/, '')}>
              {line.label}
            </time>
          </li>
        ))}
      </ul>
    </section>
  );
}
