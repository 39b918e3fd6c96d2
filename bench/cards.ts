/**
 * `npm run bench:cards`: background cards for the seed article against the loopback fake Wikimedia API.
 *   cold   entities → cards with an empty cache (target: ready within 1.5 s of page load; NER time printed apart)
 *   warm   the same article again, every answer cached
 *   paint  the popup's cards section rendered from a cached result (target: under 100 ms)
 * Each at loopback speed and with a simulated round trip (BENCH_RTT_MS, default 60 ms) added to every request.
 * Then the same in the built extension in Chromium (bench/cards-browser.ts; BENCH_BROWSER=0 skips it): per-stage
 * times from navigation start to cards ready, with the service worker awake and woken by the page, and the popup's
 * paint of cached cards, as a tab page and as the toolbar popup opened by chrome.action.openPopup(); p50/p95 over BENCH_BROWSER_RUNS fresh profiles (default 5). BENCH_COMPARE_DIST=<dir> runs
 * another build (e.g. the previous commit's) in turn with this one and prints the paired differences.
 * Peer: the naive linker most tools use, one search + one entity + one summary request per name, in sequence,
 * no cache (what wikipedia-preview-style per-link lookups amount to), run on the same server in the same run.
 */
import 'fake-indexeddb/auto';
import { existsSync, readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { createCache, idbEntryStore } from '../src/background/cache/cache';
import { createChoices, idbChoiceStore } from '../src/background/cache/choices';
import { openCardsDb } from '../src/background/cache/db';
import { createCardService } from '../src/background/cards/card-service';
import { normalizeEntities, normalizeSearch, normalizeQuery } from '../src/pipeline/link';
import type { CardsResult } from '../src/shared/cards';
import { recognize } from '../src/pipeline/recognize';
import { DEFAULT_SETTINGS, type Settings } from '../src/shared/settings';
import { startFixtureServer } from '../tests/support/fixture-server';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const RTT = Number(process.env.BENCH_RTT_MS ?? 60);
const SEED = new URL('../../shared/seed/article.txt', import.meta.url);
if (!existsSync(SEED)) {
  console.log(`bench:cards: the seed article (${SEED.pathname}) is absent; skipping.`);
  process.exit(0);
}
const text = readFileSync(SEED, 'utf8');
const publishedAt = '2022-09-07T12:26:00-04:00';

const server = await startFixtureServer();
const settings: Settings = {
  ...DEFAULT_SETTINGS,
  endpoints: {
    ...DEFAULT_SETTINGS.endpoints,
    wikipedia: `${server.origin}/api/wikipedia/{lang}/api.php`,
    wikidata: `${server.origin}/api/wikidata/api.php`,
    commonsFile: `${server.origin}/api/commons/Special:FilePath/`,
  },
};

const nerStart = performance.now();
const analysis = recognize(text, {
  publishedAt,
  title: 'Putin, Xi to meet next week for first face-to-face talks since Ukraine war began',
});
const nerMs = performance.now() - nerStart;
const entities = analysis.entities;
const linkable = entities.filter((e) => e.type !== 'date');

const delayed = (rtt: number) => async (url: string, init?: RequestInit) => {
  if (rtt) await new Promise((r) => setTimeout(r, rtt));
  return fetch(url, init);
};

let dbCounter = 0;
function makeService(rtt: number) {
  const db = openCardsDb(`bench-cards-${process.pid}-${++dbCounter}`);
  const cache = createCache(idbEntryStore(db));
  let requests = 0;
  const fetchImpl = delayed(rtt);
  const svc = createCardService({
    fetch: (u, i) => {
      requests++;
      return fetchImpl(u, i);
    },
    cache,
    choices: createChoices(idbChoiceStore(db)),
    now: () => Date.now(),
    online: () => true,
    log: () => {},
  });
  return { svc, requests: () => requests };
}

const request = () => ({
  article: { title: 'Putin, Xi to meet', publishedAt, publisher: 'Fox News', text },
  entities,
  site: 'foxnews.com',
  settings,
});
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function ours(rtt: number) {
  const cold: number[] = [];
  const warm: number[] = [];
  let requests = 0;
  let last: CardsResult | null = null;
  for (let i = 0; i < RUNS; i++) {
    const { svc, requests: count } = makeService(rtt);
    let t = performance.now();
    last = await svc.build(request());
    cold.push(performance.now() - t);
    requests = count();
    t = performance.now();
    await svc.build(request());
    warm.push(performance.now() - t);
  }
  return { cold: median(cold), warm: median(warm), requests, last: last! };
}

/** The naive peer: per name, search → entity → summary, one after another, nothing cached or batched. */
async function peer(rtt: number) {
  const times: number[] = [];
  let requests = 0;
  let linked = 0;
  const get = async (url: string) => {
    requests++;
    return (await delayed(rtt)(url)).json() as Promise<unknown>;
  };
  for (let i = 0; i < Math.min(RUNS, 3); i++) {
    requests = 0;
    linked = 0;
    const t = performance.now();
    for (const e of linkable) {
      const hits = normalizeSearch(
        await get(
          `${settings.endpoints.wikidata}?action=wbsearchentities&format=json&language=en&type=item&search=${encodeURIComponent(e.name)}`,
        ),
      );
      if (!hits[0]) continue;
      const [entity] = normalizeEntities(
        await get(`${settings.endpoints.wikidata}?action=wbgetentities&format=json&ids=${hits[0].id}`),
      ).entities;
      if (!entity?.wikiTitle) continue;
      normalizeQuery(
        await get(
          `${settings.endpoints.wikipedia.replace('{lang}', 'en')}?action=query&format=json&formatversion=2&prop=extracts|pageimages&exintro=1&explaintext=1&titles=${encodeURIComponent(entity.wikiTitle)}`,
        ),
        [entity.wikiTitle],
      );
      linked++;
    }
    times.push(performance.now() - t);
  }
  return { cold: median(times), requests, linked };
}

async function paint(result: CardsResult) {
  const window = new Window({ url: 'chrome-extension://bench/src/popup/index.html' });
  Object.assign(globalThis, {
    window,
    document: window.document,
    navigator: window.navigator,
    requestAnimationFrame: window.requestAnimationFrame.bind(window),
    cancelAnimationFrame: window.cancelAnimationFrame.bind(window),
  });
  const { render, h } = await import('preact');
  const { Cards } = await import('../src/popup/Cards');
  const times: number[] = [];
  for (let i = 0; i < RUNS * 4; i++) {
    const root = window.document.createElement('div');
    window.document.body.appendChild(root);
    // From cache: the popup gets the stored state (structured-cloned like storage.session does) and renders it.
    const t = performance.now();
    const stored = structuredClone(result);
    render(h(Cards, { result: stored, onChoose: () => {} }), root as unknown as Element);
    times.push(performance.now() - t);
    root.remove();
  }
  await window.happyDOM.close();
  const sorted = [...times].sort((a, b) => a - b);
  return { median: median(times), p95: sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]! };
}

