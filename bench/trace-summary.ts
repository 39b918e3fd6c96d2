/**
 * Where the toolbar popup's time goes, from a Chromium trace of one open (bench/popup-trace.ts): on one clock, in ms
 * after the popup document's navigation started, the popup's own marks and the steps that decide when its cards are
 * on screen, from the popup's main thread (its tasks over 1 ms, named by their largest known part), the browser's UI
 * thread (the load stop that shows the popup, its window's resizes) and the display compositor (frames shown).
 */

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

/** What a main-thread task is, by the longest of these it contains (trace event name prefix → label). */
const TASK_PARTS: [string, string][] = [
  ['BlinkScheduler_PerformMicrotaskCheckpoint', 'microtasks (script: promise callbacks, the render)'],
  ['RenderFrameImpl::CommitNavigation', 'commit: new document, script context'],
  ['HTMLDocumentParser::ExecuteScriptsWaitingForResources', 'module scripts run'],
  ['v8.produceModuleCache', 'V8 code cache written'],
  ['ProxyMain::SetVisible', 'made visible (popup shown)'],
  ['LayerTreeHost::SetLayerTreeFrameSink', 'compositor frame sink'],
  ['ProxyMain::BeginMainFrame', 'frame: style, layout, paint'],
  ['LocalFrameView::HandleLoadCompleted', 'load completed: layout'],
  ['Document::UpdateStyleAndLayout', 'forced style and layout'],
  ['TimerBase::run', 'timer (script)'],
  ['HTMLDocumentParser', 'HTML parsing'],
  ['ResourceRequestSender', 'resource responses'],
  ['FunctionCall', 'script'],
];
const BROWSER_STEPS: Record<string, string> = {
  'RenderFrameHostImpl::DidStopLoading': 'browser: load stopped (the popup is shown after it)',
  'Widget::OnNativeWidgetSizeChanged': 'browser: a window resized',
  'NavigationRequest::OnResponseStarted': 'browser: page response',
};
const MARKS = new Set(['navigationStart', 'domInteractive', 'domContentLoadedEventEnd', 'loadEventEnd']);
const MIN_TASK_US = 1000;

const threadNames = (events: TraceEvent[]) =>
  new Map(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name')
      .map((e) => [`${e.pid}:${e.tid}`, (e.args as { name: string }).name] as const),
  );

/** The popup document's navigation start (the last one for a popup URL of the extension). */
function popupNavigation(events: TraceEvent[], extensionId: string): TraceEvent | undefined {
  const prefix = `chrome-extension://${extensionId}/src/popup/`;
  return events
    .filter((e) => e.name === 'navigationStart' && JSON.stringify(e.args ?? {}).includes(prefix))
    .sort((a, b) => a.ts - b.ts)
    .at(-1);
}

/** The label of a task: the known part that takes most of it, among the events it contains. */
function taskLabel(inside: TraceEvent[]): string {
  let best: { label: string; dur: number } = { label: 'other', dur: 0 };
  for (const [name, label] of TASK_PARTS)
    for (const e of inside)
      if (e.ph === 'X' && e.name.startsWith(name) && (e.dur ?? 0) > best.dur) best = { label, dur: e.dur ?? 0 };
  return best.label;
}

export function summarizeTrace(events: TraceEvent[], extensionId: string, untilMs = 300): string[] {
  const nav = popupNavigation(events, extensionId);
  if (!nav) return ['no navigation of the popup in the trace'];
  const at = (e: TraceEvent) => (e.ts - nav.ts) / 1000;
  const names = threadNames(events);
  const thread = (e: TraceEvent) => names.get(`${e.pid}:${e.tid}`);
  const window = events.filter((e) => at(e) >= 0 && at(e) <= untilMs);
  const main = window.filter((e) => e.pid === nav.pid && e.tid === nav.tid);
  const rows: [number, string][] = [];
  for (const e of main) {
    if (e.cat.includes('user_timing') && (MARKS.has(e.name) || e.name.startsWith('backstory:')))
      rows.push([at(e), `mark ${e.name}`]);
  }
  const tasks = main.filter((e) => e.ph === 'X' && e.name === 'RunTask');
  for (const task of tasks) {
    if ((task.dur ?? 0) < MIN_TASK_US) continue;
    const end = task.ts + (task.dur ?? 0);
    const inside = main.filter((e) => e.ts >= task.ts && e.ts < end && e !== task);
    rows.push([at(task), `popup task ${((task.dur ?? 0) / 1000).toFixed(1)} ms: ${taskLabel(inside)}`]);
  }
  for (const e of window) {
    const t = thread(e);
    if (t === 'CrBrowserMain' && BROWSER_STEPS[e.name]) rows.push([at(e), BROWSER_STEPS[e.name]!]);
    if (t === 'VizCompositorThread' && e.name === 'Display::FrameDisplayed')
      rows.push([at(e), 'display: a frame shown (any window)']);
  }
  const lines = rows.sort((a, b) => a[0] - b[0]).map(([t, what]) => `${t.toFixed(1).padStart(7)}  ${what}`);
  return lines.filter((line, i) => line !== lines[i - 1]);
}
