// @vitest-environment happy-dom
/** The shape check after the score: tables of page shapes that must and must not be turned down, side by side. */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/pipeline/detect';
import {
  DEFAULT_SHAPE_OPTIONS,
  notArticleShape,
  threadPosts,
  teaserBlocks,
  vetoNotArticleShapes,
} from '../../../src/pipeline/detect/not-article-shapes';
import { loadFixturePages } from '../../support/fixture-server';

const page = (body: string) =>
  new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`,
    'text/html',
  );
const times = <T>(n: number, f: (i: number) => T) => Array.from({ length: n }, (_, i) => f(i));
const SENTENCE = 'The council voted on Tuesday to approve the plan, which had been debated for years by residents.';
const prose = (n: number) => times(n, () => `<p>${SENTENCE} ${SENTENCE}</p>`).join('');
const story = `<h1>Council approves the long-debated tram line through the old town</h1>${prose(6)}`;

// Forum engines' post markup, each post with an author, a time and its own controls.
const phpbbPost = (i: number) =>
  `<div id="p${i}" class="post has-profile bg${(i % 2) + 1}"><div class="postbody"><p class="author"><a class="username" href="/memberlist.php?u=${i}">walker${i}</a> <time datetime="2023-09-2${i}T18:42:00+00:00">Thu Sep 2${i}, 2023</time></p><div class="content">${SENTENCE}</div><ul class="post-buttons"><li><a class="button button-icon-only" href="/posting.php?mode=quote&p=${i}" title="Reply with quote"><i class="icon fa-quote-left fa-fw"></i><span>Quote</span></a></li></ul></div></div>`;
const discoursePost = (i: number) =>
  `<article class="topic-post" id="post_${i}"><div class="topic-meta-data"><span class="username"><a href="/u/rider${i}">rider${i}</a></span><span class="post-date"><span title="Oct 3">3d</span></span></div><div class="cooked"><p>${SENTENCE}</p></div><section class="post-menu-area"><button class="reply create">Reply</button></section></article>`;
const xenforoPost = (i: number) =>
  `<article class="message message--post"><div class="message-user"><h4 class="message-name"><a class="username">glen${i}</a></h4></div><div class="message-content"><ul class="message-attribution"><li><time class="u-dt" datetime="2023-09-28T18:42:00+01:00">Sep 28, 2023</time></li></ul><div class="bbWrapper">${SENTENCE}</div><div class="actionBar"><a class="actionBar-action actionBar-action--reply" href="#">Reply</a></div></div></article>`;
const answer = (i: number) =>
  `<div class="answer"><div class="votecell"><button class="js-vote-up-btn">▲</button><div class="js-vote-count">${i}</div></div><div class="answercell"><div class="s-prose"><p>${SENTENCE}</p></div><div class="user-info"><div class="user-action-time">answered <span class="relativetime">Mar ${i + 1}, 2021</span></div><div class="user-details"><a href="/users/${i}">coder${i}</a></div></div></div></div>`;
const comment = (i: number) =>
  `<li class="comment"><div class="comment-author">reader${i}</div><div class="comment-date">March 4, 2024</div><p>${SENTENCE}</p><a class="comment-reply-link" href="#respond">Reply</a></li>`;
const liveUpdate = (i: number) =>
  `<article class="live-update"><time datetime="2024-11-05T2${i}:00:00Z">2${i}:00</time><h2>Polls close in the east</h2><p>${SENTENCE} ${SENTENCE}</p><div class="share"><a href="#">Share</a></div></article>`;
const teaser = (i: number) =>
  `<li class="card"><h3><a href="/news/2024/05/0${(i % 9) + 1}/story-${i}">Story number ${i} makes the headlines today</a></h3><p>A short blurb about story ${i}.</p></li>`;
const figure = (i: number) =>
  `<figure><img src="/p/${i}.jpg" alt=""><figcaption>Visitors admire the show garden ${i} on opening day.</figcaption></figure>`;

describe('notArticleShape', () => {
  it.each([
    ['a phpBB thread', 'thread', `<h1>Best route up Ben Nevis in October?</h1>${times(5, phpbbPost).join('')}`],
    ['a Discourse topic', 'thread', `<h1>Which tyres for winter commuting?</h1>${times(4, discoursePost).join('')}`],
    ['a XenForo thread', 'thread', `<h1>Best route up Ben Nevis?</h1>${times(3, xenforoPost).join('')}`],
    [
      'a Q&A page',
      'thread',
      `<h1>How do I parse dates?</h1><div class="question"><p>How?</p></div>${times(4, answer).join('')}`,
    ],
    ['a comments page with no story', 'thread', `<h1>Comments</h1><ol>${times(6, comment).join('')}</ol>`],
    [
      'an article with a long comment section',
      null,
      `${story}<ol class="comments">${times(40, comment).join('')}</ol>`,
    ],
    [
      'an article whose comments come first in the markup',
      null,
      `<aside><ol>${times(5, comment).join('')}</ol></aside>${story}`,
    ],
    ['two posts', null, `<h1>Short thread</h1>${times(2, phpbbPost).join('')}`],
    [
      'a live blog (timestamped updates, no reply controls)',
      null,
      `<h1>Election night live</h1>${times(12, liveUpdate).join('')}`,
    ],
    ['a section front', 'listing', `<h1>World</h1><ul>${times(12, teaser).join('')}</ul>`],
    [
      'a tag page with a section heading that links',
      'listing',
      `<h1>Wildfire</h1><section><h2><a href="/tag/wildfire">Wildfire</a></h2><ul>${times(9, teaser).join('')}</ul></section>`,
    ],
    [
      'a story with a list of related stories',
      null,
      `${story}<aside><h2>Related</h2><ul>${times(12, teaser).join('')}</ul></aside>`,
    ],
    ['seven teasers', null, `<h1>World</h1><ul>${times(7, teaser).join('')}</ul>`],
    [
      'headings that jump within the page',
      null,
      `<h1>Guide</h1>${times(10, (i) => `<h2><a href="#s${i}">Part ${i}</a></h2><p>Short.</p>`).join('')}`,
    ],
    ['a gallery', 'gallery', `<h1>Chelsea Flower Show in pictures</h1>${times(10, figure).join('')}`],
    ['an article with many pictures', null, `${story}${times(10, figure).join('')}${prose(2)}`],
    [
      'a video page',
      'video',
      `<h1>Storm hits the coast</h1><div class="video-player"><video src="/v.mp4"></video></div><p>Waves batter the sea wall.</p>`,
    ],
    [
      'a video page with a JW Player',
      'video',
      `<h1>Storm hits the coast</h1><div id="player" class="jwplayer jw-state-idle"></div>`,
    ],
    [
      'an article led by a video',
      null,
      `<h1>Storm hits the coast as thousands lose power</h1><video src="/v.mp4"></video>${prose(4)}`,
    ],
    [
      'a wiki page',
      'wiki',
      `<h1>Mozilla</h1>${times(3, (i) => `<h2>History ${i}<span class="mw-editsection">[<a href="/w/index.php?action=edit&section=${i}">edit</a>]</span></h2>${prose(2)}`).join('')}`,
    ],
    ['a plain story', null, story],
    ['an empty page', null, ''],
  ] as const)('%s → %s', (_, shape, body) => {
    expect(notArticleShape(page(body))).toBe(shape);
  });

  it('a story written without <p> (loose text between <br>s) keeps its listing of related stories from vetoing it', () => {
    const loose = `<div class="story">${times(6, () => `${SENTENCE} ${SENTENCE}<br><br>`).join('')}</div>`;
    expect(
      notArticleShape(page(`<h1>Council approves the tram line</h1>${loose}<ul>${times(12, teaser).join('')}</ul>`)),
    ).toBe(null);
    expect(notArticleShape(page(`<h1>World</h1><ul>${times(12, teaser).join('')}</ul>`))).toBe('listing');
  });

  it('thresholds are options', () => {
    const body = `<h1>World</h1><ul>${times(5, teaser).join('')}</ul>`;
    expect(notArticleShape(page(body))).toBe(null);
    expect(notArticleShape(page(body), { minTeasers: 5 })).toBe('listing');
    const thread = `<h1>Short thread</h1>${times(2, phpbbPost).join('')}`;
    expect(notArticleShape(page(thread), { minThreadPosts: 2 })).toBe('thread');
  });
});

describe('the blocks each shape counts', () => {
  it('counts a thread’s posts once each, alike, in page order', () => {
    const posts = threadPosts(page(`<h1>T</h1>${times(5, phpbbPost).join('')}`));
    expect(posts.map((p) => p.parentElement?.id)).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);
  });

  it('does not take a pull quote or a quoted post for a post control', () => {
    const quoted = `<div class="post"><span class="author">a</span><time>1</time><blockquote class="quote">q</blockquote></div>`;
    expect(threadPosts(page(times(4, () => quoted).join('')))).toHaveLength(0);
  });

  it('takes the teaser, not the section around it, and skips long blocks', () => {
    const doc = page(`<section><h2><a href="/world">World</a></h2><ul>${times(9, teaser).join('')}</ul></section>`);
    expect(teaserBlocks(doc).every((b) => b.tagName === 'LI')).toBe(true);
    const long = `<div><h3><a href="/a">A story</a></h3>${prose(4)}</div>`;
    expect(teaserBlocks(page(times(9, () => long).join('')))).toHaveLength(0);
  });
});

describe('vetoNotArticleShapes', () => {
  const accepted = { isArticle: true, score: 40, reasons: ['+11 og:article'] };
  it('turns an accepted page of a non-article shape down, saying which', () => {
    const d = vetoNotArticleShapes(page(`<h1>World</h1><ul>${times(12, teaser).join('')}</ul>`), accepted);
    expect(d).toEqual({ isArticle: false, score: 40, reasons: ['+11 og:article', 'veto:listing'] });
  });
  it('leaves a story, and a page already turned down, as they are', () => {
    expect(vetoNotArticleShapes(page(story), accepted)).toBe(accepted);
    const rejected = { isArticle: false, score: 3, reasons: ['+3 x'] };
    expect(vetoNotArticleShapes(page(`<ul>${times(12, teaser).join('')}</ul>`), rejected)).toBe(rejected);
  });
  it('has defaults for every threshold', () => {
    for (const value of Object.values(DEFAULT_SHAPE_OPTIONS)) expect(value).toBeGreaterThan(0);
  });
});

describe('the fixture pages of each shape', () => {
  const fixtures = loadFixturePages();
  const bySlug = (slug: string) => {
    const f = fixtures.find((p) => p.slug === slug)!;
    const url = String(f.expected.url);
    return { doc: new DOMParser().parseFromString(f.html, 'text/html'), url, expected: f.expected };
  };

  it.each([
    ['forum-thread-phpbb', 'thread'],
    ['forum-thread-discourse', 'thread'],
    ['qa-page', 'thread'],
    ['section-front-teasers', 'listing'],
    ['tag-page', 'listing'],
    ['article-long-comments', null],
    ['story-related-list', null],
    ['live-updates-local', null],
  ] as const)('%s → %s', (slug, shape) => {
    const { doc, expected } = bySlug(slug);
    expect(notArticleShape(doc)).toBe(shape);
    expect(expected.vetoedAs ?? null).toBe(shape);
  });

  it.each(['forum-thread-phpbb', 'forum-thread-discourse', 'qa-page'])(
    '%s: the score alone accepts it, the shape check turns it down',
    (slug) => {
      const { doc, url } = bySlug(slug);
      expect(detectArticle(doc, url, { shapes: false }).isArticle).toBe(true);
      const d = detectArticle(doc, url);
      expect(d.isArticle).toBe(false);
      expect(d.reasons).toContain('veto:thread');
    },
  );
});
