/**
 * The background cards of an article: the most salient people and organizations first, everything else (more of
 * them, places, named events) one click away in place; the publisher's card; and a visible note when the network
 * could not help (offline, a failing source). Never empty while the article has entities.
 */
import type { Card, CardsResult } from '../shared/cards';
import { t } from '../shared/i18n';
import { tn } from '../shared/plural';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { useAfterPaint } from './after-paint';
import { alsoMentionedNames, groupCards } from './card-groups';
import { EntityCard } from './EntityCard';
import { Expander } from './Expander';

const NOTES: Record<string, string> = { offline: 'cardsNoteOffline', 'source-failed': 'cardsNoteSourceFailed' };

type OnChoose = (card: Card, qid: string | null) => void;

/** `bodiesAfterPaint`: the first frame shows every card's summary, the collapsed bodies follow once it is painted. */
export function Cards({
  result,
  onChoose,
  bodiesAfterPaint = false,
  maxKey,
  openKey = null,
  unsureNames = [],
}: {
  result: CardsResult;
  /** Names the recognizer was unsure of (the analysis's `unsure`): those with no card are named on the same line. */
  unsureNames?: readonly string[];
  onChoose?: OnChoose;
  bodiesAfterPaint?: boolean;
  maxKey?: number;
  /** A card to show open (and its group with it), focused once: "Open the full card" from the page. */
  openKey?: string | null;
}) {
  const painted = useAfterPaint();
  const bodies = !bodiesAfterPaint || painted;
  const groups = groupCards(result.cards, { maxKey });
  const alsoMentioned = alsoMentionedNames(groups, result.cards, unsureNames);
  const list = (cards: Card[]) =>
    cards.map((card) => (
      <EntityCard card={card} key={card.key} body={bodies} onChoose={onChoose} open={card.key === openKey} />
    ));
  const holds = (cards: Card[]) => cards.some((c) => c.key === openKey);
  const focused = useRef(false);
  useLayoutEffect(() => {
    if (!openKey || focused.current) return;
    const summary = document.querySelector<HTMLElement>(`details[data-key="${CSS.escape(openKey)}"] > summary`);
    if (!summary) return;
    focused.current = true;
    summary.focus();
  });
  return (
    <section class="cards" aria-labelledby="cards-heading" data-cards-status={result.status}>
      {/* Element Timing: bench:cards reads when the first group was painted. */}
      <h2 id="cards-heading" elementtiming="backstory-cards">
        {t('popupEntitiesHeading')}
      </h2>
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
      <div class="card-group" data-type="cast">
        {list(groups.key)}
      </div>
      {groups.morePeople.length > 0 && (
        <Expander
          class="card-group"
          label={tn('morePeople', { count: groups.morePeople.length })}
          open={holds(groups.morePeople)}
        >
          {() => list(groups.morePeople)}
        </Expander>
      )}
      {groups.places.length > 0 && (
        <Expander
          class="card-group places"
          label={tn('morePlaces', { count: groups.places.length })}
          open={holds(groups.places)}
        >
          {() => list(groups.places)}
        </Expander>
      )}
      {groups.namedEvents.length > 0 && (
        <Expander
          class="card-group named-events"
          label={tn('moreNamedEvents', { count: groups.namedEvents.length })}
          open={holds(groups.namedEvents)}
        >
          {() => list(groups.namedEvents)}
        </Expander>
      )}
      {alsoMentioned.length > 0 && (
        <p class="also-mentioned">
          <span class="also-mentioned-label">{t('cardsAlsoMentioned')}</span>{' '}
          {alsoMentioned.map((name, i) => [i > 0 && ' · ', <bdi key={name}>{name}</bdi>])}
        </p>
      )}
      {result.publisher && (
        <Expander class="card-group publisher-card" label={t('cardsPublisherNamed', [result.publisher.title])}>
          {() => <EntityCard card={result.publisher!} body />}
        </Expander>
      )}
    </section>
  );
}
