import { describe, expect, it } from 'vitest';
import { summarizeTrace, type TraceEvent } from '../../bench/trace-summary';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const POPUP = 7;
const BROWSER = 1;
const ev = (name: string, tsMs: number, durMs: number | null, pid = POPUP, extra: Partial<TraceEvent> = {}) =>
  ({
    name,
    cat: 'devtools.timeline',
    ph: durMs === null ? 'R' : 'X',
    ts: 1_000_000 + tsMs * 1000,
    ...(durMs === null ? {} : { dur: durMs * 1000 }),
    pid,
    tid: pid,
    ...extra,
  }) as TraceEvent;
const threads: TraceEvent[] = [
  { name: 'thread_name', cat: '__metadata', ph: 'M', ts: 0, pid: POPUP, tid: POPUP, args: { name: 'CrRendererMain' } },
  {
    name: 'thread_name',
    cat: '__metadata',
    ph: 'M',
    ts: 0,
    pid: BROWSER,
    tid: BROWSER,
    args: { name: 'CrBrowserMain' },
  },
];
const navigation = (url: string) =>
  ev('navigationStart', 0, null, POPUP, { cat: 'blink.user_timing', args: { data: { documentLoaderURL: url } } });

describe('summarizeTrace', () => {
  it('names each popup task by its longest known part, beside marks and browser steps', () => {
    const lines = summarizeTrace(
      [
        ...threads,
        navigation(`chrome-extension://${ID}/src/popup/index.html`),
        ev('RunTask', 20, 30),
        ev('RenderFrameImpl::CommitNavigation', 21, 28),
        ev('BlinkScheduler_PerformMicrotaskCheckpoint', 49, 0.5),
        ev('RunTask', 90, 12),
        ev('BlinkScheduler_PerformMicrotaskCheckpoint', 90.5, 11),
        ev('backstory:popup-render', 91, null, POPUP, { cat: 'blink.user_timing' }),
        ev('RunTask', 110, 0.5),
        ev('RenderFrameHostImpl::DidStopLoading', 75, 1, BROWSER),
      ],
      ID,
    );
    expect(lines).toEqual([
      '    0.0  mark navigationStart',
      '   20.0  popup task 30.0 ms: commit: new document, script context',
      '   75.0  browser: load stopped (the popup is shown after it)',
      '   90.0  popup task 12.0 ms: microtasks (script: promise callbacks, the render)',
      '   91.0  mark backstory:popup-render',
    ]);
  });

  it.each([
    ['no navigation at all', []],
    [
      'another extension’s popup',
      [navigation('chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/src/popup/index.html')],
    ],
    ['another page of ours', [navigation(`chrome-extension://${ID}/src/options/index.html`)]],
  ])('says so when the trace has no popup navigation: %s', (_name, events) => {
    expect(summarizeTrace([...threads, ...events], ID)).toEqual(['no navigation of the popup in the trace']);
  });
});
