/**
 * Fixture pages in languages without a pack (tests/fixtures/pages/<slug>/, expected.json's `borrowed`), through
 * extraction and the whole analysis as `npm run analyze` runs it: the language stays the page's own, the borrowed
 * pack finds the key names (sure with a type, or unsure for the cards to look up), sentence-opening common words
 * are no names, and numeric dates resolve. `knownMisses` lists names missed today, checked to stay missed so a
 * better reader shows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../../../../scripts/dom';
import { packFor } from '../../../../src/languages/all';
import { prepareNerModel } from '../../../../src/languages/pack-model';
import { extractArticle } from '../../../../src/pipeline/extract';
import { analyzeArticle, packLanguage } from '../../../../src/pipeline/recognize';
import type { Analysis } from '../../../../src/shared/types';
import { loadFixturePages } from '../../../support/fixture-server';

interface Borrowed {
  lang: string;
  pack: string;
  names: string[];
  knownMisses?: string[];
  notNames: string[];
  dates: [string, string][];
}

const PAGES = loadFixturePages()
  .filter((p) => p.expected.borrowed)
  .map((p) => ({ slug: p.slug, html: p.html, expected: p.expected.borrowed as Borrowed }));

const hasPack = (code: string) => packFor(code)?.code === code;

it('has borrowed-pack pages in Swedish, Romanian, Czech and Ukrainian', () => {
  expect(PAGES.map((p) => p.expected.lang).sort()).toEqual(expect.arrayContaining(['cs', 'ro', 'sv', 'uk']));
});

describe.each(PAGES)('$slug', ({ html, expected }) => {
  const url = 'https://fixtures.test/article';
  const article = extractArticle(parseHtml(html, url), url)!;
  let analysis: Analysis & { lang: string | null };
  beforeAll(async () => {
    await prepareNerModel(expected.pack);
    analysis = analyzeArticle({ ...article, publishedAt: article.publishedAt }, packFor);
  });
  const names = () => [...analysis.entities, ...(analysis.unsure ?? [])].filter((e) => e.type !== 'date');
  const written = () => names().flatMap((e) => [e.name, ...e.mentions.map((m) => m.text)]);

  it('keeps the page its own language and borrows the expected pack', () => {
    expect(analysis.lang).toBe(expected.lang);
    expect(packLanguage(article, hasPack)).toBe(expected.pack);
  });

  it.each(expected.names)('finds %s', (name) => {
    expect(written()).toContain(name);
  });

  it.each(expected.knownMisses ?? [])('misses %s today', (name) => {
    expect(written()).not.toContain(name);
  });

  it.each(expected.notNames)('%s (a common word opening a sentence) is no name and no part of one', (word) => {
    const opensWith = new RegExp(`^${word}(?![\\p{L}])`, 'u');
    expect(written().filter((t) => opensWith.test(t))).toEqual([]);
  });

  it.each(expected.dates)('reads %s as %s', (text, value) => {
    const dates = analysis.entities.filter((e) => e.type === 'date');
    expect(dates.flatMap((d) => d.mentions.map((m) => [m.text, m.value]))).toContainEqual([text, value]);
  });
});
