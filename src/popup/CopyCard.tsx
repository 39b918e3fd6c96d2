import { useState } from 'preact/hooks';
import type { Card } from '../shared/cards';
import { t } from '../shared/i18n';
import { cardText } from './copy-card';

/** "Copy with source": the card as text with its attribution; says when it is done (or why not). */
export function CopyCard({
  card,
  write = (text: string) => navigator.clipboard.writeText(text),
}: {
  card: Card;
  write?: (text: string) => Promise<void>;
}) {
  const [status, setStatus] = useState('');
  return (
    <p class="card-copy">
      <button
        type="button"
        class="link-button"
        onClick={() =>
          void write(cardText(card)).then(
            () => setStatus(t('copyDone')),
            () => setStatus(t('copyFailed')),
          )
        }
      >
        {t('copyCard')}
      </button>{' '}
      <span role="status" class="card-copy-status">
        {status}
      </span>
    </p>
  );
}
