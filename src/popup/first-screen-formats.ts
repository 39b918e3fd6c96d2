/**
 * The Intl formatters the popup's first screen uses, built while its stored state is on the way (mount.tsx), so the
 * first render finds them made. Each is built once per page (intl-format.ts), and the first of a kind loads its
 * locale's patterns: in a CPU profile of the toolbar popup, building date formats and the first date range took
 * about a tenth of the first render's script time. The story line's list format is not here: the costliest, it is
 * built in the module's own task (mount.tsx), since this runs from a timer that can lose the race with the state.
 */
import { tn } from '../shared/plural';
import { formatWhen } from '../shared/value-range';
import { gapText, tickText } from './ClockAxis';
import { formatArticleDate } from './format';

const DAY = '2000-01-01';

export function warmFirstScreenFormats(): void {
  try {
    // The header's date and story line ("Sep 15–16, 2022"), the clock's stops, ticks and cuts ("≈ 28y").
    formatArticleDate(DAY);
    formatWhen(`${DAY}/2000-01-02`);
    formatWhen('2000-01/2000-02');
    tickText(DAY, { from: DAY, to: '2001-01-01' });
    tickText(DAY, { from: DAY, to: DAY });
    gapText(400);
    gapText(40);
    // A count message: the catalogue language's plural rules and number format, shared by every count.
    tn('navCount', { count: 1 });
  } catch {
    // Only a head start: the render builds whatever is missing, and reports what fails where it is shown.
  }
}
