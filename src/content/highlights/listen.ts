/** The layer's listeners: the pointer (hover cards by hit-testing), Escape, and what moves the page's text. */
import { hideCard, showCard } from './card';
import type { Drawn, Parts } from './parts';

/** Which mention (if any) is under the pointer, and whether the pointer is on the open card. */
function hitTest(parts: Parts, pointer: { x: number; y: number }) {
  const origin = parts.host.getBoundingClientRect();
  const x = pointer.x - origin.left;
  const y = pointer.y - origin.top;
  const s = parts.opts.slop;
  let hit: Drawn | undefined;
  for (const d of parts.near) {
    if (d.boxes.some((b) => x >= b.left - s && x <= b.right + s && y >= b.top - s && y <= b.bottom + s)) hit = d;
    if (hit) break;
  }
  const c = parts.card.hidden ? null : parts.card.getBoundingClientRect();
  const onCard = !!c && pointer.x >= c.left && pointer.x <= c.right && pointer.y >= c.top && pointer.y <= c.bottom;
  return { hit, onCard };
}

/** Follows the pointer (one hit test a frame), inner scrolling, resizes and late fonts; returns the undo. */
export function listen(parts: Parts, layoutChanged: () => void): () => void {
  const { doc, win, opts } = parts;
  let frame = 0;
  const schedule = () => {
    if (!frame)
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        layoutChanged();
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
