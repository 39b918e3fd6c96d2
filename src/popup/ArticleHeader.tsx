import { t } from '../shared/i18n';
import type { Article, EventFrame } from '../shared/types';
import { formatArticleDate, hostOf } from './format';
import { StorySummary } from './StorySummary';

export function ArticleHeader({ article, events }: { article: Article; events?: EventFrame[] | null }) {
  const date = formatArticleDate(article.publishedAt);
  const publisher = article.publisher || hostOf(article.url);
  return (
    <header class="article-header">
      <h1 class="article-title">{article.title}</h1>
      {article.sharedTitle && <p class="shared-title">{t('popupSharedAs', [article.sharedTitle])}</p>}
      <p class="article-meta">
        {publisher && <span class="publisher">{publisher}</span>}
        {date && <time dateTime={article.publishedAt ?? undefined}>{date}</time>}
        {article.authors.length > 0 && <span class="authors">{t('popupBy', [article.authors.join(', ')])}</span>}
      </p>
      <StorySummary events={events} standfirst={article.standfirst} />
    </header>
  );
}
