/**
 * Fixture pages written for the trust defects (tests/fixtures/pages/trust-*): each through the whole pipeline, and
 * the `trust` block of its expected.json checked: the entities a reader must see and those that would be wrong, the
 * mentions grouped together, roles on the right person, the standfirst, dates as days, related titles in the
 * casing the article uses and the byline out of capitals.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/dom';
import { analyzeDocument } from '../../scripts/analyze-document';
import { relatedLinkItems } from '../../src/pipeline/coverage/select-coverage';
import { resolveDates } from '../../src/popup/article-dates';
import { storyLine } from '../../src/popup/story-summary';
import { loadFixturePages } from '../support/fixture-server';

interface Trust {
  entities?: string[];
  notEntities?: string[];
  /** Names held back as unsure: no card unless a confident link backs them, but still named ("Also mentioned"). */
  alsoMentioned?: string[];
  mentions?: Record<string, string[]>;
  roles?: Record<string, string>;
  noRoles?: string[];
  standfirst?: string;
  dates?: Record<string, string>;
  relatedTitles?: string[];
  byline?: string;
  /** The story line's "what", or null when no line can be trusted (the popup shows the standfirst). */
  story?: string | null;
}

const pages = await Promise.all(
  loadFixturePages()
    .filter((p) => p.expected.trust)
    .map(async (p) => {
      const url = p.expected.url as string;
      const report = await analyzeDocument(parseHtml(p.html, url), url);
      return { slug: p.slug, trust: p.expected.trust as Trust, report };
    }),
);

const keyOf = (e: { type: string; name: string }) => `${e.type}:${e.name}`;

it('has the trust fixture pages', () => {
  expect(pages.map((p) => p.slug)).toEqual(
    expect.arrayContaining(['trust-budget-watchdog', 'trust-election-wire', 'trust-french-links']),
  );
});

describe.each(pages)('$slug', ({ trust, report }) => {
  const entities = report.entities.filter((e) => e.type !== 'date');
  const keys = entities.map(keyOf);

  it.each(trust.entities ?? [])('finds %s', (key) => expect(keys).toContain(key));
  it.each(trust.notEntities ?? [])('has no %s', (key) => expect(keys).not.toContain(key));
  it.each(trust.alsoMentioned ?? [])('names %s as unsure', (name) => {
    expect(report.alsoMentioned ?? []).toContain(name);
    expect(entities.map((e) => e.name)).not.toContain(name);
  });
  it.each(Object.entries(trust.mentions ?? {}))('%s groups its mentions', (key, mentions) => {
    const entity = entities.find((e) => keyOf(e) === key)!;
    expect(entity.mentions.map((m) => m.text).join(' | ')).toBe(
      mentions.map((m) => m.replace(/^The /, '')).join(' | '),
    );
  });
  it.each(Object.entries(trust.roles ?? {}))('%s is %s', (name, role) => {
    expect(entities.find((e) => e.name === name)?.role?.toLowerCase()).toBe(role.toLowerCase());
  });
  it.each(trust.noRoles ?? [])('%s takes no one else’s role', (name) => {
    expect(entities.find((e) => e.name === name)?.role).toBeUndefined();
  });
  it.skipIf(!trust.standfirst)('keeps the standfirst', () => expect(report.article?.standfirst).toBe(trust.standfirst));
  it.each(Object.entries(trust.dates ?? {}))('shows "%s" as %s', (phrase, days) => {
    const line = resolveDates(report.entities, 'en-US').find((d) => d.phrase === phrase);
    expect(line?.days?.replace(/\s+/g, ' ')).toBe(days);
  });
  it.skipIf(!trust.relatedTitles)('cases related titles as the article does', () => {
    const names = entities.map((e) => e.name);
    expect(relatedLinkItems(report.article!, undefined, names).map((i) => i.title)).toEqual(trust.relatedTitles);
  });
  it.skipIf(trust.story === undefined)('gives a story line only when its parts are confident', () => {
    expect(storyLine(report.events)?.what ?? null).toBe(trust.story);
  });
  it.skipIf(!trust.byline)('writes the byline out of capitals', () =>
    expect(report.article?.byline).toBe(trust.byline),
  );
});
