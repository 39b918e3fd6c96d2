/**
 * Draws underlines under located mentions in a closed shadow root laid over the page: the article's DOM is never
 * changed, the host is absolutely positioned with no size (no layout shift) and the underlines ignore the pointer,
 * so links and selection under them work as before. Hover is found by hit-testing the pointer against the
 * mentions' boxes; keyboard users reach one focusable stand-in per entity (after the page's own controls).
 */
import { HOST_STYLE, RAISED_Z, RESTING_Z, SHADOW_CSS } from './styles';
import type { LocatedMention } from './locate';

export interface OverlayEntity {
  type: string;
  name: string;
  role?: string | null;
  summary?: string | null;
  mentionCount: number;
}

export interface OverlayStrings {
  typeLabel(type: string): string;
  mentions(count: number): string;
  regionLabel: string;
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

export function drawOverlay(
  doc: Document,
  mentions: LocatedMention[],
  entities: OverlayEntity[],
  strings: OverlayStrings,
  options: Partial<OverlayOptions> = {},
): Overlay {
  const opts = { ...DEFAULTS, ...options };
  const win = doc.defaultView!;
  const host = doc.createElement('backstory-highlights');
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
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  root.append(card);

  const drawn: Drawn[] = mentions.map((mention) => ({ mention, lines: [], boxes: [] }));
  // One keyboard stop per entity, at its first mention, in reading order.
  const focusables = new Map<number, { el: HTMLButtonElement; at: Drawn }>();
  for (const d of drawn) {
    if (focusables.has(d.mention.entity)) continue;
    const entity = entities[d.mention.entity]!;
    const el = doc.createElement('button');
    el.type = 'button';
    el.className = 'f';
    el.setAttribute('aria-label', `${entity.name}, ${strings.typeLabel(entity.type)}`);
    el.setAttribute('aria-describedby', 'card');
    el.addEventListener('focus', () => showCard(d));
    el.addEventListener('blur', () => hideCard());
    el.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') hideCard(true);
    });
    focusables.set(d.mention.entity, { el, at: d });
    layer.append(el);
  }
  // The host goes last in <html>, outside <body>, so no page selector like `body > :last-child` matches it.
  doc.documentElement.append(host);

  let shown: Drawn | null = null;
  function fillCard(entity: OverlayEntity) {
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
  }
  function showCard(d: Drawn) {
    clearTimeout(hideTimer);
    if (shown === d && !card.hidden) return;
    shown?.lines.forEach((l) => l.classList.remove('active'));
    shown = d;
    fillCard(entities[d.mention.entity]!);
    d.lines.forEach((l) => l.classList.add('active'));
    host.style.setProperty('z-index', RAISED_Z, 'important');
    card.hidden = false;
    const rects = [...d.mention.range.getClientRects()].filter((r) => r.width > 0);
    placeCard(rects[0] ?? d.mention.range.getBoundingClientRect());
  }
  function placeCard(anchor: DOMRect) {
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
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  function hideCard(now = false) {
    clearTimeout(hideTimer);
    const go = () => {
      card.hidden = true;
      host.style.setProperty('z-index', RESTING_Z, 'important');
      shown?.lines.forEach((l) => l.classList.remove('active'));
      shown = null;
    };
    if (now) go();
    else hideTimer = setTimeout(go, opts.hideDelayMs);
  }

  function layout() {
    const origin = host.getBoundingClientRect();
    for (const d of drawn) {
      const rects = [...d.mention.range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      d.boxes = rects.map((r) => new DOMRect(r.left - origin.left, r.top - origin.top, r.width, r.height));
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
    for (const { el, at } of focusables.values()) {
      const b = at.boxes[0];
      el.hidden = !b;
      if (!b) continue;
      el.style.left = `${b.left - 1}px`;
      el.style.top = `${b.top - 1}px`;
      el.style.width = `${b.width + 2}px`;
      el.style.height = `${b.height + 2}px`;
    }
    if (shown && !card.hidden) {
      const r = shown.mention.range.getClientRects()[0];
      if (r) placeCard(r);
    }
  }

  let frame = 0;
  const schedule = () => {
    if (!frame) frame = win.requestAnimationFrame(() => ((frame = 0), layout()));
  };
  let pointer: { x: number; y: number } | null = null;
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  let pointerFrame = 0;
  const onPointer = (e: PointerEvent) => {
    pointer = { x: e.clientX, y: e.clientY };
    if (!pointerFrame) pointerFrame = win.requestAnimationFrame(() => ((pointerFrame = 0), hitTest()));
  };
  function hitTest() {
    if (!pointer) return;
    const origin = host.getBoundingClientRect();
    const x = pointer.x - origin.left;
    const y = pointer.y - origin.top;
    const s = opts.slop;
    const hit = drawn.find((d) =>
      d.boxes.some((b) => x >= b.left - s && x <= b.right + s && y >= b.top - s && y <= b.bottom + s),
    );
    const c = card.hidden ? null : card.getBoundingClientRect();
    const onCard = !!c && pointer.x >= c.left && pointer.x <= c.right && pointer.y >= c.top && pointer.y <= c.bottom;
    clearTimeout(hoverTimer);
    if (hit) hoverTimer = setTimeout(() => showCard(hit), shown ? 0 : opts.hoverDelayMs);
    else if (!onCard && shown && !root.activeElement) hideCard();
  }
  const onScroll = (e: Event) => {
    // The document's own scroll moves the host with the text; only inner scrollers need a new layout.
    if (e.target !== doc && e.target !== doc.documentElement) schedule();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && shown) hideCard(true);
  };
  const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
  resize?.observe(doc.body ?? doc.documentElement);
  win.addEventListener('resize', schedule, { passive: true });
  doc.addEventListener('scroll', onScroll, { capture: true, passive: true });
  doc.addEventListener('pointermove', onPointer, { passive: true });
  doc.addEventListener('keydown', onKey);
  void doc.fonts?.ready.then(schedule);
  layout();

  return {
    count: drawn.filter((d) => d.boxes.length).length,
    remove() {
      resize?.disconnect();
      win.removeEventListener('resize', schedule);
      doc.removeEventListener('scroll', onScroll, { capture: true });
      doc.removeEventListener('pointermove', onPointer);
      doc.removeEventListener('keydown', onKey);
      win.cancelAnimationFrame(frame);
      win.cancelAnimationFrame(pointerFrame);
      clearTimeout(hoverTimer);
      clearTimeout(hideTimer);
      host.remove();
    },
  };
}
