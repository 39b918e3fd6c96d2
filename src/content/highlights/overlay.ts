/**
 * Draws underlines under located mentions in a closed shadow root laid over the page: the article's nodes are never
 * changed, the host is absolutely positioned with no size (no layout shift) and the underlines ignore the pointer,
 * so links and selection under them work as before. Hover is found by hit-testing the pointer against the
 * mentions' boxes. Keyboard users reach one button per entity right after the text of its first mention: the
 * button lives in the layer, over the mention, and Tab is relayed there from the page's control before the name
 * (focus-relay.ts), so nothing of ours enters the page's own tree; Enter opens the entity's full card.
 */
import { type RelayStop, relayFocus } from './focus-relay';
import { HOST_STYLE, RAISED_Z, RESTING_Z, SHADOW_CSS } from './styles';
import type { LocatedMention } from './locate';

export interface OverlayEntity {
  type: string;
  name: string;
  role?: string | null;
  summary?: string | null;
  /** The card's photo (https), shown in the hover card when there is one. */
  image?: string | null;
  /** The card's key: present when there is a full card to open. */
  key?: string | null;
  mentionCount: number;
}

export interface OverlayStrings {
  typeLabel(type: string): string;
  mentions(count: number): string;
  regionLabel: string;
  openCard: string;
  /** The underline colours explained, for the types drawn. */
  legend: string;
}

export interface OverlayOptions {
  hoverDelayMs: number;
  hideDelayMs: number;
  /** Extra pixels around a mention's box that still count as hovering it. */
  slop: number;
}

const DEFAULTS: OverlayOptions = { hoverDelayMs: 120, hideDelayMs: 250, slop: 2 };

interface Drawn {
  mention: LocatedMention;
  lines: HTMLElement[];
  /** Boxes in host coordinates, for hit-testing. */
  boxes: DOMRect[];
}

export interface Overlay {
  count: number;
  remove(): void;
}

/** The overlay's parts and its moving state, shared by the steps below. */
interface Parts {
  doc: Document;
  win: Window;
  opts: OverlayOptions;
  entities: OverlayEntity[];
  strings: OverlayStrings;
  host: HTMLElement;
  root: ShadowRoot;
  layer: HTMLElement;
  card: HTMLElement;
  drawn: Drawn[];
  /** One button per entity, over its first mention: its outline is the focus ring. */
  focusables: Map<number, { el: HTMLElement; at: Drawn }>;
  /** The buttons with the page node each follows in the Tab order, in reading order. */
  stops: RelayStop[];
  /** "Open the full card" (the card's button, or Enter on a stop). */
  openCard: (key: string) => void;
  shown: Drawn | null;
  hideTimer: ReturnType<typeof setTimeout> | undefined;
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
    opts: { ...DEFAULTS, ...options },
    entities,
    strings,
    host,
    root,
    layer,
    card,
    drawn: mentions.map((mention) => ({ mention, lines: [], boxes: [] })),
    focusables: new Map(),
    stops: [],
    openCard,
    shown: null,
    hideTimer: undefined,
  };
  addFocusStops(parts);
  // The host goes last in <html>, outside <body>, so no page selector like `body > :last-child` matches it.
  doc.documentElement.append(host);
  const stopRelay = relayFocus(doc, host, parts.stops);
  const stopListening = listen(parts);
  layout(parts);
  return {
    count: parts.drawn.filter((d) => d.boxes.length).length,
    remove() {
      stopListening();
      stopRelay();
      clearTimeout(parts.hideTimer);
      host.remove();
    },
  };
}

/**
 * The zero-size host, its closed shadow root, the layer the underlines go in and the (hidden) card. The host is a
 * plain `div`: a custom element name could be defined by the page first, which would run the page's constructor
 * on our host and hand it the closed root through attachInternals(); a built-in element cannot be.
 */
function buildHost(doc: Document, strings: OverlayStrings) {
  const host = doc.createElement('div');
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = SHADOW_CSS;
  root.append(style);
  const layer = doc.createElement('div');
  layer.setAttribute('role', 'region');
  layer.setAttribute('aria-label', strings.regionLabel);
  root.append(layer);
  const card = doc.createElement('div');
  card.className = 'card';
  card.id = 'card';
  card.hidden = true;
  root.append(card);
  return { host, root, layer, card };
}

