/**
 * Draws underlines under located mentions in a closed shadow root laid over the page: the article's DOM is never
 * changed, the host is absolutely positioned with no size (no layout shift) and the underlines ignore the pointer,
 * so links and selection under them work as before. Hover is found by hit-testing the pointer against the
 * mentions' boxes. Keyboard users reach one button per entity right after the text of its first mention (a
 * zero-size element of ours beside the page's text node, so Tab order follows the reading order); its ring is
 * drawn over the mention, and Enter opens the entity's full card.
 */
import { HOST_STYLE, RAISED_Z, RESTING_Z, SHADOW_CSS, STOP_CSS, STOP_HOST_STYLE } from './styles';
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

export function drawOverlay(
  doc: Document,
  mentions: LocatedMention[],
  entities: OverlayEntity[],
  strings: OverlayStrings,
  options: Partial<OverlayOptions> = {},
  /** "Open the full card" (button in the hover card, or Enter on a name's keyboard stop). */
  openCard: (key: string) => void = () => {},
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
  card.hidden = true;
  root.append(card);

  const drawn: Drawn[] = mentions.map((mention) => ({ mention, lines: [], boxes: [] }));
  // One keyboard stop per entity, beside its first mention in the page; its ring is drawn in the layer.
  const focusables = new Map<number, { el: HTMLElement; at: Drawn }>();
  const stops: HTMLElement[] = [];
  for (const d of drawn) {
    if (focusables.has(d.mention.entity)) continue;
    const entity = entities[d.mention.entity]!;
    const ring = doc.createElement('div');
    ring.className = 'f';
    ring.hidden = true;
    layer.append(ring);
    focusables.set(d.mention.entity, { el: ring, at: d });
    const stop = keyboardStop(doc, d, entity, strings, {
      focus: () => {
        ring.classList.add('focus');
        showCard(d);
      },
      blur: () => {
        ring.classList.remove('focus');
        hideCard();
      },
      escape: () => hideCard(true),
      open: () => entity.key && openCard(entity.key),
    });
    if (stop) stops.push(stop);
  }
  // The host goes last in <html>, outside <body>, so no page selector like `body > :last-child` matches it.
  doc.documentElement.append(host);
  const drawnTypes = [...new Set(drawn.map((d) => entities[d.mention.entity]!.type))];
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
    if (entity.image) {
      const img = doc.createElement('img');
      img.className = 'photo';
      img.src = entity.image;
      img.alt = '';
      img.referrerPolicy = 'no-referrer';
      // A photo that cannot load (a page's policy, offline) leaves no empty frame.
      img.addEventListener('error', () => img.remove());
      card.append(img);
    }
    const name = line('name', entity.name);
    const dot = doc.createElement('span');
    dot.className = `dot ${entity.type}`;
    name.prepend(dot);
    line('kind', [strings.typeLabel(entity.type), entity.role].filter(Boolean).join(' · '));
    if (entity.summary) line('summary', entity.summary);
    line('count', strings.mentions(entity.mentionCount));
    if (entity.key) {
      const open = doc.createElement('button');
      open.type = 'button';
      open.className = 'open';
      open.textContent = strings.openCard;
      open.addEventListener('click', () => openCard(entity.key!));
      card.append(open);
    }
    const legend = line('legend', '');
    for (const type of drawnTypes) {
      const item = doc.createElement('span');
      item.className = 'key';
      const dot = doc.createElement('span');
      dot.className = `dot ${type}`;
      item.append(dot, strings.typeLabel(type));
      legend.append(item, ' ');
    }
    legend.prepend(doc.createTextNode(`${strings.legend} `));
  }
  function showCard(d: Drawn) {
    clearTimeout(hideTimer);
    if (shown === d && !card.hidden) return;
    for (const l of shown?.lines ?? []) l.classList.remove('active');
    shown = d;
    fillCard(entities[d.mention.entity]!);
    for (const l of d.lines) l.classList.add('active');
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
      for (const l of shown?.lines ?? []) l.classList.remove('active');
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
    if (frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      layout();
    });
  };
  let pointer: { x: number; y: number } | null = null;
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  let pointerFrame = 0;
  const onPointer = (e: PointerEvent) => {
    pointer = { x: e.clientX, y: e.clientY };
    if (pointerFrame) return;
    pointerFrame = win.requestAnimationFrame(() => {
      pointerFrame = 0;
      hitTest();
    });
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
    else if (!onCard && shown && !stops.some((stop) => doc.activeElement === stop)) hideCard();
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
      for (const stop of stops) stop.remove();
      host.remove();
    },
  };
}

/**
 * A name's keyboard stop: a zero-size element of ours placed right after the text node of the entity's first
 * mention (after the enclosing link or button, never inside one), holding a button in a closed shadow root. Null
 * when the mention's text has no parent to sit beside.
 */
function keyboardStop(
  doc: Document,
  d: Drawn,
  entity: OverlayEntity,
  strings: OverlayStrings,
  on: { focus(): void; blur(): void; escape(): void; open(): void },
): HTMLElement | null {
  const start = d.mention.range.startContainer;
  const inControl = start.parentElement?.closest('a, button, label, summary, select, textarea');
  const anchor: ChildNode | null = inControl ?? (start as ChildNode);
  if (!anchor?.parentNode) return null;
  const stop = doc.createElement('backstory-stop');
  stop.setAttribute('style', STOP_HOST_STYLE);
  const root = stop.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STOP_CSS;
  const button = doc.createElement('button');
  button.type = 'button';
  const label = [entity.name, strings.typeLabel(entity.type)].join(', ');
  button.setAttribute('aria-label', entity.summary ? `${label}: ${entity.summary}` : label);
  button.addEventListener('focus', on.focus);
  button.addEventListener('blur', on.blur);
  button.addEventListener('click', on.open);
  button.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') on.escape();
  });
  root.append(style, button);
  anchor.after(stop);
  return stop;
}
