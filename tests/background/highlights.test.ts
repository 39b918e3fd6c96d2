import { describe, expect, it } from 'vitest';
import { createHighlightSync, highlightsFor, type HighlightsPayload } from '../../src/background/highlights';
import * as v from 'valibot';
import { HighlightsSchema } from '../../src/shared/protocol';
import { normalizeSettings } from '../../src/shared/settings';
import type { TabState } from '../../src/shared/tab-state';

const text = 'Putin met Xi in Samarkand. Putin said little.';
const ready = (extra: Partial<TabState> = {}): TabState => ({
  tabId: 3,
  status: 'ready',
  pageUrl: 'https://news.test/a',
  detection: null,
  error: null,
  updatedAt: 0,
  article: {
    title: 'T',
    byline: null,
    authors: [],
    publisher: null,
    publishedAt: null,
    lang: 'en',
    url: 'https://news.test/a',
    text,
    relatedLinks: [],
  },
  analysis: {
    events: [],
    entities: [
      {
        type: 'person',
        name: 'Vladimir Putin',
        role: 'Russian President',
        mentions: [
          { text: 'Putin', start: 0, end: 5 },
          { text: 'Putin', start: 27, end: 32 },
        ],
      },
      {
        type: 'place',
        name: 'Samarkand',
        mentions: [
          { text: 'Samarkand', start: 16, end: 25 },
          { text: 'bad', start: 40, end: 400 },
        ],
      },
      { type: 'date', name: 'Tuesday', mentions: [{ text: 'x', start: 1, end: 2 }] },
    ],
  },
  ...extra,
});
const on = normalizeSettings({ highlights: { enabled: true } });

describe('highlightsFor', () => {
  it('sends the mentions of linkable types with card lines when highlights are on', () => {
    const state = {
      ...ready(),
      cards: { cards: [{ key: 'place:Samarkand', description: 'city in Uzbekistan' }] },
    } as TabState;
    const p = highlightsFor(state, on);
    expect(p.enabled).toBe(true);
    expect(p.text).toBe(text);
    expect(p.entities.map((e) => e.name)).toEqual(['Vladimir Putin', 'Samarkand']);
    expect(p.entities[0]!.role).toBe('Russian President');
    expect(p.entities[1]!.summary).toBe('city in Uzbekistan');
    // An offset beyond the text is dropped, not sent.
    expect(p.entities[1]!.mentions).toEqual([{ start: 16, end: 25 }]);
  });

  it.each([
    ['highlights off', ready(), normalizeSettings({})],
    ['excluded site', ready(), normalizeSettings({ highlights: { enabled: true }, excludedSites: ['news.test'] })],
    ['still analyzing', ready({ status: 'analyzing' }), on],
    ['no state', null, on],
  ])('is off when %s', (_label, state, settings) => expect(highlightsFor(state, settings).enabled).toBe(false));

  it('honours the per-type switches', () => {
    const p = highlightsFor(ready(), normalizeSettings({ highlights: { enabled: true, types: { person: false } } }));
    expect(p.entities.map((e) => e.type)).toEqual(['place']);
  });
});

describe('createHighlightSync', () => {
  function setup(settings = on) {
    const sent: [number, HighlightsPayload][] = [];
    let current = settings;
    const sync = createHighlightSync({
      settings: async () => current,
      send: async (tabId, payload) => void sent.push([tabId, payload]),
      log: () => {},
    });
    return { sync, sent, set: (s: typeof settings) => (current = s) };
  }

  it('sends once per distinct drawing and turns it off when settings change', async () => {
    const { sync, sent, set } = setup();
    await sync.stateChanged(3, ready());
    await sync.stateChanged(3, ready({ updatedAt: 5 }));
    expect(sent).toHaveLength(1);
    expect(sent[0]![1].enabled).toBe(true);
    set(normalizeSettings({}));
    await sync.settingsChanged([ready()]);
    expect(sent.map(([, p]) => p.enabled)).toEqual([true, false]);
  });

  it('tells a tab whose state was cleared (single-page navigation) to remove its drawing', async () => {
    const { sync, sent } = setup();
    await sync.stateChanged(3, ready());
    await sync.stateChanged(3, null);
    await sync.stateChanged(3, null);
    expect(sent.map(([id, p]) => [id, p.enabled])).toEqual([
      [3, true],
      [3, false],
    ]);
  });

  it('keeps going when a tab has no content script', async () => {
    const logs: string[] = [];
    const sync = createHighlightSync({
      settings: async () => on,
      send: async () => {
        throw new Error('no receiver');
      },
      log: (m) => logs.push(m),
    });
    await expect(sync.stateChanged(3, ready())).resolves.toBeUndefined();
    expect(logs).toHaveLength(1);
  });
});

describe('highlights past the message limits', () => {
  const on = normalizeSettings({ highlights: { enabled: true } });
  const many = (names: number, mentions: number): TabState =>
    ready({
      analysis: {
        events: [],
        entities: Array.from({ length: names }, (_, i) => ({
          type: 'person' as const,
          name: `Person ${i}`,
          mentions: Array.from({ length: i === 0 ? mentions : 1 }, () => ({ text: 'Putin', start: 0, end: 5 })),
        })),
      },
    });

  it.each([
    ['600 names', many(600, 1), 500, 1, true],
    ['2,500 mentions of one name', many(2, 2_500), 2, 2_000, true],
    ['500 names with 2,000 mentions (at the limits)', many(500, 2_000), 500, 2_000, false],
  ])('%s: the first names and mentions are sent, marked capped when cut', (_what, state, names, first, capped) => {
    const payload = highlightsFor(state, on);
    expect(v.safeParse(HighlightsSchema, payload).success).toBe(true);
    expect(payload.entities).toHaveLength(names);
    expect(payload.entities![0]!.mentions).toHaveLength(first);
    expect(payload.capped === true).toBe(capped);
  });
});
