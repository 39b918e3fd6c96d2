/**
 * Related coverage: other outlets' reports (labelled with outlet, country and date), the article's own related
 * links, the reader's earlier reads, and a note naming any source that could not answer. Everything shown came
 * from an API or the reader's history, so it is rendered as text; links open only http(s) URLs.
 */
import type {
  Coverage as CoverageData,
  CoverageItem,
  CoverageSourceId,
  HistorySummary,
  SourceStatus,
} from '../shared/coverage';
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { tn } from '../shared/plural';
import { countrySpread, summarizeCoverage, type CoverageSummary } from './coverage-summary';
import { CoverageSparkline } from './CoverageSparkline';
import { formatArticleDate } from './format';
import './coverage.css';

const SOURCE_NAMES: Partial<Record<CoverageSourceId, string>> = {
  gdelt: 'sourceGdelt',
  googleNews: 'sourceGoogleNews',
  timeline: 'sourceTimeline',
  history: 'sourceHistory',
};
const REASONS: Record<string, string> = {
  timeout: 'reasonTimeout',
  'rate-limited': 'reasonRateLimited',
  http: 'reasonHttp',
  html: 'reasonHtml',
  malformed: 'reasonMalformed',
  network: 'reasonNetwork',
  permission: 'reasonPermission',
};