/** One button per entity, in the layer over its first mention, and the page node it follows in the Tab order. */
function addFocusStops(parts: Parts): void {
  const { drawn, entities, focusables, layer } = parts;
  for (const d of drawn) {
    if (focusables.has(d.mention.entity)) continue;
    const entity = entities[d.mention.entity]!;
    const button = stopButton(parts, d, entity);
    layer.append(button);
    focusables.set(d.mention.entity, { el: button, at: d });
    const start = d.mention.range.startContainer;
    // After the enclosing link or control, never inside it: the link first, then the name's button.
    parts.stops.push({ button, anchor: start.parentElement?.closest(IN_CONTROL) ?? start });
  }
  parts.stops.sort((a, b) =>
    a.anchor === b.anchor ? 0 : a.anchor.compareDocumentPosition(b.anchor) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
}

const IN_CONTROL = 'a, button, label, summary, select, textarea';

/** The name's button: out of the natural Tab order (the relay brings focus here), its outline the focus ring. */
function stopButton(parts: Parts, d: Drawn, entity: OverlayEntity): HTMLButtonElement {
  const button = parts.doc.createElement('button');
  button.type = 'button';
  button.className = 'f';
  button.tabIndex = -1;
  button.hidden = true;
  const label = [entity.name, parts.strings.typeLabel(entity.type)].join(', ');
  button.setAttribute('aria-label', entity.summary ? `${label}: ${entity.summary}` : label);
  button.addEventListener('focus', () => {
    button.classList.add('focus');
    showCard(parts, d);
  });
  button.addEventListener('blur', () => {
    button.classList.remove('focus');
    hideCard(parts);
  });
  button.addEventListener('click', () => entity.key && parts.openCard(entity.key));
  button.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hideCard(parts, true);
  });
  return button;
}

function fillCard(parts: Parts, entity: OverlayEntity): void {
  const { doc, card, strings } = parts;
  card.replaceChildren();
  const line = (cls: string, text: string) => {
    const span = doc.createElement('span');
    span.className = cls;
    span.textContent = text;
    card.append(span);
    return span;
  };
  const name = line('name', entity.name);
  const dot = doc.createElement('span');
  dot.className = `dot ${entity.type}`;
  name.prepend(dot);
  line('kind', [strings.typeLabel(entity.type), entity.role].filter(Boolean).join(' · '));
  if (entity.summary) line('summary', entity.summary);
  line('count', strings.mentions(entity.mentionCount));
  if (entity.image) card.prepend(photo(doc, entity.image));
  if (entity.key) card.append(openButton(parts, entity.key));
  card.append(legend(parts));
}

/** The card's photo; one that cannot load (a page's policy, offline) leaves no empty frame. */
function photo(doc: Document, src: string): HTMLImageElement {
  const img = doc.createElement('img');
  img.className = 'photo';
  img.src = src;
  img.alt = '';
  img.referrerPolicy = 'no-referrer';
  img.addEventListener('error', () => img.remove());
  return img;
}

function openButton({ doc, strings, openCard }: Parts, key: string): HTMLButtonElement {
  const open = doc.createElement('button');
  open.type = 'button';
  open.className = 'open';
  open.textContent = strings.openCard;
  open.addEventListener('click', () => openCard(key));
  return open;
}

/** What the underline colours mean, for the types drawn on this page. */
function legend({ doc, strings, drawn, entities }: Parts): HTMLElement {
  const out = doc.createElement('span');
  out.className = 'legend';
  out.append(`${strings.legend} `);
  for (const type of new Set(drawn.map((d) => entities[d.mention.entity]!.type))) {
    const item = doc.createElement('span');
    item.className = 'key';
    const dot = doc.createElement('span');
    dot.className = `dot ${type}`;
    item.append(dot, strings.typeLabel(type));
    out.append(item, ' ');
  }
  return out;
}

const setActive = (d: Drawn | null, active: boolean) => {
  for (const l of d?.lines ?? []) {
    if (active) l.classList.add('active');
    else l.classList.remove('active');
  }
};

function showCard(parts: Parts, d: Drawn): void {
  const { card, host } = parts;
  clearTimeout(parts.hideTimer);
  if (parts.shown === d && !card.hidden) return;
  setActive(parts.shown, false);
  parts.shown = d;
  fillCard(parts, parts.entities[d.mention.entity]!);
  setActive(d, true);
  host.style.setProperty('z-index', RAISED_Z, 'important');
  card.hidden = false;
  const rects = [...d.mention.range.getClientRects()].filter((r) => r.width > 0);
  placeCard(parts, rects[0] ?? d.mention.range.getBoundingClientRect());
}

function placeCard({ doc, win, card }: Parts, anchor: DOMRect): void {
  // Fixed, not absolute: a card near the bottom never grows the page's scrollable area.
  const vw = doc.documentElement.clientWidth || win.innerWidth;
  const vh = doc.documentElement.clientHeight || win.innerHeight;
  const w = card.offsetWidth;
  const h = card.offsetHeight;
  const left = Math.max(8, Math.min(anchor.left, vw - w - 8));
  const below = anchor.bottom + 6;
  const top = below + h > vh - 8 && anchor.top - h - 6 > 8 ? anchor.top - h - 6 : below;
  card.style.left = `${Math.round(left)}px`;
  card.style.top = `${Math.round(top)}px`;
}

/** Hides the card after the hide delay (so the pointer can reach it), or at once. */
function hideCard(parts: Parts, now = false): void {
  clearTimeout(parts.hideTimer);
  const go = () => {
    parts.card.hidden = true;
    parts.host.style.setProperty('z-index', RESTING_Z, 'important');
    setActive(parts.shown, false);
    parts.shown = null;
  };
  if (now) go();
  else parts.hideTimer = setTimeout(go, parts.opts.hideDelayMs);
}

