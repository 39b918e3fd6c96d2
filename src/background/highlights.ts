/**
 * Keeps the in-page highlights in step with tab states and settings: when a tab's analysis is ready and highlights
 * are on (and the site is not excluded) its content script gets the mentions to underline; otherwise it is told to
 * remove them. Free of `browser.*`: index.ts passes the sender.
 */
import type { Payload } from '../shared/protocol';
import { isExcluded, type Settings } from '../shared/settings';
import type { TabState } from '../shared/tab-state';

export type HighlightsPayload = Payload<'content/highlights'>;

export interface HighlightSyncDeps {
  settings(): Promise<Settings>;
  send(tabId: number, payload: HighlightsPayload): Promise<unknown>;
  log(message: string, error?: unknown): void;
}

/** What the hover card shows from each entity's card: its one line and its photo, by card key. */
function cardLines(state: TabState): Map<string, { summary: string | null; image: string | null }> {
  const out = new Map<string, { summary: string | null; image: string | null }>();
  for (const card of state.cards?.cards ?? []) {
    const image = card.image?.src;
    out.set(card.key, {
      summary: typeof card.description === 'string' ? card.description : null,
      image: typeof image === 'string' && image.startsWith('https://') ? image : null,
    });
  }
  return out;
}

export function highlightsFor(state: TabState | null, settings: Settings): HighlightsPayload {
  const { highlights } = settings;
  if (state?.status !== 'ready' || !state.article || !highlights.enabled || isExcluded(settings, state.pageUrl)) {
    return { enabled: false, text: '', entities: [] };
  }
  const lines = cardLines(state);
  const types = highlights.types as Record<string, boolean>;
  const text = state.article.text;
  const entities = (state.analysis?.entities ?? [])
    .filter((e) => types[e.type] === true)
    .map((e) => ({
      type: e.type,
      name: e.name,
      role: e.role ?? null,
      summary: lines.get(`${e.type}:${e.name}`)?.summary ?? null,
      image: lines.get(`${e.type}:${e.name}`)?.image ?? null,
      key: lines.has(`${e.type}:${e.name}`) ? `${e.type}:${e.name}` : null,
      mentions: e.mentions
        .filter((m) => m.start >= 0 && m.end > m.start && m.end <= text.length)
        .map((m) => ({ start: m.start, end: m.end })),
    }))
    .filter((e) => e.mentions.length);
  return { enabled: true, text, entities };
}

export function createHighlightSync(deps: HighlightSyncDeps) {
  // What each tab was last sent, so repeated writes of the same state (cards arriving, badges) send nothing new.
  const sent = new Map<number, string>();

  async function push(tabId: number, state: TabState | null, settings: Settings): Promise<void> {
    const payload = highlightsFor(state, settings);
    const signature = payload.enabled ? `${payload.text.length}:${JSON.stringify(payload.entities)}` : 'off';
    // Unknown tabs (e.g. after a worker restart) are always told, so a stale drawing never outlives a toggle.
    if (sent.get(tabId) === signature) return;
    sent.set(tabId, signature);
    try {
      await deps.send(tabId, payload);
    } catch (error) {
      // No content script (the tab navigated, or a page we cannot reach): nothing is drawn there.
      sent.delete(tabId);
      deps.log(`highlights not delivered to tab ${tabId}`, error);
    }
  }

  /** The tab went away or its data was cleared: draw nothing there and forget what it was sent. */
  async function tabCleared(tabId: number): Promise<void> {
    if (sent.get(tabId) === 'off') return;
    sent.set(tabId, 'off');
    await deps.send(tabId, { enabled: false, text: '', entities: [] }).catch(() => {});
  }

  return {
    tabCleared,
    /** The tab was closed. */
    forget: (tabId: number) => void sent.delete(tabId),
    async stateChanged(tabId: number, state: TabState | null): Promise<void> {
      // No state: the tab navigated (a single-page app keeps its document, so old underlines must go).
      if (!state) return tabCleared(tabId);
      await push(tabId, state, await deps.settings());
    },
    async settingsChanged(states: TabState[]): Promise<void> {
      const settings = await deps.settings();
      await Promise.all(states.map((s) => push(s.tabId, s, settings)));
    },
  };
}
