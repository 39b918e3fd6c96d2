import { describe, expect, it } from 'vitest';
import { buildLinkedCard } from '../../../src/pipeline/link/card';
import { eventDateFact, eventWhenAsOf } from '../../../src/pipeline/link/event-when';
import { time } from '../../fixtures/api/wikimedia/format';
import { cardInput, entitiesFrom, spec } from './recorded';

const wd = (id: string) => entitiesFrom([spec(id)])[0]!;
const COVID = 'Q81068910';
const COLD_WAR = 'Q8683';
const SCO_SUMMIT = 'Q113134370';
const INVASION = 'Q110999040';

describe('eventWhenAsOf: an event item’s time as known on the article’s date', () => {
  it.each([
    ['a pandemic still going on: since its start', COVID, '2022-09-07', { when: '2019-12-01', whenMod: 'since' }],
    ['the same pandemic, read after it ended', COVID, '2023-06-01', { when: '2019-12-01/2023-05-05' }],
    ['a war over long before (P585 with no value ignored)', COLD_WAR, '2022-09-07', { when: '1947/1991' }],
    ['an invasion with a start and no end', INVASION, '2022-09-07', { when: '2022-02-24' }],
    [
      'the invasion, in an article written before it',
      INVASION,
      '2021-12-01',
      { when: '2022-02-24', afterArticle: true },
    ],
    ['a summit after the article', SCO_SUMMIT, '2022-09-07', { when: '2022-09-15', afterArticle: true }],
    ['the summit, read after it', SCO_SUMMIT, '2022-10-01', { when: '2022-09-15/2022-09-16' }],
    ['no article date: the whole span', COVID, null, { when: '2019-12-01/2023-05-05' }],
  ])('%s', (_label, id, asOf, expected) => {
    expect(eventWhenAsOf(wd(id), asOf)).toEqual(expected);
  });

  it('takes a point in time (P585) when there is no start, at its own precision', () => {
    const [item] = entitiesFrom([{ id: 'Q1', label: 'x', claims: { P585: [time('2014-06')] } }]);
    expect(eventWhenAsOf(item!, '2022-01-01')).toEqual({ when: '2014-06' });
  });

  it('gives nothing for an item with no time at all', () => {
    const [item] = entitiesFrom([{ id: 'Q2', label: 'y', claims: {} }]);
    expect(eventWhenAsOf(item!, '2022-01-01')).toBeNull();
  });
});

describe('eventDateFact: the card’s date line', () => {
  it.each([
    [COVID, '2022-09-07', 'since 1 December 2019'],
    [COVID, '2023-06-01', '1 December 2019 – 5 May 2023'],
    [COLD_WAR, '2022-09-07', '1947 – 1991'],
    [SCO_SUMMIT, '2022-09-07', '15 September 2022 – 16 September 2022, after this article'],
  ])('%s as of %s: %s', (id, asOf, expected) => {
    expect(eventDateFact(wd(id), asOf)).toBe(expected);
  });
});

describe('linked event cards carry the time and place for the article’s event frame', () => {
  const card = (id: string, asOf: string, type: 'event' | 'person' = 'event') =>
    buildLinkedCard({ ...cardInput(wd(id), asOf), entity: { type, name: 'x', mentions: [] } });
  it('a past summit: its days and its city', () => {
    expect(card(SCO_SUMMIT, '2022-10-01').event).toEqual({ when: '2022-09-15/2022-09-16', where: ['Samarkand'] });
  });
  it('a summit after the article: its place, but no date the article could not know', () => {
    expect(card(SCO_SUMMIT, '2022-09-07').event).toEqual({ where: ['Samarkand'] });
  });
  it('an ongoing pandemic: since its start, and no place', () => {
    expect(card(COVID, '2022-09-07').event).toEqual({ when: '2019-12-01', whenMod: 'since', where: [] });
  });
  it('a person’s card has no event part', () => {
    expect(card('Q7747', '2022-09-07', 'person').event).toBeUndefined();
  });
});
