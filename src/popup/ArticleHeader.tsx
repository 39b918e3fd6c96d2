import { t } from '../shared/i18n';
import type { Article, EventFrame, ReadCut } from '../shared/types';
import { formatArticleDate, hostOf } from './format';
import { StorySummary } from './StorySummary';

export function ArticleHeader({
  article,
  events,
  readCut,
}: {
  article: Article;
  events?: EventFrame[] | null;
  /** Set when the page was too large to read whole: the reader is told the article is its first part only. */
  readCut?: ReadCut | null;
}) {
  const date = formatArticleDate(article.publishedAt);
  const publisher = article.publisher || hostOf(article.url);
  return (
    <header class="article-header">
      {/* The article's language picks the glyphs (Han characters differ between Japanese and Chinese fonts). */}
      <h1 class="article-title" lang={article.lang || undefined}>
        {article.title}
      </h1>
      {article.sharedTitle && <p class="shared-title">{t('popupSharedAs', [article.sharedTitle])}</p>}
      <p class="article-meta">
        {publisher && <span class="publisher">{publisher}</span>}
        {date && <time dateTime={article.publishedAt ?? undefined}>{date}</time>}
        {article.authors.length > 0 && <span class="authors">{t('popupBy', [article.authors.join(', ')])}</span>}
      </p>
      {readCut && (
        <p class="read-cut" role="note">
          {t('popupPageCut', [readCut.keptChars.toLocaleString()])}
        </p>
      )}
      <StorySummary events={events} standfirst={article.standfirst} />
    </header>
  );
}
