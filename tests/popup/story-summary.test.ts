import { describe, expect, it } from 'vitest';
import { conjunction, isConfident, storyLine, topEvent } from '../../src/popup/story-summary';
import type { EventFrame } from '../../src/shared/types';

// As the events pipeline reports the seed article's events (npm run analyze on the seed page).
const meeting: EventFrame = {
  name: 'Putin–Xi meeting',
  kind: 'story',
  who: ['Vladimir Putin', 'Xi Jinping'],
  where: ['Samarkand', 'Uzbekistan'],
  when: '2022-09-15/2022-09-16',
  whenLabel: 'Sep 15–16, 2022',
  mentions: [],
};
const coldWar: EventFrame = {
  name: 'Cold War',
  kind: 'background',
  when: '1947/1991',
  whenLabel: '1947–1991',
  mentions: [],
};

describe('storyLine', () => {
  it('gives who, what, where and when of the story event, not of background events listed first', () => {
    expect(storyLine([coldWar, meeting], { locale: 'en' })).toEqual({
      who: 'Vladimir Putin and Xi Jinping',
      what: 'Putin–Xi meeting',
      where: 'Samarkand, Uzbekistan',
      when: 'Sep 15–16, 2022',
      whenValue: '2022-09-15/2022-09-16',
    });
  });

  it('leaves out places and people the event name already says', () => {
    const summit: EventFrame = {
      name: 'Samarkand summit',
      kind: 'story',
      where: ['Samarkand'],
      who: ['Samarkand summit'],
      mentions: [],
    };
    expect(storyLine([summit])).toMatchObject({ what: 'Samarkand summit', where: null, who: null, when: null });
  });

  it.each([
    ['no events', []],
    ['only background events', [coldWar]],
    ['nothing at all', undefined],
    ['an event without a name', [{ ...meeting, name: '  ' }]],
  ])('is null for %s', (_l, events) => expect(storyLine(events as EventFrame[] | undefined)).toBeNull());

  it.each([
    ['a bare common noun as the name', { name: 'performance', who: ['OBR', 'UK'], where: ['London'] }],
    [
      'a name pieced together from a date',
      { name: '2024 Tuesday and Election', who: ['Kamala Harris', 'PAC'], when: '2024-11-05' },
    ],
    [
      'a name opening with a quantifier',
      { name: 'any Democratic campaign', who: ['Kamala Harris'], when: '2024-10-14' },
    ],
    ['only who, no where or when of its own', { name: 'Putin–Xi meeting', who: ['Russia', 'China'] }],
    [
      'a date known from reference, not from the article',
      { name: 'Putin–Xi meeting', who: ['Russia'], when: '2022', whenSource: 'known' },
    ],
  ])('is null when the parts are not confident: %s', (_l, event) => {
    expect(storyLine([{ kind: 'story', mentions: [], ...event } as EventFrame])).toBeNull();
  });

  it.each([
    ['the seed story', meeting],
    [
      'a lower-case phrase of several words with who and when',
      { name: 'leadership election', kind: 'story', who: ['Liz Truss'], when: '2022-W43', mentions: [] },
    ],
  ])('is given for %s', (_l, event) => {
    expect(isConfident(event as EventFrame)).toBe(true);
  });

  it('takes the first event when the pipeline gives no kinds', () => {
    expect(
      topEvent([
        { name: 'Vote', mentions: [] },
        { name: 'Rally', mentions: [] },
      ])?.name,
    ).toBe('Vote');
  });
});

describe('conjunction', () => {
  it.each([
    ['en', ['Vladimir Putin', 'Xi Jinping'], 'Vladimir Putin and Xi Jinping'],
    ['de', ['Wladimir Putin', 'Xi Jinping', 'Li Qiang'], 'Wladimir Putin, Xi Jinping und Li Qiang'],
  ])('lists names in %s', (locale, items, listed) => {
    expect(conjunction(locale)?.format(items)).toBe(listed);
  });

  it('makes one formatter per locale, kept for the next call', () => {
    expect(conjunction('fr')).toBe(conjunction('fr'));
    expect(conjunction('fr')).not.toBe(conjunction('en'));
  });

  it('is null for a locale the engine refuses, and the story line then joins the names with commas', () => {
    expect(conjunction('not a locale!')).toBeNull();
    expect(storyLine([meeting], { locale: 'not a locale!' })?.who).toBe('Vladimir Putin, Xi Jinping');
  });
});
