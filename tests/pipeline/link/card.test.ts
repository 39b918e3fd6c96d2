import { describe, expect, it } from 'vitest';
import { buildInArticleCard, buildLinkedCard, cardKey, type CardInput } from '../../../src/pipeline/link/card';
import type { Entity } from '../../../src/shared/types';
import { cardInput, entitiesFrom, spec } from './recorded';

const TEXT =
  'Russian President Vladimir Putin and his Chinese counterpart, Xi Jinping, will meet next week. Putin has also worked to reverse reforms.';
const entity = (type: Entity['type'], name: string, extra: Partial<Entity> = {}) =>
  ({
    type,
    name,
    mentions: [{ text: name, start: TEXT.indexOf(name), end: TEXT.indexOf(name) + name.length }],
    ...extra,
  }) as Entity & { type: 'person' };

function input(id: string, e: Entity, extra: Partial<CardInput> = {}): CardInput {
  const [wd] = entitiesFrom([spec(id)]);
  return { ...cardInput(wd!, '2022-09-07'), entity: e as CardInput['entity'], articleText: TEXT, ...extra };
}

describe('person cards', () => {
  it('Putin: age on the article date, nationality, current office', () => {
    const card = buildLinkedCard(
      input('Q7747', entity('person', 'Vladimir Putin', { role: 'Russian President', mentions: [] })),
    );
    expect(card).toMatchObject({
      key: 'person:Vladimir Putin',
      status: 'linked',
      qid: 'Q7747',
      wikidataUrl: 'https://www.wikidata.org/wiki/Q7747',
      wikipediaUrl: 'https://en.wikipedia.org/wiki/Vladimir_Putin',
    });
    expect(card.facts).toContainEqual({ key: 'born', value: '7 October 1952 (age 69)' });
    expect(card.facts.find((f) => f.key === 'nationality')!.value).toBe('Soviet Union, Russia');
    expect(card.positions[0]!.text).toBe('President of Russia (since 2012; also 2000–2008)');
    expect(card.inArticle.role).toBe('Russian President');
  });
  it('Gorbachev: died before the article, aged 91', () => {
    const card = buildLinkedCard(input('Q30487', entity('person', 'Mikhail Gorbachev')));
    expect(card.facts).toContainEqual({ key: 'died', value: '30 August 2022 (aged 91)' });
    expect(card.facts.find((f) => f.key === 'born')!.value).toBe('2 March 1931');
  });
  it('Gorbachev read in an article from 1990: alive, in office', () => {
    const card = buildLinkedCard(input('Q30487', entity('person', 'Mikhail Gorbachev'), { asOf: '1990-06-01' }));
    expect(card.facts.find((f) => f.key === 'born')!.value).toBe('2 March 1931 (age 59 at the time)');
    expect(card.facts.find((f) => f.key === 'died')!.value).toBe('30 August 2022 (aged 91), after this article');
    expect(card.positions.filter((p) => p.current).map((p) => p.label)).toContain('President of the Soviet Union');
  });
  it('image: the Commons file by Special:FilePath when no licence info was fetched', () => {
    const card = buildLinkedCard(input('Q15031', entity('person', 'Xi Jinping')));
    expect(card.image!.src).toBe('https://commons.wikimedia.org/wiki/Special:FilePath/Xi_Jinping_2019.jpg?width=320');
    expect(card.image!.pageUrl).toBe('https://commons.wikimedia.org/wiki/File:Xi_Jinping_2019.jpg');
  });
  it('image: licence and author when imageinfo came', () => {
    const image = {
      file: 'Xi_Jinping_2019.jpg',
      thumbUrl: 'https://upload.wikimedia.org/t.jpg',
      pageUrl: 'https://commons.wikimedia.org/wiki/File:Xi_Jinping_2019.jpg',
      license: 'CC BY 4.0',
      licenseUrl: null,
      artist: 'Kremlin.ru',
    };
    expect(buildLinkedCard(input('Q15031', entity('person', 'Xi Jinping'), { image })).image).toMatchObject({
      src: 'https://upload.wikimedia.org/t.jpg',
      license: 'CC BY 4.0',
      artist: 'Kremlin.ru',
    });
  });
  it('summary: 2–3 sentences of the extract, title and description from Wikipedia', () => {
    const page = {
      requested: 'Xi Jinping',
      title: 'Xi Jinping',
      missing: false,
      disambiguation: false,
      qid: 'Q15031',
      description: 'Chinese leader',
      extract: 'One. Two. Three. Four.',
      thumbnail: null,
    };
    const card = buildLinkedCard(input('Q15031', entity('person', 'Xi Jinping'), { page }));
    expect(card).toMatchObject({ title: 'Xi Jinping', description: 'Chinese leader', summary: 'One. Two. Three.' });
  });
});

