/** Whether a read may enter the history: never from private windows, opted-out sites, or with history off. */
import { isExcluded, type Settings } from '../../shared/settings';

export type RecordDecision =
  | { record: true }
  | { record: false; why: 'incognito' | 'disabled' | 'retention-zero' | 'excluded-site' | 'not-http' };

export function shouldRecordHistory(
  url: string,
  settings: Settings,
  tab: { incognito?: boolean | null },
): RecordDecision {
  // Unknown means private: a state restored after a worker restart may have lost the flag.
  if (tab.incognito !== false) return { record: false, why: 'incognito' };
  if (!settings.sources.history) return { record: false, why: 'disabled' };
  if (settings.historyRetentionDays <= 0) return { record: false, why: 'retention-zero' };
  if (!/^https?:\/\//i.test(url)) return { record: false, why: 'not-http' };
  if (isExcluded(settings, url)) return { record: false, why: 'excluded-site' };
  return { record: true };
}
