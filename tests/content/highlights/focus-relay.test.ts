// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { relayFocus, type RelayStop } from '../../../src/content/highlights/focus-relay';

/**
 * A page with links around two names, and the overlay's host with one button per name (in a closed root, as the
 * overlay draws them). Returns the undo and the pieces to press Tab on.
 */
function setup(markup: string, names: string[]) {
  document.body.innerHTML = markup;
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'closed' });
  document.documentElement.append(host);
  const stops: RelayStop[] = names.map((name) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let text: Node | null = walker.nextNode();
    while (text && !text.nodeValue!.includes(name)) text = walker.nextNode();
    const button = document.createElement('button');
    button.tabIndex = -1;
    button.textContent = name;
    root.append(button);
    return { button, anchor: text!.parentElement!.closest('a') ?? text! };
  });
  const undo = relayFocus(document, host, stops);
  return { host, root, stops, undo };
}

/** Presses Tab (or Shift+Tab) where focus is; returns what the relay focused, or 'browser' when it let the key go. */
function tab(root: ShadowRoot, shift = false): string {
  const from = (root.activeElement as HTMLElement | null) ?? (document.activeElement as HTMLElement);
  const event = new KeyboardEvent('keydown', {
    key: 'Tab',
    shiftKey: shift,
    bubbles: true,
    composed: true,
    cancelable: true,
  });
  from.dispatchEvent(event);
  if (!event.defaultPrevented) return 'browser';
  return (root.activeElement ?? document.activeElement)!.textContent!;
}

const page =
  '<p><a href="/a">before</a> Russian President Vladimir Putin met <a href="/b">middle</a> and ' +
  '<a href="/xi">Xi Jinping</a> in <a href="/c">Samarkand</a>.</p><p><a href="/d">after</a></p>';
let undo = () => {};
afterEach(() => {
  undo();
  document.documentElement.querySelector(':root > div')?.remove();
});

describe('relayFocus', () => {
  it.each([
    ['Tab from the link before a name: its button', '/a', false, 'Vladimir Putin'],
    ['Tab from a link holding a name: its button, right after the link', '/xi', false, 'Xi Jinping'],
    ['Tab from a link with no name before the next link: the browser’s own Tab', '/b', false, 'browser'],
    ['Shift+Tab from the link after a name: its button', '/b', true, 'Vladimir Putin'],
    ['Shift+Tab from the link after a name in a link: that button', '/c', true, 'Xi Jinping'],
    ['Shift+Tab from the first link: the browser’s own', '/a', true, 'browser'],
    ['Tab from the last link: the browser’s own', '/d', false, 'browser'],
  ])('%s', (_name, href, shift, expected) => {
    const s = setup(page, ['Vladimir Putin', 'Xi Jinping']);
    undo = s.undo;
    document.querySelector<HTMLElement>(`a[href="${href}"]`)!.focus();
    expect(tab(s.root, shift === true)).toBe(expected);
  });

  it.each([
    ['Tab from a name’s button: the page’s next link', 0, false, 'middle'],
    ['Shift+Tab from a name’s button: the page’s link before it', 0, true, 'before'],
    ['Tab from the button of a name in a link: the next link', 1, false, 'Samarkand'],
    ['Shift+Tab from the button of a name in a link: that link', 1, true, 'Xi Jinping'],
  ])('%s', (_name, index, shift, expected) => {
    const s = setup(page, ['Vladimir Putin', 'Xi Jinping']);
    undo = s.undo;
    s.stops[index]!.button.focus();
    expect(tab(s.root, shift)).toBe(expected);
  });

  it('goes from one name’s button straight to the next when no link is between them', () => {
    const s = setup('<p><a href="/a">a</a> Vladimir Putin met Xi Jinping.</p><p><a href="/b">b</a></p>', [
      'Vladimir Putin',
      'Xi Jinping',
    ]);
    undo = s.undo;
    document.querySelector<HTMLElement>('a[href="/a"]')!.focus();
    expect(tab(s.root)).toBe('Vladimir Putin');
    expect(tab(s.root)).toBe('Xi Jinping');
    expect(tab(s.root)).toBe('b');
    expect(tab(s.root, true)).toBe('Xi Jinping');
  });

  it('skips links the browser skips (tabindex -1, hidden) when placing a button', () => {
    const s = setup('<p><a href="/a">a</a> Vladimir Putin <a href="/x" tabindex="-1">x</a> <a href="/b">b</a></p>', [
      'Vladimir Putin',
    ]);
    undo = s.undo;
    // The browser goes back from b to a, past x: the name between them gets its turn.
    document.querySelector<HTMLElement>('a[href="/b"]')!.focus();
    expect(tab(s.root, true)).toBe('Vladimir Putin');
  });

  it('leaves a Tab the page already handled alone, and stops relaying once undone', () => {
    const s = setup(page, ['Vladimir Putin']);
    document.querySelector<HTMLElement>('a[href="/a"]')!.focus();
    const taken = (e: Event) => e.preventDefault();
    document.addEventListener('keydown', taken);
    const event = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    document.activeElement!.dispatchEvent(event);
    expect(s.root.activeElement).toBeNull();
    document.removeEventListener('keydown', taken);
    s.undo();
    expect(tab(s.root)).toBe('browser');
  });
});