export function Coverage({
  coverage,
  publisher,
  open: initiallyOpen = false,
}: {
  coverage: CoverageData | null | undefined;
  publisher?: string | null;
  /** The list shown from the start (the summary line opens it otherwise). */
  open?: boolean;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  if (!coverage) return null;
  const { items, timeline, sources, status } = coverage;
  const offline = sources.gdelt?.state === 'offline';
  const summary = summarizeCoverage(items);
  return (
    <section class="coverage" aria-labelledby="coverage-heading" data-status={status}>
      <div class="coverage-head">
        <h2 id="coverage-heading">{t('coverageHeading')}</h2>
        {timeline && <CoverageSparkline timeline={timeline} />}
      </div>
      <SourceNotes sources={sources} />
      {offline && (
        <p class="coverage-note" role="note">
          {t('coverageOffline')}
        </p>
      )}
      {summary ? (
        <button
          type="button"
          class="expander-button coverage-summary"
          aria-expanded={open}
          aria-controls="coverage-list"
          onClick={() => setOpen(!open)}
        >
          {summaryText(summary)}
        </button>
      ) : status === 'loading' ? (
        <p class="coverage-loading" role="status">
          {t('coverageLoading')}
        </p>
      ) : (
        !offline && <p class="empty">{t('coverageEmpty')}</p>
      )}
      <div id="coverage-list" hidden={!!summary && !open}>
        {(!summary || open) && <CoverageList coverage={coverage} publisher={publisher} offline={offline} />}
      </div>
    </section>
  );
}

/** "12 outlets in 8 countries since Sep 5, 2022", leaving out what no report says. */
export function summaryText(summary: CoverageSummary): string {
  const since = formatArticleDate(summary.since);
  if (!summary.countries) return tn('coverageSummaryCountryless', { outlets: summary.outlets });
  const values = { outlets: summary.outlets, countries: summary.countries };
  return since ? tn('coverageSummary', { ...values, since }) : tn('coverageSummaryNoDate', values);
}

function CoverageList({
  coverage,
  publisher,
  offline,
}: {
  coverage: CoverageData;
  publisher?: string | null;
  offline: boolean;
}) {
  const { items, related, history } = coverage;
  return (
    <>
      {items.length > 0 && <CountrySpread items={items} />}
      {items.length > 0 && (
        <ul class="coverage-items">
          {items.map((item) => (
            <Item item={item} key={item.url} />
          ))}
        </ul>
      )}
      {related.length > 0 && (
        <section class="coverage-related" aria-labelledby="coverage-related-heading">
          <h3 id="coverage-related-heading">
            {publisher ? t('coverageFromPublisher', [publisher]) : t('coverageFromArticle')}
          </h3>
          <ul>
            {related.map((item) => (
              <li class="coverage-item" key={item.url}>
                <Link url={item.url}>{item.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <History history={history} />
      {coverage.keywords.length > 0 && !offline && (
        <p class="coverage-query detail">{t('coverageKeywords', [coverage.keywords.join(', ')])}</p>
      )}
    </>
  );
}

/** How many reports came from outlets of each country: a bar per country, the number written beside it. */
function CountrySpread({ items }: { items: CoverageItem[] }) {
  const spread = countrySpread(items);
  if (spread.length < 2) return null;
  const most = spread[0]!.count;
  return (
    <figure class="coverage-spread">
      <figcaption>{t('coverageSpread')}</figcaption>
      <ul>
        {spread.map(({ country, count }) => (
          <li key={country}>
            <span class="spread-country">{country}</span>
            <span class="spread-bar" aria-hidden="true" style={{ width: `${Math.round((count / most) * 100)}%` }} />
            <span class="spread-count">{count}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

function Item({ item }: { item: CoverageItem }) {
  const date = formatArticleDate(item.publishedAt);
  return (
    <li class="coverage-item" data-sources={item.sources.join(' ')}>
      <Link url={item.url}>{item.title}</Link>
      <span class="coverage-meta">
        <span class="coverage-outlet">{item.outlet}</span>
        {item.country && <span class="coverage-country">{item.country}</span>}
        {item.stateFunded && <span class="coverage-state">{t('coverageStateFunded')}</span>}
        {item.owner && <span class="coverage-owner">{tn('coverageOwner', { owner: item.owner })}</span>}
        {date && <time dateTime={item.publishedAt ?? undefined}>{date}</time>}
        {!item.direct && <span class="coverage-via">{t('coverageViaGoogleNews')}</span>}
      </span>
      {item.alsoIn && item.alsoIn.length > 0 && (
        <span class="coverage-also">{t('coverageAlsoIn', [item.alsoIn.join(', ')])}</span>
      )}
    </li>
  );
}

function History({ history }: { history: HistorySummary }) {
  if (!history.items.length) return null;
  return (
    <section class="coverage-history" aria-labelledby="coverage-history-heading">
      <h3 id="coverage-history-heading">{t('historyHeading')}</h3>
      {history.top && (
        <p class="history-summary">{tn('historySummary', { count: history.top.count, name: history.top.name })}</p>
      )}
      <ul>
        {history.items.map((item) => (
          <li class="coverage-item history-item" key={item.url}>
            <Link url={item.url}>{item.title}</Link>
            <span class="coverage-meta">
              {item.publisher && <span class="coverage-outlet">{item.publisher}</span>}
              {item.publishedAt && <time dateTime={item.publishedAt}>{formatArticleDate(item.publishedAt)}</time>}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One line per source that could not answer: which one, why, and whether older results stand in. */
function SourceNotes({ sources }: { sources: CoverageData['sources'] }) {
  const gdeltDown = sources.gdelt?.state === 'unavailable' || sources.gdelt?.state === 'cached';
  const notes = (Object.entries(sources) as [CoverageSourceId, SourceStatus][])
    // The chart comes from GDELT too: one note for both.
    .filter(
      ([id, s]) =>
        SOURCE_NAMES[id] && (s.state === 'unavailable' || s.state === 'cached') && !(id === 'timeline' && gdeltDown),
    )
    .map(([id, s]) => {
      const name = t(SOURCE_NAMES[id]!);
      const reason = t(REASONS[s.reason ?? ''] ?? 'reasonUnknown');
      return s.state === 'cached'
        ? t('coverageSourceCached', [name, reason, formatArticleDate(new Date(s.fetchedAt ?? 0).toISOString()) ?? ''])
        : t('coverageSourceUnavailable', [name, reason]);
    });
  if (sources.gdelt?.reason === 'out-of-range') notes.push(t('coverageOutOfRange'));
  if (!notes.length) return null;
  return (
    <ul class="coverage-notes" role="note">
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}

function Link({ url, children }: { url: string; children: string }) {
  const safe = /^https?:\/\//i.test(url) ? url : undefined;
  return safe ? (
    <a class="coverage-title" href={safe} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  ) : (
    <span class="coverage-title">{children}</span>
  );
}
