// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { apply, isShown } from '../../../src/content/highlights/index';

const html = '<article><p>Russian President Vladimir Putin met Xi Jinping in Samarkand.</p></article>';
const text = 'Russian President Vladimir Putin met Xi Jinping in Samarkand.';
const payload = (enabled: boolean) => ({
  enabled,
  text,
  entities: [{ type: 'person', name: 'Vladimir Putin', role: 'Russian President', mentions: [{ start: 18, end: 32 }] }],
});

afterEach(() => apply({ enabled: false }));

describe('highlights apply', () => {
  it('adds one shadow host outside the article and removes it cleanly', () => {
    document.body.innerHTML = html;
    const before = document.documentElement.outerHTML;
    expect(apply(payload(true)).ok).toBe(true);
    expect(isShown()).toBe(true);
    const hosts = document.querySelectorAll(':root > div');
    expect(hosts).toHaveLength(1);
    // The drawing is not inside <body>, and the article's own tree is untouched: the keyboard buttons are ours too.
    expect(hosts[0]!.parentElement).toBe(document.documentElement);
    expect(document.body.innerHTML).toBe(html);
    // Closed shadow root: the page cannot read what we drew.
    expect((hosts[0] as HTMLElement).shadowRoot).toBeNull();
    apply(payload(false));
    expect(isShown()).toBe(false);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it.each([
    ['in plain text', html],
    [
      'inside a link',
      '<article><p>Russian President <a href="/putin">Vladimir Putin</a> met Xi Jinping in Samarkand.</p></article>',
    ],
  ])('adds no keyboard stop to the page’s tree for a name %s', (_name, markup) => {
    document.body.innerHTML = markup;
    apply({
      ...payload(true),
      entities: [{ ...payload(true).entities[0]!, summary: 'President of Russia', key: 'person:Vladimir Putin' }],
    });
    expect(document.body.innerHTML).toBe(markup);
    apply(payload(false));
    expect(document.body.innerHTML).toBe(markup);
  });

  it('replaces the drawing instead of stacking a second one', () => {
    document.body.innerHTML = html;
    apply(payload(true));
    apply(payload(true));
    expect(document.querySelectorAll(':root > div')).toHaveLength(1);
  });

  it.each([
    ['not an object', 'x'],
    ['a bad type', { enabled: true, text, entities: [{ type: 'virus', name: 'x', mentions: [] }] }],
    [
      'negative offsets',
      { enabled: true, text, entities: [{ type: 'person', name: 'x', mentions: [{ start: -1, end: 2 }] }] },
    ],
  ])('refuses %s and draws nothing', (_label, raw) => {
    document.body.innerHTML = html;
    expect(apply(raw).ok).toBe(false);
    expect(document.querySelector(':root > div')).toBeNull();
  });

  it('draws nothing when no mention is on the page', () => {
    document.body.innerHTML = '<p>Something else entirely.</p>';
    expect(apply(payload(true))).toEqual({ ok: true, drawn: 0 });
    expect(document.querySelector(':root > div')).toBeNull();
  });
});
