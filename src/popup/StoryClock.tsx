import { dateFormat } from '../shared/intl-format';
import type { Coverage } from '../shared/coverage';
import { t } from '../shared/i18n';
import { tn } from '../shared/plural';
import type { Entity, EventFrame } from '../shared/types';
import { resolveDates } from './article-dates';
import { newSince } from './coverage-summary';
import { ClockAxis } from './ClockAxis';
import { Expander } from './Expander';
import { storyClock } from './story-clock';

/**
 * "When": the story's dates on one short line (the background just before it, this article's day, the story, what
 * is announced), and the article's own date phrases resolved to days, one click away. Nothing drawn when there is
 * nothing dated to place.
 */
export function StoryClock({
  events,
  dates,
  publishedAt,
  coverage,
  locale,
}: {
  events: EventFrame[];
  dates: Entity[];
  publishedAt?: string | null;
  /** For "new since you read this story on …", from the reader's history on this device. */
  coverage?: Coverage | null;
  locale?: string;
}) {
  const stops = storyClock(events ?? [], { publishedAt, locale });
  const resolved = resolveDates(dates, locale);
  const fresh = newSince(coverage?.history?.lastRead, coverage?.items ?? []);
  if (!stops && !resolved.length && !fresh) return null;
  return (
    <section class="clock" aria-labelledby="clock-heading">
      <h2 id="clock-heading">{t('clockHeading')}</h2>
      {fresh && (
        <p class="clock-new">
          {tn('clockNewSince', {
            count: fresh.count,
            date: dateFormat(locale, { month: 'short', day: 'numeric' }).format(fresh.lastRead),
          })}
        </p>
      )}
      {stops && <ClockAxis stops={stops} locale={locale} />}
      {stops && (
        <ol class="clock-line">
          {stops.map((stop) => (
            <li class="clock-stop" data-kind={stop.kind} key={stop.id}>
              <time class="clock-when" dateTime={stop.when.replace(/\/.*/, '')}>
                {stop.label}
              </time>
              <span class="clock-name">{stop.kind === 'published' ? t('clockThisArticle') : stop.name}</span>
            </li>
          ))}
        </ol>
      )}
      {resolved.length > 0 && (
        <Expander class="clock-dates" label={tn('moreDates', { count: resolved.length })}>
          {() => (
            <ul class="date-list">
              {resolved.map((d, i) => (
                <li key={`${d.phrase}-${i}`}>
                  <span class="date-phrase">{d.phrase}</span>
                  {d.days && (
                    <time class="date-days" dateTime={d.value?.replace(/\/.*/, '')}>
                      {d.days}
                    </time>
                  )}
                </li>
              ))}
            </ul>
          )}
        </Expander>
      )}
    </section>
  );
}
