// @vitest-environment happy-dom
/** Signals from text and structure alone: tables of lines and pages that must and must not raise each one. */
import { describe, expect, it } from 'vitest';
import { readSignals } from '../../../src/pipeline/detect/signals';
import {
  headerFacts,
  headerLineKind,
  headlineLeads,
  opensWithDateline,
  readLooseText,
  titleHeadline,
} from '../../../src/pipeline/detect/text-signals';

const page = (body: string, title = '') =>
  new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`,
    'text/html',
  );
const SENTENCE =
  'The county board voted on Tuesday to close the old mill road until the bridge is repaired next spring.';

describe('header lines', () => {
  it.each([
    ['By Jane Roe', true, false],
    ['BY JANE ROE, Staff Writer', true, false],
    ['Von Anna Müller', true, false],
    ['by the river', false, false],
    ['Bylines are hard', false, false],
    ['March 4, 2008', false, true],
    ['Posted 04.03.2008 at 10:12', false, true],
    ['12. Juni 2019', false, true],
    ['By Jane Roe | Jan. 5, 2011', true, true],
    ['June 12, 2019 · by Mira Okafor · 4 comments', true, true],
    ['By: Patti Domm', true, false],
    ['Posted by Jane Roe on March 4, 2008', true, true],
    ['Written by Jane Roe', true, false],
    ['Photo by Jane Roe', false, false],
    ['Posted by the river', false, false],
    ['2019年4月11日 12:00', false, true],
    ['2019년 4월 11일', false, true],
    ['Settlement of 2019 claims', false, false],
    ['2019年度 決算', false, false],
    ['Outlook 2019', false, false],
    ['March madness', false, false],
    ['Call 555-1234-2008 today', false, false],
    ['In 2008 the mill closed', false, false],
    [`${SENTENCE} ${SENTENCE} March 4, 2008`, false, false],
  ])('%s → byline %s, date %s', (line, byline, date) => {
    expect(headerLineKind(line)).toEqual({ byline, date });
  });
});

describe('dateline', () => {
  it.each([
    ['WASHINGTON (AP) — The Senate voted on Tuesday.', true],
    ['ASTANA, Sept 14 (Reuters) - Chinese President Xi Jinping arrived.', true],
    ['NEW YORK — Stocks fell.', true],
    ['SÃO PAULO, Brazil — Rain fell.', true],
    ['The Senate voted on Tuesday (AP).', false],
    ['US officials said, on Tuesday, that it would.', false],
    ['I, for one, disagree.', false],
  ])('%s → %s', (text, expected) => {
    expect(opensWithDateline(text)).toBe(expected);
  });
});

describe('the document title names a headline', () => {
  it.each([
    ['Mill road closes until spring | Valley Courier', 'millroadclosesuntilspring'],
    ['Valley Courier - Mill road closes until spring after vote', 'millroadclosesuntilspringaftervote'],
    ['Valley Courier', ''],
    ['Home | News', ''],
  ])('%s → %s', (title, expected) => {
    expect(titleHeadline(title)).toBe(expected);
  });
});

describe('loose text', () => {
  it.each([
    [
      'text between <br>s in a cell',
      `<table><tr><td>${SENTENCE}<br><br>${SENTENCE}<br><br>${SENTENCE}</td></tr></table>`,
      3,
    ],
    [
      'a <div> with its own text and a link inside',
      `<div>${SENTENCE} <a href="/x">the bridge</a> ${SENTENCE}</div>`,
      1,
    ],
    [
      'text inside <font> inside a cell, counted once',
      `<table><tr><td><font>${SENTENCE}<br>${SENTENCE}</font></td></tr></table>`,
      2,
    ],
    ['short lines between <br>s', '<div>Home<br>News<br>Sports<br>Contact us</div>', 0],
    ['prose in <p> is not loose text', `<div><p>${SENTENCE}</p><p>${SENTENCE}</p></div>`, 0],
  ])('%s: %i paragraphs', (_, body, paragraphs) => {
    const loose = readLooseText(page(body));
    expect(loose.paragraphs).toBe(paragraphs);
    expect(loose.chars > 0).toBe(paragraphs > 0);
  });
});

describe('the headline leads the prose', () => {
  const story = `<p>${SENTENCE}</p><p>${SENTENCE}</p>`;
  it.each([
    ['an <h1> just above the story', `<div><h1>Mill road closes</h1><div id="b">${story}</div></div>`, true],
    [
      'an <h1> in a header beside the body',
      `<article><header><h1>Mill road</h1></header><div><div id="b">${story}</div></div></article>`,
      true,
    ],
    ['an <h1> below the prose', `<div><div id="b">${story}</div><h1>Mill road closes</h1></div>`, false],
    [
      'an <h1> far away in the masthead',
      `<header><h1>Courier</h1></header><div><div><div><div><div><div><div><div id="b">${story}</div></div></div></div></div></div></div></div>`,
      false,
    ],
    ['no <h1>', `<div><div id="b">${story}</div></div>`, false],
  ])('%s → %s', (_, body, expected) => {
    const doc = page(body);
    expect(headlineLeads(doc.querySelector('h1'), doc.getElementById('b'))).toBe(expected);
  });
});

describe('header facts above the densest block', () => {
  const story = `<div id="b"><p>${SENTENCE}</p><p>${SENTENCE}</p></div>`;
  it.each([
    [
      'byline and date after the <h1>',
      `<h1>Mill road closes</h1><p>By Jane Roe</p><p>March 4, 2008</p>${story}`,
      '',
      true,
      true,
      false,
    ],
    [
      'a table-layout header (font, no h1)',
      `<table><tr><td><font size="5"><b>Mill road closes until spring</b></font></td></tr><tr><td>${story}</td></tr></table>`,
      'Mill road closes until spring - Courier',
      false,
      false,
      true,
    ],
    ['a date far below the story only', `${story}<p>March 4, 2008</p>`, '', false, false, false],
    [
      'a front: section name, no header lines',
      `<h1>Local news</h1><div><div><div>${story}</div></div></div>`,
      'Local news | Courier',
      false,
      false,
      false,
    ],
  ])('%s', (_, body, title, byline, date, titleSeen) => {
    const doc = page(body, title);
    const facts = headerFacts(doc.querySelector('h1'), doc.getElementById('b'), doc.title);
    expect(facts).toEqual({ byline, date, title: titleSeen });
  });

  it.each([
    ['each paragraph in a wrapper of its own', (p: string) => `<div class="w">${p}</div>`, 2 * SENTENCE.length],
    [
      'a wrapper holding more than the paragraph',
      (p: string) => `<div class="w">${p}<span>ad</span></div>`,
      SENTENCE.length,
    ],
  ])('groups prose by its block: %s', (_, wrap, densest) => {
    const doc = page(`<div id="b">${wrap(`<p>${SENTENCE}</p>`)}${wrap(`<p>${SENTENCE}</p>`)}</div>`);
    expect(readSignals(doc, 'https://example.com/a').densestBlock).toBe(densest);
  });

  it('reads them into the page signals', () => {
    const doc = page(`<h1>Mill road closes</h1><p>By Jane Roe</p>${story}`);
    const s = readSignals(doc, 'https://example.com/a');
    expect([s.headlineLeads, s.textByline, s.textDate]).toEqual([true, true, false]);
    const bare = readSignals(page(story), 'https://example.com/a');
    expect([bare.headlineLeads, bare.textByline, bare.textDate]).toEqual([false, false, false]);
  });
});