/**
 * Puts every underline under its mention's boxes, and every keyboard stop over its first box: every position is
 * read first, then every style written, so the page lays out once, not once per mention.
 */
function layout(parts: Parts): void {
  const origin = parts.host.getBoundingClientRect();
  const measured = parts.drawn.map((d) => measure(d, origin));
  parts.drawn.forEach((d, i) => {
    d.boxes = measured[i]!;
    placeLines(parts, d);
  });
  for (const { el, at } of parts.focusables.values()) {
    const b = at.boxes[0];
    el.hidden = !b;
    if (!b) continue;
    el.style.left = `${b.left - 1}px`;
    el.style.top = `${b.top - 1}px`;
    el.style.width = `${b.width + 2}px`;
    el.style.height = `${b.height + 2}px`;
  }
  const { shown, card } = parts;
  if (shown && !card.hidden) {
    const r = shown.mention.range.getClientRects()[0];
    if (r) placeCard(parts, r);
  }
}

/** The mention's line boxes in host coordinates (reads layout, writes nothing). */
function measure(d: Drawn, origin: DOMRect): DOMRect[] {
  const rects = [...d.mention.range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
  return rects.map((r) => new DOMRect(r.left - origin.left, r.top - origin.top, r.width, r.height));
}

/** One underline per line box of the mention (writes styles, reads nothing). */
function placeLines({ doc, layer, entities }: Parts, d: Drawn): void {
  while (d.lines.length > d.boxes.length) d.lines.pop()!.remove();
  while (d.lines.length < d.boxes.length) {
    const line = doc.createElement('div');
    line.className = `u ${entities[d.mention.entity]!.type}`;
    layer.append(line);
    d.lines.push(line);
  }
  d.boxes.forEach((b, i) => {
    const s = d.lines[i]!.style;
    s.left = `${b.left}px`;
    s.top = `${b.bottom - 1}px`;
    s.width = `${b.width}px`;
  });
}

/** Which mention (if any) is under the pointer, and whether the pointer is on the open card. */
function hitTest(parts: Parts, pointer: { x: number; y: number }) {
  const origin = parts.host.getBoundingClientRect();
  const x = pointer.x - origin.left;
  const y = pointer.y - origin.top;
  const s = parts.opts.slop;
  const hit = parts.drawn.find((d) =>
    d.boxes.some((b) => x >= b.left - s && x <= b.right + s && y >= b.top - s && y <= b.bottom + s),
  );
  const c = parts.card.hidden ? null : parts.card.getBoundingClientRect();
  const onCard = !!c && pointer.x >= c.left && pointer.x <= c.right && pointer.y >= c.top && pointer.y <= c.bottom;
  return { hit, onCard };
}

/** Follows the pointer (one hit test a frame), inner scrolling, resizes and late fonts; returns the undo. */
function listen(parts: Parts): () => void {
  const { doc, win, opts } = parts;
  let frame = 0;
  const schedule = () => {
    if (!frame)
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        layout(parts);
      });
  };
  let pointer: { x: number; y: number } | null = null;
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  let pointerFrame = 0;
  const hover = () => {
    if (!pointer) return;
    const { hit, onCard } = hitTest(parts, pointer);
    clearTimeout(hoverTimer);
    if (hit) hoverTimer = setTimeout(() => showCard(parts, hit), parts.shown ? 0 : opts.hoverDelayMs);
    else if (!onCard && parts.shown && !parts.root.activeElement) hideCard(parts);
  };
  const onPointer = (e: PointerEvent) => {
    pointer = { x: e.clientX, y: e.clientY };
    if (!pointerFrame)
      pointerFrame = win.requestAnimationFrame(() => {
        pointerFrame = 0;
        hover();
      });
  };
  const onScroll = (e: Event) => {
    // The document's own scroll moves the host with the text; only inner scrollers need a new layout.
    if (e.target !== doc && e.target !== doc.documentElement) schedule();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && parts.shown) hideCard(parts, true);
  };
  const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
  resize?.observe(doc.body ?? doc.documentElement);
  win.addEventListener('resize', schedule, { passive: true });
  doc.addEventListener('scroll', onScroll, { capture: true, passive: true });
  doc.addEventListener('pointermove', onPointer, { passive: true });
  doc.addEventListener('keydown', onKey);
  void doc.fonts?.ready.then(schedule);
  return () => {
    resize?.disconnect();
    win.removeEventListener('resize', schedule);
    doc.removeEventListener('scroll', onScroll, { capture: true });
    doc.removeEventListener('pointermove', onPointer);
    doc.removeEventListener('keydown', onKey);
    win.cancelAnimationFrame(frame);
    win.cancelAnimationFrame(pointerFrame);
    clearTimeout(hoverTimer);
  };
}
