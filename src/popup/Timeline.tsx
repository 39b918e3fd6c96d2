import { t } from '../shared/i18n';
import type { EventFrame } from '../shared/types';
import { buildEventTimeline } from './event-timeline';

/** The article's events in date order around its publication day. Text only: names come from the page. */
export function Timeline({
  events,
  publishedAt,
  locale,
}: {
  events: EventFrame[];
  publishedAt?: string | null;
  locale?: string;
}) {
  const { items, undated } = buildEventTimeline(events, { publishedAt, locale, publishedName: t('timelinePublished') });
  return (
    <div class="timeline-view">
      <ol class="timeline" aria-label={t('popupTimelineView')}>
        {items.map((item) => (
          <li class="timeline-item" data-kind={item.kind} data-precision={item.precision} key={item.id}>
            <time
              class="timeline-when"
              dateTime={item.when.replace(/\/.*/, '')}
              title={item.known ? t('eventDateKnown') : undefined}
            >
              {item.label}
              {item.known && <span aria-hidden="true"> *</span>}
            </time>
            <span class="timeline-name">{item.name}</span>
            {item.where.length > 0 && <span class="timeline-where">{item.where.join(', ')}</span>}
          </li>
        ))}
      </ol>
      {undated.length > 0 && (
        <p class="timeline-undated">
          {t('timelineUndated')} {undated.map((e) => e.name).join(' · ')}
        </p>
      )}
    </div>
  );
}
