/**
 * One short news article per language (tests/fixtures/texts) through the whole analysis, as `npm run analyze` runs
 * it. Language, dates and named events come from the language's own rules and are checked now; people, places and
 * roles need the language's own NER model, loaded first, and are checked for each language that ships one (a language
 * without one would borrow the English model, and its name tests say so by being skipped).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packFor } from '../../src/languages/all';
import { NER_MODEL_LANGUAGES } from '../../src/languages/ner-model-languages';
import { english } from '../../src/languages/en';
import { prepareNerModel } from '../../src/languages/pack-model';
import { analyzeArticle } from '../../src/pipeline/recognize';
import type { Article } from '../../src/shared/types';

interface Expected {
  dates: [string, string][];
  events: string[];
  people: string[];
  places: string[];
  roles: Record<string, string>;
  /** What the language's model misses today (expected to fail, so a better model shows). */
  knownMisses?: { places?: string[]; people?: string[] };
}

/** The languages whose models ship (src/languages/<code>/ner-model.json): their names are checked. */
const LANGUAGES_WITH_MODELS = NER_MODEL_LANGUAGES.filter((code) => code !== english.code);
const DIR = resolve(__dirname, '../fixtures/texts');
const EXPECTED = JSON.parse(readFileSync(resolve(DIR, 'expected.json'), 'utf8')) as Record<string, Expected>;

function analyze(code: string) {
  const text = readFileSync(resolve(DIR, `${code}.txt`), 'utf8');
  // Declared English, as a careless template would: the text must still decide.
  const article: Article = {
    title: text.split('\n')[0]!,
    byline: null,
    authors: [],
    publisher: null,
    publishedAt: '2026-05-06',
    lang: 'en',
    url: `https://news.example/${code}`,
    text,
    relatedLinks: [],
  };
  return analyzeArticle(article, packFor);
}

describe.each(Object.entries(EXPECTED))('%s article', (code, expected) => {
  let analysis: ReturnType<typeof analyze>;
  beforeAll(async () => {
    await prepareNerModel(code);
    analysis = analyze(code);
  });
  const named = (type: string) => analysis.entities.filter((e) => e.type === type);
  // Arabic, Korean …: no model, their names come from the pack's own rules.
  const hasOwnModel = LANGUAGES_WITH_MODELS.includes(code) || !!packFor(code)?.anchoredNames;

  it('is read in its own language', () => {
    expect(analysis.lang).toBe(code);
  });

  it.each(expected.dates)('dates %s as %s', (text, value) => {
    const dates = named('date').flatMap((e) => e.mentions.map((m) => [m.text, e.value]));
    expect(dates).toContainEqual([text, value]);
  });

  it.each(expected.events)('names the event %s', (name) => {
    expect(named('event').map((e) => e.name)).toContain(name);
  });

  it.skipIf(!hasOwnModel).each(expected.people)('finds the person %s', (name) => {
    expect(named('person').map((e) => e.name)).toContain(name);
  });

  it.skipIf(!hasOwnModel).each(expected.places)('finds the place %s', (name) => {
    expect(named('place').map((e) => e.name)).toContain(name);
  });

  it.skipIf(!hasOwnModel).fails.each(expected.knownMisses?.places ?? [])('misses the place %s (known)', (name) => {
    expect(named('place').map((e) => e.name)).toContain(name);
  });

  it.skipIf(!hasOwnModel).fails.each(expected.knownMisses?.people ?? [])('misses the person %s (known)', (name) => {
    expect(named('person').map((e) => e.name)).toContain(name);
  });

  it.skipIf(!hasOwnModel).each(Object.entries(expected.roles))('gives %s the role %s', (name, role) => {
    expect(named('person').find((e) => e.name === name)?.role).toBe(role);
  });
});