console.log(
  `Seed article: ${linkable.length} linkable entities from recognize() in ${nerMs.toFixed(0)} ms; ${RUNS} runs, medians.`,
);
for (const rtt of [0, RTT]) {
  const o = await ours(rtt);
  const p = await peer(rtt);
  const linkedOurs = o.last.cards.filter((c) => c.status === 'linked').length;
  const label = rtt ? `+${rtt} ms RTT` : 'loopback';
  console.log(`\n[${label}]`);
  console.log(
    `  ours  cold ${o.cold.toFixed(0).padStart(5)} ms  warm ${o.warm.toFixed(1).padStart(6)} ms  requests ${String(o.requests).padStart(3)}  linked ${linkedOurs}/${o.last.cards.length}  (target cold+NER < 1500 ms: ${o.cold + nerMs < 1500 ? 'met' : 'MISSED'})`,
  );
  console.log(
    `  peer  cold ${p.cold.toFixed(0).padStart(5)} ms  warm    n/a     requests ${String(p.requests).padStart(3)}  linked ${p.linked}/${linkable.length} (first search hit, no NIL)`,
  );
  if (!rtt) {
    const paintMs = await paint(o.last);
    console.log(
      `  popup paint of ${o.last.cards.length} cached cards: median ${paintMs.median.toFixed(1)} ms, p95 ${paintMs.p95.toFixed(1)} ms (target p95 < 100 ms: ${paintMs.p95 < 100 ? 'met' : 'MISSED'})`,
    );
  }
}
await server.close();

if (process.env.BENCH_BROWSER !== '0') {
  const { browserBreakdown } = await import('./cards-browser');
  await browserBreakdown({ runs: Number(process.env.BENCH_BROWSER_RUNS ?? 5) });
}
