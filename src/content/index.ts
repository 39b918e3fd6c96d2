/**
 * Injected into every http(s) top frame at document_idle (after start.ts), so it stays tiny: detect, and only on
 * article pages have the background inject the extractor (parts.ts). It never throws into the page, never writes
 * to the DOM, and stops when the extension is reloaded.
 */
import type { Message } from '../shared/protocol';
import { runStepsSliced } from '../pipeline/page/steps';
import { detectPageSteps } from './detect-page';
import { type RuntimeLike, runtime } from './ext';
import type { SlicedExtraction } from './extract-lazy';
import { loadPart } from './parts';
import { pageSlices } from './pause';
import { createScanSchedule } from './scan-schedule';
import { watchUrl } from './watch-url';

async function scan(api: RuntimeLike, force: boolean): Promise<void> {
  // A string test, not a pattern: the first pattern a new renderer runs costs a tenth of a millisecond.
  if (window.top !== window || (location.protocol !== 'https:' && location.protocol !== 'http:')) return;
  const url = location.href;
  // Detection and extraction run in slices between the page's own tasks, so no task of ours holds its thread long.
  const slices = pageSlices();
  const detected = await runStepsSliced(() => detectPageSteps(document, url), slices);
  let detection = detected.value;
  let detectMs = detected.workMs;
  let extracted: SlicedExtraction | null = null;
  let extractLoadMs: number | null = null;
  if (detection.isArticle || force) {
    const t0 = performance.now();
    const part = await loadPart(api, 'extract');
    extractLoadMs = performance.now() - t0;
    // The shape check the score cannot make (a thread, a listing...) comes with the extractor; a forced scan skips it.
    if (!force) {
      const t1 = performance.now();
      detection = part.vetoNotArticleShapes(document, detection);
      detectMs += performance.now() - t1;
    }
    if (detection.isArticle || force) extracted = await part.extractArticleSliced(document, url, slices);
  }
  if (location.href !== url) return; // navigated while we worked: the next scan covers the new page
  const timings = {
    detectMs,
    extractMs: extracted?.workMs ?? null,
    extractLoadMs,
    pauses: detected.pauses + (extracted?.pauses ?? 0),
    longestSliceMs: Math.max(detected.longestSliceMs, extracted?.longestSliceMs ?? 0),
  };
  const message: Message<'page/scanned'> = {
    type: 'page/scanned',
    payload: {
      url,
      detection,
      article: extracted?.article ?? null,
      forced: force,
      timings,
      readCut: extracted?.readCut ?? null,
    },
  };
  await api.sendMessage(message);
}

function safeScan(api: RuntimeLike, force = false): Promise<{ ok: boolean; error?: string }> {
  return scan(api, force).then(
    () => ({ ok: true }),
    (error: unknown) => ({ ok: false, error: String((error as Error)?.message ?? error) }),
  );
}

// Highlights load only when the background sends something to draw (an article, highlights on); the part
// validates the message itself, so valibot stays out of the script every page pays for.
let highlightsWanted = false;
function highlights(
  api: RuntimeLike,
  payload: { enabled?: unknown } | undefined,
): Promise<{ ok: boolean; drawn?: number; error?: string }> {
  if (payload?.enabled !== true && !highlightsWanted) return Promise.resolve({ ok: true, drawn: 0 });
  highlightsWanted = true;
  return loadPart(api, 'highlights').then(
    (m) => m.apply(payload),
    (error: unknown) => ({ ok: false, error: String((error as Error)?.message ?? error) }),
  );
}

function start(): void {
  // Captured by start.ts at document_start, before the page had any markup (ext.ts says why).
  const api = runtime();
  if (!api) return;
  const schedule = createScanSchedule(() => safeScan(api), {
    now: () => performance.now(),
    setTimeout: (fn, ms) => setTimeout(fn, ms),
  });
  api.onMessage.addListener((raw, sender) => {
    // Only the extension itself (no tab: the background) may ask for an extraction.
    if (sender.id !== api.id || sender.tab) return undefined;
    const msg = raw as { type?: unknown; payload?: { force?: unknown; enabled?: unknown } } | null;
    if (msg?.type === 'content/highlights') return highlights(api, msg.payload);
    if (msg?.type !== 'content/extract') return undefined;
    schedule.ran();
    return safeScan(api, msg.payload?.force === true);
  });
  schedule.ran();
  void safeScan(api);
  watchUrl(schedule.changed);
}

try {
  start();
} catch {
  // Never let an error reach the page's console or handlers.
}
