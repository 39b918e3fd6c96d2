/**
 * Puts underlines under mentions' boxes, and focus rings over the first box of each entity's first mention: every
 * position in a batch is read first, then every style written, so the page lays out once per batch, not once per
 * mention.
 */
import { placeCard } from './card';
import type { Drawn, Parts } from './parts';

export function layoutMentions(parts: Parts, batch: readonly Drawn[]): void {
  if (!batch.length) return;
  const origin = parts.host.getBoundingClientRect();
  const measured = batch.map((d) => measure(d, origin));
  batch.forEach((d, i) => {
    d.boxes = measured[i]!;
    d.fresh = true;
    placeLines(parts, d);
  });
  placeRings(parts, new Set(batch));
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

/** The focus rings whose mention was in the batch, over its first box (writes styles, reads nothing). */
function placeRings(parts: Parts, batch: Set<Drawn>): void {
  for (const { el, at } of parts.focusables.values()) {
    if (!batch.has(at)) continue;
    const b = at.boxes[0];
    el.hidden = !b;
    if (!b) continue;
    el.style.left = `${b.left - 1}px`;
    el.style.top = `${b.top - 1}px`;
    el.style.width = `${b.width + 2}px`;
    el.style.height = `${b.height + 2}px`;
  }
}
