/**
 * Keyboard users reach one button per entity right after the text of its first mention: the button lives in the
 * layer, over the mention, and Tab is relayed there from the page's control before the name (focus-relay.ts), so
 * nothing of ours enters the page's own tree; Enter opens the entity's full card.
 */
import { hideCard, showCard } from './card';
import type { Drawn, OverlayEntity, Parts } from './parts';

/** One button per entity, in the layer over its first mention, and the page node it follows in the Tab order. */
export function addFocusStops(parts: Parts, ensureLaidOut: (d: Drawn) => void): void {
  const { drawn, entities, focusables, layer } = parts;
  for (const d of drawn) {
    if (focusables.has(d.mention.entity)) continue;
    const entity = entities[d.mention.entity]!;
    const button = stopButton(parts, d, entity, ensureLaidOut);
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
function stopButton(
  parts: Parts,
  d: Drawn,
  entity: OverlayEntity,
  ensureLaidOut: (d: Drawn) => void,
): HTMLButtonElement {
  const button = parts.doc.createElement('button');
  button.type = 'button';
  button.className = 'f';
  button.tabIndex = -1;
  button.hidden = true;
  const label = [entity.name, parts.strings.typeLabel(entity.type)].join(', ');
  button.setAttribute('aria-label', entity.summary ? `${label}: ${entity.summary}` : label);
  button.addEventListener('focus', () => {
    ensureLaidOut(d);
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
