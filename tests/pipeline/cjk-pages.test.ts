/**
 * The Japanese, Chinese, Arabic and Korean fixture pages (expected.json `recognition`) through the whole Node
 * pipeline, as npm run analyze reads them: extraction keeps the title and text, the text's script names the language,
 * the segmenter's wasm loads from node_modules (ja, zh), and the key people (with roles), places, organizations and resolved
 * dates come out with offsets into the article text.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../scripts/analyze-document';
import { parseHtml } from '../../scripts/dom';
import { loadFixturePages } from '../support/fixture-server';

interface Recognition {
  lang: string;
  entities: { type: string; name: string; role?: string }[];
  notEntities: string[];
  dates: { text: string; value: string }[];
}

const PAGES = loadFixturePages()
  .filter((p) => p.expected.recognition)
  .map((p) => ({ slug: p.slug, html: p.html, expected: p.expected.recognition as Recognition }));

const reports = new Map<string, Awaited<ReturnType<typeof analyzeDocument>>>();

beforeAll(async () => {
  for (const p of PAGES) {
    const url = `https://fixtures.test/${p.slug}/`;
    reports.set(p.slug, await analyzeDocument(parseHtml(p.html, url), url));
  }
}, 60_000);

it('has a Japanese, a Chinese, an Arabic and a Korean page', () => {
  expect(PAGES.map((p) => p.expected.lang).sort()).toEqual(['ar', 'ja', 'ko', 'zh']);
});

describe.each(PAGES)('$slug', ({ slug, expected }) => {
  it('is read in its language', () => {
    const report = reports.get(slug)!;
    expect(report.article?.lang?.split('-')[0]).toBe(expected.lang);
  });

  it.each(expected.entities)('finds $type $name', (want) => {
    const { entities, article } = reports.get(slug)!;
    const found = entities.find((e) => e.name === want.name && e.type === want.type);
    expect(found, JSON.stringify(entities.map((e) => [e.type, e.name]))).toBeDefined();
    if (want.role) expect(found!.role).toBe(want.role);
    for (const m of found!.mentions) expect(article!.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('lists no common word as a name', () => {
    const names = reports.get(slug)!.entities.map((e) => e.name);
    for (const word of expected.notEntities) expect(names).not.toContain(word);
  });

  it.each(expected.dates)('resolves $text to $value', ({ text, value }) => {
    const { entities, article } = reports.get(slug)!;
    const date = entities.find((e) => e.type === 'date' && e.mentions.some((m) => m.text === text));
    expect(date?.value, text).toBe(value);
    for (const m of date!.mentions) expect(article!.text.slice(m.start, m.end)).toBe(m.text);
  });
});
