import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { TabState } from '../shared/tab-state';
import type { Entity } from '../shared/types';
import { matchEntity } from './match';

export interface LookupApi {
  /** The on-device recognizer's reading of the selection alone. */
  recognize(text: string): Promise<Entity[]>;
  /** The state of the tab the selection was made in, when known. */
  tabState(): Promise<TabState | null>;
  wikipediaLang(): Promise<string>;
}

type View =
  | { kind: 'loading' }
  | { kind: 'done'; inArticle: Entity | null; recognized: Entity | null; summary: string | null; lang: string }
  | { kind: 'failed'; error: string };

const TYPE_KEY: Record<string, string> = {
  person: 'highlightPerson',
  organization: 'highlightOrganization',
  place: 'highlightPlace',
  event: 'highlightEvent',
};

/** "Backstory: look up '…'": what Backstory knows about a selected name, from the article it was read in first. */
export function Lookup({ query, api }: { query: string; api: LookupApi }) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const [state, recognized, lang] = await Promise.all([
        api.tabState().catch(() => null),
        api.recognize(query).catch(() => []),
        api.wikipediaLang(),
      ]);
      const inArticle = matchEntity(query, state?.analysis?.entities ?? []);
      const cards =
        (
          state as {
            cards?: { cards?: { key?: string; description?: string | null; summary?: string | null }[] };
          } | null
        )?.cards?.cards ?? [];
      const card = inArticle ? cards.find((c) => c.key === `${inArticle.type}:${inArticle.name}`) : undefined;
      if (!cancelled)
        setView({
          kind: 'done',
          inArticle,
          recognized: recognized[0] ?? null,
          summary: card?.summary ?? card?.description ?? null,
          lang,
        });
    })().catch(
      (error: unknown) => !cancelled && setView({ kind: 'failed', error: String((error as Error)?.message ?? error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [query, api]);

  return (
    <main class="popup lookup" data-state={view.kind} aria-busy={view.kind === 'loading'}>
      <h1 class="query">{query}</h1>
      {view.kind === 'loading' && (
        <div class="skeleton" role="status">
          <span class="visually-hidden">{t('lookupLoading')}</span>
          <div class="bar" />
          <div class="bar narrow" />
        </div>
      )}
      {view.kind === 'failed' && <p role="alert">{view.error}</p>}
      {view.kind === 'done' && <Known view={view} query={query} />}
    </main>
  );
}

function Known({ view, query }: { view: Extract<View, { kind: 'done' }>; query: string }) {
  const entity = view.inArticle ?? view.recognized;
  const search = `https://${view.lang}.wikipedia.org/w/index.php?${new URLSearchParams({ search: entity?.name ?? query })}`;
  return (
    <>
      <p class="kind">{entity ? t(TYPE_KEY[entity.type] ?? 'lookupUnknownType') : t('lookupUnknownType')}</p>
      {view.inArticle ? (
        <section class="known" aria-labelledby="in-article">
          <h2 id="in-article">{t('lookupInArticle')}</h2>
          {view.inArticle.name !== query && (
            <p>
              <strong>{view.inArticle.name}</strong>
            </p>
          )}
          {view.inArticle.role && <p>{view.inArticle.role}</p>}
          {view.summary && <p class="summary">{view.summary}</p>}
          <p class="detail">{t('highlightMentions', [String(view.inArticle.mentions.length)])}</p>
          {(view.inArticle.quotes ?? []).slice(0, 2).map((q) => (
            <blockquote key={q}>{q}</blockquote>
          ))}
        </section>
      ) : (
        <p class="detail">{t('lookupNotInArticle')}</p>
      )}
      <p>
        <a href={search} target="_blank" rel="noopener noreferrer">
          {t('lookupSearchWikipedia', [entity?.name ?? query])}
        </a>
      </p>
      <p class="detail">{t('lookupPrivacy')}</p>
    </>
  );
}
