/**
 * A card as plain text for the clipboard, with its attribution: Wikipedia text is CC BY-SA, which asks for the
 * source, the licence and a link; in-article cards name the article as their only source.
 */
import type { Card } from '../shared/cards';
import { t } from '../shared/i18n';
import { factLabelKey } from './fact-labels';

export const TEXT_LICENCE_URL = 'https://creativecommons.org/licenses/by-sa/4.0/';

export function cardText(card: Card): string {
  const lines: string[] = [];
  lines.push(card.description ? `${card.title} — ${card.description}` : card.title);
  if (card.summary) lines.push(card.summary);
  const current = card.positions.filter((p) => p.current).map((p) => p.text);
  if (current.length) lines.push(current.join('; '));
  for (const fact of card.facts) lines.push(`${t(factLabelKey(fact.key))}: ${fact.value}`);
  const { role, quotes } = card.inArticle;
  if (role) lines.push(t('copyInArticleRole', [role]));
  for (const q of quotes.slice(0, 2)) lines.push(`“${q}”`);
  if (card.asOf && card.status === 'linked') lines.push(t('copyAsOf', [card.asOf]));
  lines.push('');
  const sources: string[] = [];
  if (card.status === 'linked' && card.wikipediaUrl)
    sources.push(t('copySourceWikipedia', [card.wikipediaUrl, TEXT_LICENCE_URL]));
  if (card.status === 'linked' && card.wikidataUrl) sources.push(t('copySourceWikidata', [card.wikidataUrl]));
  if (card.image?.pageUrl) {
    sources.push(
      t('copySourceImage', [
        [card.image.artist, card.image.license].filter(Boolean).join(', ') || 'Wikimedia Commons',
        card.image.pageUrl,
      ]),
    );
  }
  if (!sources.length) sources.push(t('copySourceArticle'));
  lines.push(...sources, t('copyVia'));
  return lines.join('\n');
}
