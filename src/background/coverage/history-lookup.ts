/** "You read before": the reader's own history on this device, as one more coverage source. */
import type { HistorySummary } from '../../shared/coverage';
import type { Settings } from '../../shared/settings';
import type { Article } from '../../shared/types';
import type { HistoryEntity } from '../history/db';
import type { HistoryStore } from '../history/history-store';
import type { Outcome } from './cached-source';

export interface HistoryLookup {
  history: HistoryStore | null;
  /** The on-device history answers in milliseconds; one that has not answered by then is stuck (a blocked database). */
  timeoutMs: number;
  log(message: string, error?: unknown): void;
}

export async function historyFor(
  { history, timeoutMs, log }: HistoryLookup,
  article: Pick<Article, 'url'>,
  settings: Settings,
  entities: HistoryEntity[],
): Promise<Outcome<HistorySummary>> {
  if (!settings.sources.history) return { status: { state: 'disabled', count: 0 }, value: null };
  if (!history || settings.historyRetentionDays <= 0) return { status: { state: 'skipped', count: 0 }, value: null };
  try {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stuck = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer in ${timeoutMs} ms`)), timeoutMs);
    });
    const lookup = history.related({ url: article.url, entities }, { retentionDays: settings.historyRetentionDays });
    // A stuck database must not keep the whole section loading: the other sources still show.
    const summary = await Promise.race([lookup, stuck]).finally(() => clearTimeout(timer));
    return { status: { state: summary.items.length ? 'ok' : 'empty', count: summary.items.length }, value: summary };
  } catch (error) {
    log('history lookup failed', error);
    return { status: { state: 'unavailable', count: 0 }, value: null };
  }
}
