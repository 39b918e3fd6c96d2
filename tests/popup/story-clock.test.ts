import { describe, expect, it } from 'vitest';
import { resolveDates } from '../../src/popup/article-dates';
import { storyClock } from '../../src/popup/story-clock';
import type { Entity, EventFrame } from '../../src/shared/types';

const ev = (id: string, kind: EventFrame['kind'], when?: string): EventFrame => ({
  id,
  name: id,
  kind,
  when,
  mentions: [],
});

describe('storyClock', () => {
  it.each([
    ['nothing dated: no clock', [ev('a', 'background')], '2022-09-07', null],
    ['only the article day: no clock', [], '2022-09-07', null],
    [
      'background before, the article, the story after',
      [
        ev('story', 'story', '2022-09-15/2022-09-16'),
        ev('cold war', 'background', '1947/1991'),
        ev('invasion', 'background', '2022-02-24'),
      ],
      '2022-09-07T12:00:00-04:00',
      ['cold war', 'invasion', 'published', 'story'],
    ],
    [
      'only the most recent background events (3)',
      [
        ev('b1', 'background', '1990'),
        ev('b2', 'background', '2000'),
        ev('b3', 'background', '2010'),
        ev('b4', 'background', '2020'),
        ev('story', 'story', '2022-09-15'),
      ],
      '2022-09-07',
      ['b2', 'b3', 'b4', 'published', 'story'],
    ],
    [
      'one announced event after; undated ones left out',
      [
        ev('story', 'story', '2022-09-15'),
        ev('next', 'announced', '2022-11-01'),
        ev('later', 'announced', '2023-01-01'),
        ev('x', 'announced'),
      ],
      '2022-09-07',
      ['published', 'story', 'next'],
    ],
    [
      'two names for one day’s story are one stop',
      [ev('meeting', 'story', '2022-09-15/2022-09-16'), ev('summit', 'story', '2022-09-15/2022-09-16')],
      null,
      ['meeting'],
    ],
  ])('%s', (_name, events, publishedAt, names) => {
    const stops = storyClock(events, { publishedAt, locale: 'en-US' });
    expect(stops?.map((s) => (s.kind === 'published' ? 'published' : s.name)) ?? null).toEqual(names);
  });

  it('labels each stop at its own precision', () => {
    const stops = storyClock([ev('story', 'story', '2022-09-15/2022-09-16'), ev('w', 'background', '1947/1991')], {
      publishedAt: '2022-09-07',
      locale: 'en-US',
    })!;
    expect(stops.map((s) => s.label)).toEqual(['1947–1991', 'Sep 7, 2022', 'Sep 15–16, 2022']);
  });
});

describe('resolveDates', () => {
  const date = (name: string, value?: string): Entity => ({ type: 'date', name, value, mentions: [] });
  it.each([
    ['a span', date('Sept. 15 to 16', '2022-09-15/2022-09-16'), 'Sep 15–16, 2022'],
    ['a year', date('since 1947', '1947'), '1947'],
    ['no value', date('in recent weeks'), null],
    ['a value that is no date', date('sometime', 'PAST_REF'), null],
    ['the phrase already says it', date('1947', '1947'), null],
  ])('%s', (_name, entity, days) => {
    expect(resolveDates([entity], 'en-US')[0]!.days).toBe(days);
  });

  it('keeps only dates, in text order', () => {
    const person: Entity = { type: 'person', name: 'Putin', mentions: [] };
    expect(
      resolveDates([date('next week', '2022-W37'), person, date('Wednesday', '2022-09-07')]).map((d) => d.phrase),
    ).toEqual(['next week', 'Wednesday']);
  });
});
