// @vitest-environment happy-dom
/** The Node DOM's document order against a browser-like DOM's, for every pair of elements of a few pages. */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/dom';
import { documentPosition } from '../../scripts/document-order';
import { detectArticle } from '../../src/pipeline/detect';

const STORY = 'The county board voted on Tuesday to close the old mill road until the bridge is repaired next spring.';

const PAGES: [string, string][] = [
  [
    'a headline in a header, the body one level deeper',
    `<article><header><h1>Mill road closes</h1></header><div class="body"><p>${STORY}</p><p>${STORY}</p></div></article>`,
  ],
  [
    'a body before a deeper sidebar',
    '<main><div><p>One</p></div></main><aside><div><div><h2>More</h2><ul><li>A</li><li>B</li></ul></div></div></aside>',
  ],
  ['siblings and nesting', '<div><span>a</span><b><i>b</i></b></div><div><em>c</em></div>'],
];

/** The body's elements in document order, walked by hand (no DOM query answers for both DOMs alike). */
function elements(doc: Document): Element[] {
  const out: Element[] = [];
  const walk = (e: Element) => {
    for (let c = e.firstElementChild; c; c = c.nextElementSibling) {
      out.push(c);
      walk(c);
    }
  };
  walk(doc.body);
  return out;
}

describe('document order in the Node DOM', () => {
  it.each(PAGES)('%s: every pair as the browser-like DOM orders it', (_, body) => {
    const html = `<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`;
    const browser = elements(new DOMParser().parseFromString(html, 'text/html'));
    const node = elements(parseHtml(html, 'https://example.org/'));
    expect(node.map((e) => e.tagName)).toEqual(browser.map((e) => e.tagName));
    let following = 0;
    for (let i = 0; i < node.length; i++) {
      for (let j = 0; j < node.length; j++) {
        const expected = browser[i]!.compareDocumentPosition(browser[j]!);
        expect([i, j, node[i]!.compareDocumentPosition(node[j]!)]).toEqual([i, j, expected]);
        if (expected & 4) following++;
      }
    }
    // Both directions were asked: the table is not all one answer.
    expect(following).toBeGreaterThan(0);
  });

  it('says disconnected for nodes of two documents', () => {
    const a = parseHtml('<html><body><p>a</p></body></html>', 'https://example.org/');
    const b = parseHtml('<html><body><p>b</p></body></html>', 'https://example.org/');
    expect(documentPosition(a.body, b.body) & 1).toBe(1);
    expect(documentPosition(a.body, a.body)).toBe(0);
  });

  it('lets detection see a headline that leads its story, as a browser does', () => {
    // The headline sits deeper than the story's block: depth alone would put it after the story.
    const html = `<html><head><title>Courier</title></head><body><article><header><div><div><h1>Mill road closes</h1></div></div></header><div class="body">${`<p>${STORY}</p>`.repeat(3)}</div></article></body></html>`;
    const reasons = detectArticle(parseHtml(html, 'https://example.org/'), 'https://example.org/').reasons;
    expect(reasons.some((r) => r.endsWith('headline-leads-prose'))).toBe(true);
  });
});
