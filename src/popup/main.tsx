import browser from 'webextension-polyfill';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { App } from './App';
import { createBrowserApi } from './api';

const api = createBrowserApi(browser);

/** In the side panel the page outlives the tab: start over for the tab the reader switched to. */
function Root() {
  const [generation, setGeneration] = useState(0);
  useEffect(
    () =>
      new URLSearchParams(location.search).has('tabId')
        ? undefined
        : api.onActiveTabChange?.(() => setGeneration((g) => g + 1)),
    [],
  );
  return <App api={api} key={generation} />;
}

render(<Root />, document.getElementById('app')!);
