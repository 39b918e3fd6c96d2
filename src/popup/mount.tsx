import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { App } from './App';
import type { PopupApi } from './api';
import { FIRST_STATE_WAIT_MS, type FirstState, within } from './first-state';
import { conjunction } from './story-summary';
import { tabIdFromSearch } from '../shared/popup-address';

/** In the side panel the page outlives the tab: start over for the tab the reader switched to. */
function Root({ api, first }: { api: PopupApi; first: FirstState | null }) {
  const [generation, setGeneration] = useState(0);
  useEffect(
    () =>
      tabIdFromSearch(location.search) !== null
        ? undefined
        : api.onActiveTabChange?.(() => setGeneration((g) => g + 1)),
    [api],
  );
  return <App api={api} key={generation} first={generation === 0 ? first : null} />;
}

/** Renders the popup once the stored state is in (or has taken too long). */
export async function mount(api: PopupApi, first: Promise<FirstState | null>): Promise<void> {
  // Marks for bench:cards: when the interface's code ran, and how long its first render took.
  performance.mark('backstory:popup-code');
  const state = within(first, FIRST_STATE_WAIT_MS);
  // While the state is on its way (the main thread is idle for that round trip): what the first render would
  // otherwise load on the spot.
  conjunction();
  const known = await state;
  performance.mark('backstory:popup-render');
  render(<Root api={api} first={known} />, document.getElementById('app')!);
  document.documentElement.classList.remove('popup-sizing');
  performance.mark('backstory:popup-rendered');
}
