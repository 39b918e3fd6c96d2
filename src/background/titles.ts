import { t } from '../shared/i18n';
import { tn } from '../shared/plural';
import type { TabState } from '../shared/tab-state';

/** The toolbar button's tooltip for a tab's state. */
export function titleFor(state: TabState | null): string {
  switch (state?.status) {
    case 'ready': {
      const count = state.analysis?.entities.filter((e) => e.type !== 'date').length ?? 0;
      return tn('actionTitleReady', { count });
    }
    case 'analyzing':
      return t('actionTitleAnalyzing');
    case 'error':
      return t('actionTitleError');
    default:
      return t('actionTitle');
  }
}
