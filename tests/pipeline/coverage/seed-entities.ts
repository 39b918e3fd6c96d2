/** Entities for the seed article as NER should find them (from the seed's must-list in tests/fixtures/seed/seed.ts). */
import type { Entity, EventFrame } from '../../../src/shared/types';

const m = (...texts: string[]) => texts.map((text, i) => ({ text, start: i * 10, end: i * 10 + text.length }));

export const SEED_ARTICLE = {
  title: 'Putin, Xi to meet next week for first face-to-face talks since Ukraine war began',
  url: 'https://www.foxnews.com/world/putin-xi-meet-next-week-first-face-to-face-talks-since-ukraine-war-began',
  publishedAt: '2022-09-07T12:26:00-04:00',
  publisher: 'Fox News',
};

export const SEED_ENTITIES: Entity[] = [
  {
    type: 'person',
    name: 'Vladimir Putin',
    role: 'Russian President',
    mentions: m('Russian President Vladimir Putin', 'Putin', 'Putin', 'Putin', 'Putin', 'Putin', 'PUTIN'),
  },
  { type: 'person', name: 'Xi Jinping', mentions: m('Xi Jinping', 'Xi', 'Xi', 'Xi', 'Xi') },
  { type: 'person', name: 'Andrey Denisov', mentions: m('Andrey Denisov', 'Denisov') },
  { type: 'person', name: 'Mikhail Gorbachev', mentions: m('Mikhail Gorbachev') },
  {
    type: 'organization',
    name: 'Shanghai Cooperation Organization',
    mentions: m('Shanghai Cooperation Organization', 'Shanghai Cooperation Organization'),
  },
  { type: 'organization', name: 'Gazprom', mentions: m('GAZPROM') },
  { type: 'organization', name: 'Fox News', mentions: m('Fox News') },
  { type: 'place', name: 'Samarkand', mentions: m('Samarkand', 'Samarkand') },
  { type: 'place', name: 'Uzbekistan', mentions: m('Uzbekistan', 'Uzbekistan') },
  { type: 'place', name: 'Russia', mentions: m('Russia', 'Russia', 'Russia', 'Russia', 'Russia') },
  { type: 'place', name: 'China', mentions: m('China', 'China', 'China', 'China', 'China', 'China') },
  { type: 'place', name: 'Ukraine', mentions: m('Ukraine', 'Ukraine', 'Ukraine') },
  { type: 'place', name: 'Moscow', mentions: m('Moscow', 'Moscow', 'Moscow') },
  {
    type: 'event',
    name: 'Shanghai Cooperation Organization summit',
    mentions: m('Shanghai Cooperation Organization summit', 'this summit'),
  },
  { type: 'date', name: 'Sept. 15 to 16', value: '2022-09-15/2022-09-16', mentions: m('Sept. 15 to 16') },
];

export const SEED_EVENTS: EventFrame[] = [
  {
    name: 'SCO summit',
    when: '2022-09-15/2022-09-16',
    where: ['Samarkand', 'Uzbekistan'],
    who: ['Vladimir Putin', 'Xi Jinping'],
    mentions: m('summit'),
  },
];

/** 2022-09-20, a few days after the summit: the window is closed but recent enough for GDELT. */
export const SEED_NOW = Date.parse('2022-09-20T09:00:00Z');
