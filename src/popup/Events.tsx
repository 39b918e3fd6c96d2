import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { EventFrame } from '../shared/types';
import { Timeline } from './Timeline';
import { eventWhenLabel } from './event-timeline';

const KIND_LABEL: Record<NonNullable<EventFrame['kind']>, string> = {
  story: 'eventKindStory',
  background: 'eventKindBackground',
  announced: 'eventKindAnnounced',
};

/**
 * The Events section: one card per event (the story first) with when, where and who, and a Timeline view of the
 * same events. Text only: every string here comes from the page and is never markup.
 */
export function Events({
  events,
  publishedAt,
  locale,
  limit = 10,
}: {
  events: EventFrame[];
  publishedAt?: string | null;
  locale?: string;
  limit?: number;
}) {
  const [view, setView] = useState<'list' | 'timeline'>('list');
  const [expanded, setExpanded] = useState(false);
  if (!Array.isArray(events) || !events.length) return null;
  const shown = expanded ? events : events.slice(0, limit);
  return (
    <section class="events" aria-labelledby="events-heading">
      <div class="events-header">
        <h2 id="events-heading">{t('popupEventsHeading')}</h2>
        <fieldset class="view-switch" aria-label={t('popupEventsView')}>
          <button type="button" class="switch" aria-pressed={view === 'list'} onClick={() => setView('list')}>
            {t('popupListView')}
          </button>
          <button type="button" class="switch" aria-pressed={view === 'timeline'} onClick={() => setView('timeline')}>
            {t('popupTimelineView')}
          </button>
        </fieldset>
      </div>
      {view === 'list' ? (
        <>
          <ul class="event-list">
            {shown.map((event, i) => (
              <EventCard event={event} locale={locale} key={event.id ?? i} />
            ))}
          </ul>
          {shown.length < events.length && (
            <button type="button" class="switch more" onClick={() => setExpanded(true)}>
              {t('popupMoreEvents', [String(events.length - shown.length)])}
            </button>
          )}
        </>
      ) : (
        <Timeline events={events} publishedAt={publishedAt} locale={locale} />
      )}
    </section>
  );
}

function EventCard({ event, locale }: { event: EventFrame; locale?: string }) {
  const when = eventWhenLabel(event, locale);
  return (
    <li class="event" data-kind={event.kind ?? 'background'}>
      <div class="event-head">
        <span class="event-name">{event.name}</span>
        {event.kind && <span class="event-kind">{t(KIND_LABEL[event.kind])}</span>}
      </div>
      <p class="event-facts">
        {when && event.when && (
          <time
            class="event-when"
            dateTime={event.when.replace(/\/.*/, '')}
            title={event.whenSource === 'known' ? t('eventDateKnown') : undefined}
          >
            {when}
          </time>
        )}
        {event.where && event.where.length > 0 && <span class="event-where">{event.where.join(', ')}</span>}
        {event.who && event.who.length > 0 && <span class="event-who">{event.who.join(', ')}</span>}
      </p>
      {event.sentence && <p class="event-sentence">{event.sentence}</p>}
    </li>
  );
}
