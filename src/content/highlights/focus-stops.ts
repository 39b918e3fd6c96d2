/**
 * Keyboard users reach one button per entity right after the text of its first mention (a zero-size element of ours
 * beside the page's text node, so Tab order follows the reading order); its ring is drawn over the mention, and
 * Enter opens the entity's full card.
 */
import { hideCard, showCard } from './card';
import { STOP_CSS, STOP_HOST_STYLE } from './styles';
import type { Drawn, OverlayEntity, OverlayStrings, Parts } from './parts';

/** One keyboard stop per entity, beside its first mention in the page; its ring is drawn in the layer. */
export function addFocusStops(parts: Parts, ensureLaidOut: (d: Drawn) => void): void {
  const { doc, drawn, entities, focusables, layer } = parts;
  for (const d of drawn) {
    if (focusables.has(d.mention.entity)) continue;
    const entity = entities[d.mention.entity]!;
    const ring = doc.createElement('div');
    ring.className = 'f';
    ring.hidden = true;
    layer.append(ring);
    focusables.set(d.mention.entity, { el: ring, at: d });
    const stop = keyboardStop(doc, d, entity, parts.strings, {
      focus: () => {
        ensureLaidOut(d);
        ring.classList.add('focus');
        showCard(parts, d);
      },
      blur: () => {
        ring.classList.remove('focus');
        hideCard(parts);
      },
      escape: () => hideCard(parts, true),
      open: () => entity.key && parts.openCard(entity.key),
    });
    if (stop) parts.stops.push(stop);
  }
}

/** Marks the keyboard stops (tests and the page-watch find them by it; it opens nothing). */
export const STOP_ATTRIBUTE = 'data-backstory-stop';

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
  // A built-in element, like the layer's host: a custom element name could be defined by the page first, which
  // would run the page's constructor on our stop and hand it the closed root (attachInternals).
  const stop = doc.createElement('span');
  stop.setAttribute(STOP_ATTRIBUTE, '');
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
