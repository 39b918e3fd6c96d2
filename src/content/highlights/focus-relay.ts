/**
 * Puts the highlights' buttons into the page's Tab order without putting anything into the page: the buttons live
 * in the overlay's own shadow root (out of the natural order, tabindex -1), and Tab / Shift+Tab are relayed so that
 * each name's button comes right after the page's last control before the name's text, and the page's next control
 * right after it. Only a Tab that would cross a name is taken over; every other Tab is the browser's own.
 */

export interface RelayStop {
  button: HTMLElement;
  /** The page node the button follows: the text of the name's first mention, or the link or control holding it. */
  anchor: Node;
}

/** Elements that may take part in sequential focus navigation; `focusable` narrows them down. */
const CANDIDATES =
  'a[href], area[href], button, input:not([type="hidden"]), select, textarea, iframe, summary, audio[controls], ' +
  'video[controls], [tabindex], [contenteditable]:not([contenteditable="false"])';

/** Reachable with Tab: not taken out by tabindex -1, not disabled, shown. */
function focusable(el: HTMLElement): boolean {
  if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled) return false;
  const check = (el as { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return check ? check.call(el, { visibilityProperty: true }) : true;
}

/** Whether the page element `el` comes after the stop: after its anchor, and not inside it. */
function afterStop(stop: RelayStop, el: Node): boolean {
  const pos = stop.anchor.compareDocumentPosition(el);
  return (pos & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && (pos & Node.DOCUMENT_POSITION_CONTAINED_BY) === 0;
}

/**
 * Starts relaying Tab for `stops` (in reading order) in `doc`; returns the undo. `owner` is the overlay's host: focus
 * inside it is one of ours.
 */
export function relayFocus(doc: Document, owner: HTMLElement, stops: readonly RelayStop[]): () => void {
  const win = doc.defaultView!;
  const controls = (): HTMLElement[] =>
    [...(doc.body ?? doc.documentElement).querySelectorAll<HTMLElement>(CANDIDATES)].filter(
      (el) => !owner.contains(el) && focusable(el),
    );
  const onPageKey = (e: KeyboardEvent) => {
    if (e.key !== 'Tab' || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const active = doc.activeElement;
    if (active === owner) return; // our buttons relay their own Tab
    const from = active && active !== doc.body && active !== doc.documentElement ? active : null;
    const target = e.shiftKey ? stopBefore(from, controls(), stops) : stopAfter(from, controls(), stops);
    if (!target) return;
    e.preventDefault();
    target.button.focus();
  };
  const onStopKey = (stop: RelayStop, i: number) => (e: KeyboardEvent) => {
    if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey) return;
    const next = e.shiftKey ? backFrom(stop, stops[i - 1], controls()) : onFrom(stop, stops[i + 1], controls());
    if (!next) return;
    e.preventDefault();
    e.stopPropagation();
    next.focus();
  };
  const handlers = stops.map((stop, i) => {
    const handler = onStopKey(stop, i);
    stop.button.addEventListener('keydown', handler);
    return handler;
  });
  win.addEventListener('keydown', onPageKey);
  return () => {
    win.removeEventListener('keydown', onPageKey);
    for (const [i, stop] of stops.entries()) stop.button.removeEventListener('keydown', handlers[i]!);
  };
}

/** Tab from a page element (null: the start of the page): the first stop before the page's next control. */
function stopAfter(from: Element | null, controls: HTMLElement[], stops: readonly RelayStop[]): RelayStop | null {
  // A control inside `from` comes next too: the browser goes into it before going on.
  const next = from
    ? controls.find((c) => from.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING)
    : controls[0];
  return stops.find((s) => (!from || !afterStop(s, from)) && (!next || afterStop(s, next))) ?? null;
}

/** Shift+Tab from a page element: the last stop after the page's previous control. */
function stopBefore(from: Element | null, controls: HTMLElement[], stops: readonly RelayStop[]): RelayStop | null {
  if (!from) return null;
  const before = controls.filter((c) => c.compareDocumentPosition(from) & Node.DOCUMENT_POSITION_FOLLOWING).at(-1);
  return [...stops].reverse().find((s) => afterStop(s, from) && (!before || !afterStop(s, before))) ?? null;
}

/** Tab from a stop: the next stop, unless a page control comes first. */
function onFrom(stop: RelayStop, next: RelayStop | undefined, controls: HTMLElement[]): HTMLElement | null {
  const control = controls.find((c) => afterStop(stop, c));
  if (next && (!control || afterStop(next, control))) return next.button;
  return control ?? null;
}

/** Shift+Tab from a stop: the previous stop, unless a page control comes between. */
function backFrom(stop: RelayStop, prev: RelayStop | undefined, controls: HTMLElement[]): HTMLElement | null {
  const control = controls.filter((c) => !afterStop(stop, c)).at(-1);
  if (prev && (!control || !afterStop(prev, control))) return prev.button;
  return control ?? null;
}
