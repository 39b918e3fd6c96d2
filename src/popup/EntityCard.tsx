/**
 * One background card: who or what it is (as of the article's date), what this article says about it, where the
 * facts come from, and "Not this one?". Everything is rendered as text; URLs were checked to be http(s) where the
 * data entered.
 */
import { useRef, useState } from 'preact/hooks';
import type { Card } from '../shared/cards';
import { t } from '../shared/i18n';
import { CopyCard } from './CopyCard';
import { factLabelKey } from './fact-labels';
import { formatArticleDate, formatCoordinates, mentionsLabel } from './format';

const NOTES: Record<string, string> = {
  offline: 'cardNoteOffline',
  'source-failed': 'cardNoteSourceFailed',
  'nil-no-match': 'cardNoteNoMatch',
  'nil-ambiguous': 'cardNoteAmbiguous',
  'nil-reader': 'cardNoteReader',
};
const TEXT_LICENCE = 'https://creativecommons.org/licenses/by-sa/4.0/';

export interface CardProps {
  card: Card;
  open?: boolean;
  /**
   * False: the collapsed card's body is left out (the popup paints the summaries first and adds the bodies a frame
   * later); it is rendered at once when the card is opened.
   */
  body?: boolean;
  /** The reader picked another candidate (a QID) or none (null). Absent: no "Not this one?" (e.g. in previews). */
  onChoose?: (card: Card, qid: string | null) => void;
}

export function EntityCard({ card, open = false, body = true, onChoose }: CardProps) {
  const [choosing, setChoosing] = useState(false);
  const [opened, setOpened] = useState(false);
  const summary = useRef<HTMLElement>(null);
  // The alternatives close on a pick: focus goes back to the card (the App keeps it there when the card re-renders).
  const choose = (qid: string | null) => {
    setChoosing(false);
    summary.current?.focus();
    onChoose?.(card, qid);
  };
  const asOf = formatArticleDate(card.asOf);
  const linked = card.status === 'linked';
  return (
    <details
      class="card"
      data-status={card.status}
      data-type={card.type}
      data-qid={card.qid ?? undefined}
      data-key={card.key}
      open={open}
      onToggle={() => setOpened(true)}
    >
      <summary class="card-summary" ref={summary}>
        <span class="card-heading">
          <span class="card-title">{card.title}</span>
          {card.description && (
            <span class="card-description" lang={card.lang ?? undefined}>
              {card.description}
            </span>
          )}
        </span>
        {/* After the name in reading order (a screen reader says who before the picture); drawn first by CSS. */}
        {card.image && (
          <img
            class="card-image"
            src={card.image.src}
            alt={t('cardImageAlt', [card.name])}
            width={40}
            height={40}
            loading="lazy"
            referrerpolicy="no-referrer"
          />
        )}
      </summary>
      {(body || open || opened) && (
        <div class="card-body">
          {card.note && NOTES[card.note] && (
            <p class="card-note" role="note">
              {t(NOTES[card.note]!)}
            </p>
          )}
          {card.metonym && <p class="card-metonym">{t('cardMetonym')}</p>}
          {card.summary && (
            <p class="card-extract" lang={card.lang ?? undefined}>
              {card.summary}
            </p>
          )}
          {(card.facts.length > 0 || card.positions.length > 0) && (
            <dl class="card-facts">
              {card.facts.map((fact) => (
                <div class="card-fact" data-key={fact.key} key={fact.key}>
                  <dt>{t(factLabelKey(fact.key))}</dt>
                  <dd>{fact.value}</dd>
                </div>
              ))}
              {card.positions.length > 0 && (
                <div class="card-fact" data-key="positions">
                  <dt>{t('factPositions')}</dt>
                  <dd>
                    <ul class="card-positions">
                      {card.positions.map((p) => (
                        <li class={p.current ? 'current' : 'former'} key={p.text}>
                          {p.text}
                        </li>
                      ))}
                    </ul>
                  </dd>
                </div>
              )}
            </dl>
          )}
          {linked && asOf && <p class="card-asof">{t('cardAsOf', [asOf])}</p>}
          {card.coordinates && (
            <p class="card-coordinates">{formatCoordinates(card.coordinates.lat, card.coordinates.lon)}</p>
          )}
          <InArticle card={card} />
          {linked && <Sources card={card} />}
          <CopyCard card={card} />
          {onChoose && card.alternatives.length > 0 && (
            <div class="card-choose">
              <button type="button" class="link-button" aria-expanded={choosing} onClick={() => setChoosing(!choosing)}>
                {linked ? t('cardNotThisOne') : t('cardPickOne')}
              </button>
              {choosing && (
                <ul class="card-alternatives">
                  {card.alternatives.map((a) => (
                    <li key={a.qid}>
                      <button type="button" class="link-button" data-qid={a.qid} onClick={() => choose(a.qid)}>
                        {a.label}
                        {a.description ? ` — ${a.description}` : ''}
                      </button>
                    </li>
                  ))}
                  {linked && (
                    <li>
                      <button type="button" class="link-button" data-qid="" onClick={() => choose(null)}>
                        {t('cardNoneOfThese')}
                      </button>
                    </li>
                  )}
                </ul>
              )}
            </div>
          )}
        </div>
      )}
    </details>
  );
}

function InArticle({ card }: { card: Card }) {
  const { role, mentionCount, quotes, firstMention } = card.inArticle;
  return (
    <section class="card-in-article">
      <h3>{t('cardInArticle')}</h3>
      <p class="card-in-article-meta">
        {role && <span class="card-role">{role}</span>}
        <span class="card-mentions">{mentionsLabel(mentionCount)}</span>
      </p>
      {firstMention && (card.status !== 'linked' || !role) && <p class="card-first-mention">{firstMention}</p>}
      {quotes.length > 0 && (
        <ul class="card-quotes">
          {quotes.map((q) => (
            <li key={q}>
              <q>{q}</q>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Sources({ card }: { card: Card }) {
  const image = card.image;
  return (
    <footer class="card-sources">
      <p class="card-links">
        {card.wikipediaUrl && (
          <a href={card.wikipediaUrl} target="_blank" rel="noopener noreferrer">
            {t('cardWikipedia')}
          </a>
        )}
        {card.wikidataUrl && (
          <a href={card.wikidataUrl} target="_blank" rel="noopener noreferrer">
            {t('cardWikidata')} ({card.qid})
          </a>
        )}
      </p>
      <p class="card-attribution">
        {card.summary && (
          <span>
            {t('cardTextFrom')}{' '}
            <a href={TEXT_LICENCE} target="_blank" rel="noopener noreferrer license">
              CC BY-SA 4.0
            </a>
            .{' '}
          </span>
        )}
        {image && (
          <span class="card-image-credit">
            {t('cardImage')}{' '}
            {image.pageUrl ? (
              <a href={image.pageUrl} target="_blank" rel="noopener noreferrer">
                {image.artist ?? t('cardImageCommons')}
              </a>
            ) : (
              (image.artist ?? t('cardImageCommons'))
            )}
            {image.license && (
              <>
                ,{' '}
                {image.licenseUrl ? (
                  <a href={image.licenseUrl} target="_blank" rel="noopener noreferrer license">
                    {image.license}
                  </a>
                ) : (
                  image.license
                )}
              </>
            )}
          </span>
        )}
      </p>
    </footer>
  );
}
