// @vitest-environment happy-dom
/** Signals from text and structure alone: tables of lines and pages that must and must not raise each one. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSignals, storyHeaderLines } from '../../../src/pipeline/detect/signals';
import { detectArticle } from '../../../src/pipeline/detect';
import { PAGES_DIR } from '../../support/fixture-server';
import {
  echoesTitle,
  headerFacts,
  headerLineKind,
  headlineLeads,
  leadFacts,
  opensWithDateline,
  readLooseText,
  standInHeadline,
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
    ['Updated: 3/3/08 5:12 PM', false, true],
    ['Posted 03.03.08', false, true],
    ['Last updated on 12/24/07', false, true],
    ['Aktualisiert: 3.3.08, 17:12', false, true],
    ['Final score 3/3/08', false, false],
    ['Updated: 3/3', false, false],
    ['Updated: 3/3/2008', false, true],
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
    // Scripts the squeeze keeps: Arabic, Thai (no spaces between words), Hangul.
    ['بوتين وشي يلتقيان في سمرقند | صحيفة الأفق', 'بوتينوشييلتقيانفيسمرقند'],
    ['ปูตินและสี จิ้นผิงจะพบกันที่ซามาร์คันด์ - ข่าวสด', 'ปูตินและสีจิ้นผิงจะพบกันที่ซามาร์คันด์'],
    ['푸틴과 시진핑 다음 주 사마르칸트서 회담 | 한빛일보', '푸틴과시진핑다음주사마르칸트서회담'],
    ['ข่าวสด | หน้าแรก', ''],
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
  const row = (cell: string) => `<tr><td${cell}</td></tr>`;
  it.each([
    [
      'byline and date after the <h1>',
      `<h1>Mill road closes</h1><p>By Jane Roe</p><p>March 4, 2008</p>${story}`,
      '',
      { byline: true, date: true, title: false, headline: false },
    ],
    [
      'a table-layout header (font, no h1)',
      `<table><tr><td><font size="5"><b>Mill road closes until spring</b></font></td></tr><tr><td>${story}</td></tr></table>`,
      'Mill road closes until spring - Courier',
      { byline: false, date: false, title: true, headline: false },
    ],
    [
      'a "title" cell above a byline row, the title only the paper\'s name',
      `<table>${row(' class="title">Senate passes school funding plan')}${row('>By JOHN HANNA, Associated Press Writer')}<tr><td>${story}</td></tr></table>`,
      'Prairie Weekly',
      { byline: true, date: false, title: false, headline: true },
    ],
    [
      'a bold line above a date line',
      `<div><b>Senate passes school funding plan</b></div><div>Posted on March 3, 2008</div>${story}`,
      '',
      { byline: false, date: true, title: false, headline: true },
    ],
    [
      'a plain line above a byline is no headline',
      `<div>Senate passes school funding plan</div><div>By Jane Roe</div>${story}`,
      '',
      { byline: true, date: false, title: false, headline: false },
    ],
    [
      'a bold line below the byline is no headline',
      `<div>By Jane Roe</div><div><b>Senate passes school funding plan</b></div>${story}`,
      '',
      { byline: true, date: false, title: false, headline: false },
    ],
    [
      'a bold line with no byline or date',
      `<div><b>Senate passes school funding plan</b></div>${story}`,
      '',
      { byline: false, date: false, title: false, headline: false },
    ],
    [
      'a date far below the story only',
      `${story}<p>March 4, 2008</p>`,
      '',
      { byline: false, date: false, title: false, headline: false },
    ],
    [
      'a front: section name, no header lines',
      `<h1>Local news</h1><div><div><div>${story}</div></div></div>`,
      'Local news | Courier',
      { byline: false, date: false, title: false, headline: false },
    ],
  ])('%s', (_, body, title, expected) => {
    const doc = page(body, title);
    const { lines, ...facts } = headerFacts(doc.querySelector('h1'), doc.getElementById('b'), doc.title);
    expect(facts).toEqual(expected);
    // The lines read are kept exactly when they count.
    expect([!!lines.headline, !!lines.byline, !!lines.date]).toEqual([
      expected.headline,
      expected.byline,
      expected.date,
    ]);
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

describe('header lines at the top of the densest block', () => {
  const prose = `${SENTENCE}<br><br>${SENTENCE}`;
  it.each([
    [
      'headline, byline and date stamp in one cell, split by <br>s',
      `<font size="5"><b>Flood waters close Route 9</b></font><br>By TOM BRADLEY, Staff Writer<br>Updated: 4/12/05 5:12 PM<br><br>${prose}`,
      { headline: true, byline: true, date: true, dateline: false },
    ],
    [
      'a bold headline, a date line, then a wire dateline',
      `<b>Senate approves rural hospital bill</b><br>Posted on March 3, 2008<br><br>WASHINGTON (AP) — ${prose}`,
      { headline: true, byline: false, date: true, dateline: true },
    ],
    [
      'a large <font> headline in a <div>, byline in a <div>',
      `<div><font size="+2">Mill road closes until spring</font></div><div>By Jane Roe</div>${prose}`,
      { headline: true, byline: true, date: false, dateline: false },
    ],
    [
      'a plain (not emphasised) first line before the byline is no headline',
      `Mill road closes until spring<br>By Jane Roe<br><br>${prose}`,
      { headline: false, byline: true, date: false, dateline: false },
    ],
    [
      'bold labels of a product sheet, no byline or date',
      `<b>Cordless drill kit with case</b><br><b>Price:</b> $89<br><br>${prose}`,
      { headline: false, byline: false, date: false, dateline: false },
    ],
    [
      'a byline below the first paragraph is not read',
      `${SENTENCE}<br><br>By Jane Roe<br>March 4, 2008`,
      { headline: false, byline: false, date: false, dateline: false },
    ],
    ['prose only', prose, { headline: false, byline: false, date: false, dateline: false }],
  ])('%s', (_, cell, expected) => {
    const doc = page(`<table><tr><td id="b">${cell}</td></tr></table>`);
    const { lines, ...facts } = leadFacts(doc.getElementById('b'));
    expect(facts).toEqual(expected);
    expect([!!lines.headline, !!lines.byline, !!lines.date]).toEqual([
      expected.headline,
      expected.byline,
      expected.date,
    ]);
  });
});

describe('the headline of a page without <h1>', () => {
  const title = 'Flood waters close Route 9 for second day - Harlan Ledger';
  it.each([
    ['a large bold <font>', '<font size="5"><b>Flood waters close Route 9 for second day</b></font>', 'FONT'],
    ['an <h2>', '<div><h2>Flood waters close Route 9 for second day</h2></div>', 'H2'],
    ['a linked teaser saying it', '<a href="/x"><b>Flood waters close Route 9 for second day</b></a>', null],
    ['a section name in bold', '<b>Local News</b><b>Weather</b>', null],
    ['bold text the title does not repeat', '<b>Bridge repairs to start in March</b>', null],
  ])('%s', (_, body, tag) => {
    expect(standInHeadline(page(body, title))?.tagName ?? null).toBe(tag);
  });

  it('looks for none when the title is only the site name', () => {
    expect(standInHeadline(page('<b>Harlan Ledger</b>', 'Harlan Ledger'))).toBeNull();
  });

  it.each([
    ['Flood waters close Route 9', title, true],
    ['Route 9', title, false],
    ['Harlan Ledger front page news', title, false],
    // Thai writes no spaces between words: a two-part headline is long enough; a short one is not.
    ['ปูตินและสี จิ้นผิงจะพบกันที่ซามาร์คันด์', 'ปูตินและสี จิ้นผิงจะพบกันที่ซามาร์คันด์ - ข่าวสด', true],
    ['หน้าแรก', 'หน้าแรก - ข่าวสด', false],
    ['ปูตินและสี จิ้นผิงจะพบกัน', 'ข่าวต่างประเทศ - ข่าวสด', false],
  ])('%s echoes %s → %s', (line, docTitle, expected) => {
    expect(echoesTitle(line, docTitle)).toBe(expected);
  });
});

describe('a story printed whole in one layout cell', () => {
  const cell = (header: string) =>
    `<table><tr><td>${header}${SENTENCE} ${SENTENCE}<br><br>${SENTENCE} ${SENTENCE}<br><br>${SENTENCE} ${SENTENCE}<br><br>${SENTENCE} ${SENTENCE}</td></tr></table>`;
  it.each([
    [
      'with its headline, byline and date stamp on top',
      cell('<font size="5"><b>Flood waters close Route 9</b></font><br>By TOM BRADLEY<br>Updated: 4/12/05<br><br>'),
      true,
    ],
    ['with nothing on top', cell(''), false],
    ['with a bold label on top', cell('<b>Product details and care</b><br><br>'), false],
  ])('%s → article %s', (_, body, expected) => {
    expect(detectArticle(page(body, 'Harlan Ledger'), 'http://ledger.example/stories/0412.html').isArticle).toBe(
      expected,
    );
  });
});

describe('a bold line stands for the headline only on a page without <h1>', () => {
  const header = '<div><b>Cordless drill kit with two batteries</b></div><div>Posted on March 3, 2008</div>';
  const body = `<div>${header}<div id="b"><p>${SENTENCE}</p><p>${SENTENCE}</p></div></div>`;
  it.each([
    ['no <h1>', body, true],
    [
      'an <h1> far from the prose',
      `<h1>Hardware Hut</h1><div><div><div><div><div><div><div>${body}</div></div></div></div></div></div></div>`,
      false,
    ],
  ])('%s → headline leads %s', (_, html, expected) => {
    expect(readSignals(page(html), 'https://example.com/a').headlineLeads).toBe(expected);
  });
});

describe("loose text beside a block's <p>s", () => {
  it.each([
    [
      'a first paragraph left loose before the <p>s',
      `<td id="b">${SENTENCE}<p>${SENTENCE}</p><p>${SENTENCE}</p></td>`,
      3,
    ],
    ['a short loose line is no paragraph', `<td id="b">Home<p>${SENTENCE}</p><p>${SENTENCE}</p></td>`, 2],
    ['loose text in another element', `<div>${SENTENCE}</div><td id="b"><p>${SENTENCE}</p><p>${SENTENCE}</p></td>`, 2],
  ])('%s: the block holds %i paragraphs', (_, cell, paragraphs) => {
    const s = readSignals(page(`<table><tr>${cell}</tr></table>`), 'https://example.com/a');
    expect(s.densestBlock).toBe(paragraphs * SENTENCE.length);
  });
});

describe('old pages told from their text alone, read all at once and group by group', () => {
  it.each([
    ['article-2005-one-cell', 'http://www.harlanledger.example/stories/0412flood.html', true],
    ['wire-story-in-cell', 'http://www.prairieweekly.example/state/story06-0512.html', true],
    ['article-2008-table-layout', 'http://www.millbrookcourier.example/news/story.php?id=4512', true],
    ['section-front-teasers', 'https://www.example.com/news/', false],
    ['forum-thread-phpbb', 'https://forum.example.com/viewtopic.php?t=1', false],
  ])('%s → article %s', (slug, url, expected) => {
    const doc = new DOMParser().parseFromString(
      readFileSync(join(PAGES_DIR, slug, 'source.html'), 'utf8'),
      'text/html',
    );
    expect(detectArticle(doc, url).isArticle).toBe(expected);
    expect(detectArticle(doc, url, { stopWhenCertain: true }).isArticle).toBe(expected);
  });
});

describe('the story header lines extraction reads on pages without <h1>', () => {
  const prose = `${SENTENCE}<br><br>${SENTENCE}<br><br>${SENTENCE}<br><br>${SENTENCE}`;
  it.each([
    [
      'headline, byline and date stamp in the story cell',
      `<table><tr><td><font size="5"><b>Flood waters close Route 9</b></font><br>By TOM BRADLEY, Staff Writer<br>Updated: 4/12/05 5:12 PM<br><br>${prose}</td></tr></table>`,
      '',
      {
        headline: 'Flood waters close Route 9',
        byline: 'By TOM BRADLEY, Staff Writer',
        date: 'Updated: 4/12/05 5:12 PM',
      },
    ],
    [
      'a "title" cell and a byline row above the story cell',
      `<table><tr><td class="title">Senate passes school funding plan</td></tr><tr><td>By JOHN HANNA, AP Writer</td></tr><tr><td>${prose}</td></tr></table>`,
      'Prairie Weekly',
      { headline: 'Senate passes school funding plan', byline: 'By JOHN HANNA, AP Writer', date: null },
    ],
    [
      'a bold line the document title repeats, no byline',
      `<div><b>Mill road closes until spring</b></div><div>${prose}</div>`,
      'Mill road closes until spring - Courier',
      { headline: 'Mill road closes until spring', byline: null, date: null },
    ],
    [
      'a plain line above a byline: the byline only',
      `<div>Mill road closes</div><div>By Jane Roe</div><div>${prose}</div>`,
      '',
      { headline: null, byline: 'By Jane Roe', date: null },
    ],
    ['prose without a header', `<div>${prose}</div>`, '', null],
    [
      'a page with an <h1> (the extractor reads it)',
      `<h1>Mill road closes until spring</h1><div>By Jane Roe</div><div>${prose}</div>`,
      '',
      null,
    ],
  ])('%s', (_, body, title, expected) => {
    expect(storyHeaderLines(page(body, title))).toEqual(expected);
  });
});
