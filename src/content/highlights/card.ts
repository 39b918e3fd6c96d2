/** The hover card: one entity's name, kind, summary and photo, placed beside its mention; shown and hidden. */
import { RAISED_Z, RESTING_Z } from './styles';
import type { Drawn, OverlayEntity, Parts } from './parts';

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

export function showCard(parts: Parts, d: Drawn): void {
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

export function placeCard({ doc, win, card }: Parts, anchor: DOMRect): void {
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
export function hideCard(parts: Parts, now = false): void {
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