describe('organization, place, event cards', () => {
  it('Gazprom: founded, headquarters and chief executive as of 2022', () => {
    const card = buildLinkedCard(input('Q102673', entity('organization', 'Gazprom') as never));
    expect(Object.fromEntries(card.facts.map((f) => [f.key, f.value]))).toMatchObject({
      founded: '8 August 1989',
      headquarters: 'Saint Petersburg',
      leader: 'Alexei Miller (since 2001)',
      country: 'Russia',
    });
    expect(card.image!.src).toContain('Gazprom-Logo-rus.svg');
  });
  it('SCO: its secretary-general in September 2022', () => {
    const card = buildLinkedCard(
      input('Q485207', entity('organization', 'Shanghai Cooperation Organization') as never),
    );
    expect(card.facts.find((f) => f.key === 'leader')!.value).toBe('Zhang Ming (since 2022)');
  });
  it('Fox News as publisher: owner then, country, founded', () => {
    const card = buildLinkedCard(input('Q186068', entity('organization', 'Fox News') as never));
    expect(Object.fromEntries(card.facts.map((f) => [f.key, f.value]))).toMatchObject({
      owner: 'Fox Corporation',
      country: 'United States',
      founded: '7 October 1996',
    });
    expect(card.facts.map((f) => f.key)).not.toContain('bias');
  });
  it('Samarkand: country, population as of the article, coordinates', () => {
    const card = buildLinkedCard(input('Q5753', entity('place', 'Samarkand') as never));
    expect(Object.fromEntries(card.facts.map((f) => [f.key, f.value]))).toMatchObject({
      country: 'Uzbekistan',
      population: '546,303 (1 January 2021)',
    });
    expect(card.coordinates).toEqual({ lat: 39.6547, lon: 66.9758 });
  });
  it('Moscow as a metonym shows what it stands for', () => {
    const card = buildLinkedCard(input('Q649', entity('organization', 'Moscow') as never, { metonym: true }));
    expect(card.metonym).toBe(true);
    expect(card.facts).toEqual([{ key: 'country', value: 'Russia' }]);
  });
  it('the 2022 SCO summit: dates, place, participants', () => {
    const card = buildLinkedCard(input('Q113134370', entity('event', 'SCO summit') as never));
    expect(Object.fromEntries(card.facts.map((f) => [f.key, f.value]))).toMatchObject({
      date: '15 September 2022 – 16 September 2022, after this article',
      location: 'Samarkand',
      participants: 'Vladimir Putin, Xi Jinping, Shavkat Mirziyoyev',
    });
  });
});

describe('in-article cards', () => {
  it('carry the role, mention count, quotes and the first sentence, never empty', () => {
    const e = entity('person', 'Vladimir Putin', {
      role: 'Russian President',
      quotes: ['greatest geopolitical catastrophe of the century'],
    });
    e.mentions.push({ text: 'Putin', start: TEXT.lastIndexOf('Putin'), end: TEXT.lastIndexOf('Putin') + 5 });
    const card = buildInArticleCard(e, { asOf: '2022-09-07', status: 'nil', note: 'No sure match', articleText: TEXT });
    expect(card).toMatchObject({
      key: cardKey(e),
      status: 'nil',
      qid: null,
      title: 'Vladimir Putin',
      description: 'Russian President',
      note: 'No sure match',
    });
    expect(card.inArticle).toEqual({
      role: 'Russian President',
      mentionCount: 2,
      quotes: ['greatest geopolitical catastrophe of the century'],
      firstMention: 'Russian President Vladimir Putin and his Chinese counterpart, Xi Jinping, will meet next week.',
    });
  });
  it('survive mentions that point outside the text', () => {
    const e = { type: 'person', name: 'X', mentions: [{ text: 'X', start: 500, end: 501 }] } as Entity & {
      type: 'person';
    };
    expect(buildInArticleCard(e, { asOf: null, status: 'degraded', note: null }).inArticle.firstMention).toBeNull();
  });
});
