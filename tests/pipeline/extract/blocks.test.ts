// @vitest-environment happy-dom
/** Text blocks: what enters (visible prose, inline markup, link text) and what never does (hidden, skipped, budget). */
import { describe, expect, it } from 'vitest';
import { collectBlocks, isHidden } from '../../../src/pipeline/extract/blocks';

const body = (html: string) =>
  new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html').body;
const budget = { maxElements: 10_000, maxDepth: 100, maxMs: 10_000, now: () => 0 };
const texts = (html: string) => collectBlocks(body(html), budget).blocks.map((b) => `${b.tag}:${b.text}`);

describe('collectBlocks', () => {
  it.each([
    ['hidden attribute', '<p>Shown.</p><p hidden>Not shown.</p>', ['P:Shown.']],
    ['aria-hidden', '<p>Shown.</p><div aria-hidden="true"><p>Not shown.</p></div>', ['P:Shown.']],
    ['aria-hidden="false" stays', '<p aria-hidden="false">Shown.</p>', ['P:Shown.']],
    ['display:none', '<p>Shown <span style="display: none">secret</span>text.</p>', ['P:Shown text.']],
    ['visibility:hidden', '<div style="visibility:hidden"><p>Not shown.</p></div><p>Shown.</p>', ['P:Shown.']],
    ['other styles stay', '<p style="color: red">Shown.</p>', ['P:Shown.']],
    ['script and style inside a paragraph', '<p>One <script>x()</script>two<style>.a{}</style>.</p>', ['P:One two.']],
  ])('%s', (_, html, expected) => {
    expect(texts(html)).toEqual(expected);
  });

  it('joins inline markup into one block and counts link text', () => {
    const { blocks } = collectBlocks(
      body('<p>The <b>council</b> voted <a href="/x">on <i>Tuesday</i></a>.</p>'),
      budget,
    );
    expect(blocks).toHaveLength(1);
    // Link characters are counted per text node, trimmed: "on " and "Tuesday".
    expect(blocks[0]).toMatchObject({ text: 'The council voted on Tuesday.', tag: 'P', linkChars: 'onTuesday'.length });
    expect(blocks[0]!.soleLink?.getAttribute('href')).toBe('/x');
  });

  it('splits loose text at a double <br> and at block children, keeping the holder', () => {
    const root = body('<div id="d">First run <em>here</em>.<br><br>Second run.<p>A paragraph.</p>Tail text.</div>');
    const blocks = collectBlocks(root, budget).blocks;
    expect(blocks.map((b) => `${b.tag}:${b.text}`)).toEqual([
      '#text:First run here.',
      '#text:Second run.',
      'P:A paragraph.',
      '#text:Tail text.',
    ]);
    expect(blocks[0]!.el.id).toBe('d');
  });

  it('splits a paragraph at a double <br>, each piece with its own link text', () => {
    const blocks = collectBlocks(body('<p>One <a href="/a">link</a><br><br>Two plain.</p>'), budget).blocks;
    expect(blocks.map((b) => b.text)).toEqual(['One link', 'Two plain.']);
    expect(blocks.reduce((sum, b) => sum + b.linkChars, 0)).toBeLessThanOrEqual(4);
    expect(blocks.every((b) => b.soleLink === null)).toBe(true);
  });

  it.each([
    [
      'a line of links under the story',
      '<a href="/l">Back to Local News</a> | <a href="/m">E-mail us</a>',
      'Back to Local News'.length + 'E-mail us'.length,
    ],
    ['a sentence with one link in it', 'The council <a href="/v">voted</a> on a plan for the old mill road.', 5],
    ['plain text', 'The council voted on a plan for the old mill road.', 0],
  ])('counts each double-<br> piece its own links: %s', (_what, last, links) => {
    const story = 'The river stayed above flood stage for a second day, and crews kept the road closed.';
    const blocks = collectBlocks(body(`<div>${story}<br><br>${story}<br><br>${last}</div>`), budget).blocks;
    expect(blocks.map((b) => b.linkChars)).toEqual([0, 0, links]);
  });

  it('treats an inline element holding a block as a container', () => {
    const blocks = texts('<div><a href="/s"><span>Kicker</span><div>Headline of the story</div></a> after</div>');
    expect(blocks).toEqual(['#text:Kicker', 'DIV:Headline of the story', '#text:after']);
  });

  it('stops at its element budget and says so', () => {
    const root = body('<p>x</p>'.repeat(50));
    const result = collectBlocks(root, { ...budget, maxElements: 10 });
    expect(result.complete).toBe(false);
    expect(result.blocks.length).toBeLessThan(50);
  });

  it('isHidden reads the hidden attribute, aria-hidden and inline display/visibility', () => {
    const el = (html: string) => body(html).firstElementChild!;
    expect(isHidden(el('<div hidden></div>'))).toBe(true);
    expect(isHidden(el('<div style="DISPLAY:NONE"></div>'))).toBe(true);
    expect(isHidden(el('<div aria-hidden="true"></div>'))).toBe(true);
    expect(isHidden(el('<div style="display:block"></div>'))).toBe(false);
    expect(isHidden(el('<div class="hidden"></div>'))).toBe(false);
  });

  it.each([
    ['a text node longer than a block may hold is cut there', 'x'.repeat(5_000), 1_000, 1_000, false],
    ['a text node inside an inline element is cut there too', `<span>${'y'.repeat(5_000)}</span>`, 1_000, 1_000, false],
    ['a text node within the limit is read whole', 'z'.repeat(900), 1_000, 900, true],
  ])('%s', (_l, html, maxBlockChars, length, complete) => {
    const result = collectBlocks(body(`<p>${html}</p>`), { ...budget, maxBlockChars });
    expect(result.blocks[0]!.text).toHaveLength(length);
    expect(result.complete).toBe(complete);
  });
});
