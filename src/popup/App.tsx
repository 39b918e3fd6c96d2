import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { afterPaint, useAfterPaint } from './after-paint';
import { t } from '../shared/i18n';
import type { TabState, TabStatus } from '../shared/tab-state';
import type { PopupApi } from './api';
import { ArticleHeader } from './ArticleHeader';
import { Coverage } from './Coverage';
import type { Card } from '../shared/cards';
import { withLinkedEventFacts } from './linked-event-facts';
import { Cards } from './Cards';
import { EntityList } from './EntityList';
import { Events } from './Events';
import { PopupFooter } from './PopupFooter';
import { AccessNotice } from './AccessNotice';
import { SectionNav } from './SectionNav';
import { Skeleton } from './Skeleton';
import { StoryClock } from './StoryClock';
import type { FirstState } from './first-state';

type View =
  | { kind: 'loading' }
  | { kind: 'no-tab' }
  | { kind: 'state'; tabId: number; state: TabState | null }
  | { kind: 'failed'; tabId: number | null; error: string };

/** The popup: one root whose `data-state` says what it shows (tests and styles key off it). */
export function App({ api, first = null }: { api: PopupApi; first?: FirstState | null }) {
  // The stored state read while the popup loaded (main.tsx): the first frame shows it.
  const [view, setView] = useState<View>(first ? { kind: 'state', ...first } : { kind: 'loading' });
  const [busy, setBusy] = useState(false);

  // Layout effect, not effect: Preact runs effects a frame after paint; reading the stored state starts now.
  useLayoutEffect(() => {
    let unsubscribe = () => {};
    let cancelled = false;
    (async () => {
      const tabId = first?.tabId ?? (await api.currentTabId());
      if (cancelled) return;
      if (tabId === null) return setView({ kind: 'no-tab' });
      // A pushed update is the newest state there is; nothing read earlier may replace it.
      let pushed = false;
      unsubscribe = api.subscribe(tabId, (state) => {
        pushed = true;
        setView({ kind: 'state', tabId, state });
      });
      // Paint what is stored at once; the background's answer (which may restart a stalled analysis) follows.
      const peeked = first?.state ?? (await api.peekState?.(tabId).catch(() => null));
      if (peeked && !cancelled)
        setView((v) => (v.kind === 'state' && v.state ? v : { kind: 'state', tabId, state: peeked }));
      // With the stored state on screen, the background (a worker that may have to start) is asked after the paint:
      // its answer renders the popup again, which must not hold back the frame the toolbar popup shows.
      if (peeked) await new Promise<void>((resolve) => afterPaint(resolve));
      const state = await api.getState(tabId);
      // The background's answer is newer than the state read as the popup started (an update may have landed between
      // that read and the subscription), so it replaces it, unless it is empty or a push came first.
      if (!cancelled && !pushed)
        setView((v) => (state || !(v.kind === 'state' && v.state) ? { kind: 'state', tabId, state } : v));
    })().catch(
      (error: unknown) =>
        !cancelled && setView({ kind: 'failed', tabId: null, error: String((error as Error).message ?? error) }),
    );
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [api, first]);

  const analyze = useCallback(
    async (tabId: number) => {
      setBusy(true);
      try {
        const reply = await api.analyze(tabId, true);
        if (!reply.ok) setView({ kind: 'failed', tabId, error: reply.error ?? t('popupError') });
      } catch (error) {
        setView({ kind: 'failed', tabId, error: String((error as Error).message ?? error) });
      } finally {
        setBusy(false);
      }
    },
    [api],
  );

  const choose = useCallback(
    (tabId: number, card: Card, qid: string | null) => void api.chooseCard?.(tabId, card.key, qid).catch(() => {}),
    [api],
  );

  const status = statusOf(view);
  return (
    <main class="popup" data-state={status} aria-busy={status === 'analyzing'}>
      {view.kind === 'state' && view.state?.status === 'ready' && (
        // Once access is granted, the article is read again: the sources refused before answer now.
        <AccessNotice access={api.siteAccess} state={view.state} onGranted={() => void analyze(view.tabId)} />
      )}
      <Body view={view} busy={busy} onAnalyze={analyze} onChoose={choose} openCard={api.openCard ?? null} />
      <PopupFooter api={api} />
    </main>
  );
}

function statusOf(view: View): TabStatus {
  if (view.kind === 'loading') return 'analyzing';
  if (view.kind === 'failed') return 'error';
  if (view.kind === 'no-tab') return 'not-article';
  // No state yet: the content script has not reported (page still loading, or a page we cannot read).
  return view.state?.status ?? 'not-article';
}

type OnChoose = (tabId: number, card: Card, qid: string | null) => void;

function Body({
  view,
  busy,
  onAnalyze,
  onChoose,
  openCard,
}: {
  view: View;
  busy: boolean;
  onAnalyze: (tabId: number) => void;
  onChoose: OnChoose;
  openCard: string | null;
}) {
  if (view.kind === 'loading') return <Analyzing />;
  if (view.kind === 'no-tab') return <p class="message">{t('popupNoTab')}</p>;
  if (view.kind === 'failed') {
    return (
      <section class="message" role="alert">
        <p>{view.error}</p>
        {view.tabId !== null && (
          <button type="button" disabled={busy} onClick={() => onAnalyze(view.tabId!)}>
            {t('popupRetry')}
          </button>
        )}
      </section>
    );
  }
  const { state, tabId } = view;
  switch (state?.status) {
    case 'ready':
      return <Ready state={state} tabId={tabId} onChoose={onChoose} openCard={openCard} />;
    case 'analyzing':
      return (
        <>
          {state.article && <ArticleHeader article={state.article} readCut={state.readCut} />}
          <Analyzing withHeader={!state.article} />
        </>
      );
    case 'error':
      return (
        <>
          {state.article && <ArticleHeader article={state.article} />}
          <section class="message" role="alert">
            <p>{t('popupError')}</p>
            {state.error && <p class="detail">{state.error}</p>}
            <p class="detail">{t(state.article ? 'popupErrorStillWorksArticle' : 'popupErrorStillWorks')}</p>
            <button type="button" disabled={busy} onClick={() => onAnalyze(tabId)}>
              {t('popupRetry')}
            </button>
          </section>
        </>
      );
    default:
      return (
        <section class="message">
          <h1>{t('popupNotArticle')}</h1>
          <p class="detail">{t('popupNotArticleHint')}</p>
          <button type="button" disabled={busy} onClick={() => onAnalyze(tabId)}>
            {t('popupAnalyzeAnyway')}
          </button>
        </section>
      );
  }
}

/**
 * The article's backstory, in the order a reader asks: what is this (title, story line), when (the story clock), who
 * else reports it (one line that opens the list), who is in it (the key cards); everything else one click away.
 * What is below the first screen (the events) follows a frame after the first paint.
 */
function Ready({
  state,
  tabId,
  onChoose,
  openCard,
}: {
  state: TabState;
  tabId: number;
  onChoose: OnChoose;
  openCard: string | null;
}) {
  const below = useAfterPaint();
  const chosen = useRef<string | null>(null);
  // A pick re-renders the card with new data (a new element when it moves): focus stays on it, so the reader goes
  // on from where they were. After every render: cheap, and a pick's answer may come in any later state.
  useLayoutEffect(() => {
    const key = chosen.current;
    if (!key || (document.activeElement && document.activeElement !== document.body)) return;
    document.querySelector<HTMLElement>(`details[data-key="${CSS.escape(key)}"] > summary`)?.focus();
  });
  const entities = state.analysis?.entities ?? [];
  const events = withLinkedEventFacts(state.analysis?.events ?? [], state.cards?.cards);
  const dates = entities.filter((e) => e.type === 'date');
  return (
    <>
      {/* A page detection turned down (a section front analysed anyway) has many stories, not one: no story line. */}
      <ArticleHeader
        article={state.article!}
        events={state.detection?.isArticle === false ? null : events}
        readCut={state.readCut}
      />
      <StoryClock events={events} dates={dates} publishedAt={state.article?.publishedAt} coverage={state.coverage} />
      <Coverage coverage={state.coverage} publisher={state.article?.publisher} />
      <SectionNav state={state} />
      {state.cards ? (
        <Cards
          result={state.cards}
          onChoose={(card, qid) => {
            chosen.current = card.key;
            onChoose(tabId, card, qid);
          }}
          bodiesAfterPaint
          openKey={openCard}
          unsureNames={state.analysis?.unsure?.map((e) => e.name)}
        />
      ) : (
        <EntityList entities={entities.filter((e) => e.type !== 'date')} />
      )}
      {below && <Events events={events} />}
    </>
  );
}

function Analyzing({ withHeader = true }: { withHeader?: boolean }) {
  return <Skeleton withHeader={withHeader} />;
}
