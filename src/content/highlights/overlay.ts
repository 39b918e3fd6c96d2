/**
 * Draws underlines under located mentions in a closed shadow root laid over the page: the article's nodes are never
 * changed, the host is absolutely positioned with no size (no layout shift) and the underlines ignore the pointer,
 * so links and selection under them work as before. Hover is found by hit-testing the pointer against the
 * mentions' boxes; keyboard users get one button per entity, reached by Tab from the page's control before the name (focus-stops.ts, focus-relay.ts). On long pages only the mentions near
 * the viewport are laid out, the rest as they scroll near (lazy-layout.ts).
 */
import { relayFocus } from './focus-relay';
import { addFocusStops } from './focus-stops';
import { buildHost } from './host';
import { createLazyLayout } from './lazy-layout';
import { listen } from './listen';
import type { LocatedMention } from './locate';
import {
  DEFAULT_OVERLAY_OPTIONS,
  type OverlayEntity,
  type OverlayOptions,
  type OverlayStrings,
  type Parts,
} from './parts';

export type { OverlayEntity, OverlayOptions, OverlayStrings } from './parts';

export interface Overlay {
  /** Mentions underlined (those near the viewport now, the others as they come near). */
  count: number;
  remove(): void;
}

export function drawOverlay(
  doc: Document,
  mentions: LocatedMention[],
  entities: OverlayEntity[],
  strings: OverlayStrings,
  options: Partial<OverlayOptions> = {},
  openCard: (key: string) => void = () => {},
): Overlay {
  const { host, root, layer, card } = buildHost(doc, strings);
  const parts: Parts = {
    doc,
    win: doc.defaultView!,
    opts: { ...DEFAULT_OVERLAY_OPTIONS, ...options },
    entities,
    strings,
    host,
    root,
    layer,
    card,
    drawn: mentions.map((mention) => ({ mention, lines: [], boxes: [], fresh: false })),
    near: new Set(),
    focusables: new Map(),
    stops: [],
    openCard,
    shown: null,
    hideTimer: undefined,
  };
  // The host goes last in <html>, outside <body>, so no page selector like `body > :last-child` matches it.
  doc.documentElement.append(host);
  const lazy = createLazyLayout(parts);
  addFocusStops(parts, lazy.now);
  const stopRelay = relayFocus(doc, host, parts.stops);
  const stopListening = listen(parts, lazy.changed);
  return {
    count: parts.drawn.length,
    remove() {
      lazy.stop();
      stopListening();
      stopRelay();
      clearTimeout(parts.hideTimer);
      host.remove();
    },
  };
}
