import { t } from '../shared/i18n';
import { tn } from '../shared/plural';
import type { EventFrame } from '../shared/types';
import { Expander } from './Expander';
import { eventWhenLabel } from './event-timeline';

const KIND_LABEL: Record<NonNullable<EventFrame['kind']>, string> = {
  story: 'eventKindStory',
  background: 'eventKindBackground',
  announced: 'eventKindAnnounced',
};

/**
 * The Events section: the story's own event first, with when, where and who; the others one click away, in place.
 * Text only: every string here comes from the page and is never markup. (The story clock above places them in time.)
 */
export function Events({ events, locale, limit = 1 }: { events: EventFrame[]; locale?: string; limit?: number }) {
  if (!Array.isArray(events) || !events.length) return null;
  const first = events.slice(0, limit);
  const rest = events.slice(limit);
  const card = (event: EventFrame, i: number) => <EventCard event={event} locale={locale} key={event.id ?? i} />;
  return (
    <section class="events" aria-labelledby="events-heading">
      <h2 id="events-heading">{t('popupEventsHeading')}</h2>
      <ul class="event-list">{first.map(card)}</ul>
      {rest.length > 0 && (
        <Expander label={tn('popupMoreEvents', { count: rest.length })}>
          {() => <ul class="event-list">{rest.map((e, i) => card(e, i + limit))}</ul>}
        </Expander>
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
