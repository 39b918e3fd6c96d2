/**
 * The background cards of an article, grouped by type, with the publisher's card and a visible note when the
 * network could not help (offline, a failing source). Never empty while the article has entities.
 */
import type { Card, CardsResult, LinkableType } from '../shared/cards';
import { t } from '../shared/i18n';
import { useAfterPaint } from './after-paint';
import { EntityCard } from './EntityCard';

const GROUPS: { type: LinkableType; label: string }[] = [
  { type: 'person', label: 'typePerson' },
  { type: 'organization', label: 'typeOrganization' },
  { type: 'place', label: 'typePlace' },
  // Not "Events": the Events section below lists the story's events; these are cards about named ones.
  { type: 'event', label: 'cardsNamedEvents' },
];

const NOTES: Record<string, string> = { offline: 'cardsNoteOffline', 'source-failed': 'cardsNoteSourceFailed' };

/** `bodiesAfterPaint`: the first frame shows every card's summary, the collapsed bodies follow once it is painted. */
export function Cards({
  result,
  onChoose,
  bodiesAfterPaint = false,
}: {
  result: CardsResult;
  onChoose?: (card: Card, qid: string | null) => void;
  bodiesAfterPaint?: boolean;
}) {
  const painted = useAfterPaint();
  const bodies = !bodiesAfterPaint || painted;
  return (
    <section class="cards" aria-label={t('popupEntitiesHeading')} data-cards-status={result.status}>
      {result.status === 'loading' && (
        <p class="cards-loading" role="status">
          {t('cardsLoading')}
        </p>
      )}
      {result.notes.map(
        (note) =>
          NOTES[note] && (
            <p class="cards-note" role="note" key={note}>
              {t(NOTES[note]!)}
            </p>
          ),
      )}
      {!result.cards.length && <p class="empty">{t('popupNoEntities')}</p>}
      {GROUPS.filter(({ type }) => result.cards.some((c) => c.type === type)).map(({ type, label }, i) => {
        const group = result.cards.filter((c) => c.type === type);
        return (
          <section class="card-group" data-type={type} key={type}>
            {/* Element Timing: bench:cards reads when the first group was painted. */}
            <h2 {...(i === 0 ? { elementtiming: 'backstory-cards' } : {})}>{t(label)}</h2>
            {group.map((card) => (
              <EntityCard card={card} key={card.key} body={bodies} onChoose={onChoose} />
            ))}
          </section>
        );
      })}
      {result.publisher && (
        <section class="card-group publisher-card" data-type="publisher">
          <h2>{t('cardsPublisher')}</h2>
          <EntityCard card={result.publisher} body={bodies} />
        </section>
      )}
    </section>
  );
}
