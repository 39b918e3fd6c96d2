import { describe, expect, it } from 'vitest';
import { findEvents } from '../../../../src/pipeline/recognize/events/find-events';
import type { EventFrame } from '../../../../src/shared/types';
import { SEED_EXPECTED, SEED_PUBLISHED_AT, SEED_TEXT, SEED_TITLE } from '../../../fixtures/seed/seed';
import { entitiesFor, type EntitySpec } from './entities';

const SEED_ENTITIES: EntitySpec[] = [
  ['person', 'Vladimir Putin', ['Russian President Vladimir Putin', 'Putin']],
  ['person', 'Xi Jinping', ['Xi Jinping', 'Xi']],
  ['person', 'Andrey Denisov', ['Andrey Denisov', 'Denisov']],
  ['person', 'Mikhail Gorbachev', ['Mikhail Gorbachev', 'Gorbachev']],
  ['organization', 'Shanghai Cooperation Organisation', ['Shanghai Cooperation Organization']],
  ['place', 'Samarkand', ['Samarkand']],
  ['place', 'Uzbekistan', ['Uzbekistan']],
  ['place', 'Ukraine', ['Ukraine']],
  ['place', 'Russia', ['Russia']],
  ['place', 'China', ['China']],
  ['place', 'Moscow', ['Moscow']],
  ['place', 'Beijing', ['Beijing']],
  ['place', 'Taiwan', ['Taiwan']],
  ['place', 'Hong Kong', ['Hong Kong']],
  ['place', 'Soviet Union', ['Soviet Union', 'USSR']],
];

describe('findEvents: the seed article', () => {
  const expected = SEED_EXPECTED;
  const events = findEvents(SEED_TEXT, entitiesFor(SEED_TEXT, SEED_ENTITIES), {
    publishedAt: SEED_PUBLISHED_AT,
    title: SEED_TITLE,
  });
  const byMention = (mention: string) => events.find((e) => e.mentions.some((m) => m.text.includes(mention)));
  const summit = byMention('Shanghai Cooperation Organization summit')!;

  it('puts the story first: the Putin–Xi meeting at the summit, Sep 15–16, 2022, in Samarkand', () => {
    const [first] = events;
    expect(first).toMatchObject({
      kind: 'story',
      when: '2022-09-15/2022-09-16',
      precision: 'day',
      whenLabel: 'Sep 15–16, 2022',
    });
    expect(first!.name).toMatch(/Putin.Xi|Xi.Putin/);
    expect(first!.who).toEqual(expect.arrayContaining(['Vladimir Putin', 'Xi Jinping']));
    expect(first!.who).not.toContain('Andrey Denisov'); // he told reporters; he does not take part
    expect(first!.where).toEqual(['Samarkand', 'Uzbekistan']);
    expect(first!.partOf).toBe(summit.id);
  });

  it.each(['must', 'should'] as const)(
    'finds the %s events with their mentions, dates, places and participants',
    (level) => {
      for (const gold of expected.events[level]) {
        const names = [gold.name, ...(gold.mentions ?? [])];
        const found = events.find((e) =>
          names.some(
            (n) =>
              e.name.toLowerCase().includes(n.toLowerCase().split(' (')[0]!) ||
              e.mentions.some((m) => m.text.includes(n)),
          ),
        );
        if (level === 'should' && !found) continue; // reported by the bench, not required
        expect(found, gold.name).toBeDefined();
        for (const mention of gold.mentions ?? []) {
          if (level === 'must' && mention !== "Moscow's war effort")
            expect(found!.mentions.map((m) => m.text).join(' | '), gold.name).toContain(mention);
        }
        if (gold.when) expect(found!.when, gold.name).toBe(gold.when);
        if (gold.where) for (const place of gold.where.split(', ')) expect(found!.where, gold.name).toContain(place);
        for (const person of gold.participants ?? []) expect(found!.who, gold.name).toContain(person);
      }
    },
  );

  it('merges the summit mentions and leaves the generic "online summits" out', () => {
    expect(summit.mentions.map((m) => m.text)).toEqual(
      expect.arrayContaining(['the Shanghai Cooperation Organization summit', 'this summit']),
    );
    expect(events.flatMap((e) => e.mentions).some((m) => /online summits/.test(m.text))).toBe(false);
    expect(summit.name).toBe('2022 Shanghai Cooperation Organization summit');
  });

  it('dates the war in Ukraine from the text: before Mar 2022, in the background', () => {
    const war = byMention('the war in Ukraine')!;
    expect(war).toMatchObject({
      kind: 'background',
      when: '2022-03',
      whenMod: 'before',
      whenSource: 'text',
      whenLabel: 'before Mar 2022',
    });
    expect(war.mentions.map((m) => m.text)).toEqual(
      expect.arrayContaining(['its war in Ukraine', 'Moscow’s war effort']),
    );
  });

  it('places background events before the story is told and never invents a date', () => {
    const cold = events.find((e) => e.name === 'Cold War')!;
    expect(cold).toMatchObject({ kind: 'background', whenSource: 'known', qid: 'Q8683' });
    const soviet = byMention('Soviet Union collapsed')!;
    expect(soviet.name).toBe('Dissolution of the Soviet Union');
    for (const e of events) if (e.whenSource === 'text') expect(e.when).toMatch(/^\d/);
  });
});

/** Paragraphs written for these tests, after wire-service style. */
const FIXTURES: {
  title: string;
  text: string;
  publishedAt: string;
  entities: EntitySpec[];
  expect: (events: EventFrame[]) => void;
}[] = [
  {
    title: 'verbal trigger with subject, object place and weekday',
    text: 'German Chancellor Olaf Scholz visited Kyiv on Tuesday, the first trip by a German leader since the invasion. He met President Volodymyr Zelenskyy for two hours.',
    publishedAt: '2022-06-16T09:00:00+02:00',
    entities: [
      ['person', 'Olaf Scholz', ['German Chancellor Olaf Scholz', 'Scholz']],
      ['place', 'Kyiv', ['Kyiv']],
      ['person', 'Volodymyr Zelenskyy', ['President Volodymyr Zelenskyy', 'Zelenskyy']],
    ],
    expect: (events) => {
      const visit = events.find((e) => e.trigger === 'visited')!;
      expect(visit).toMatchObject({ when: '2022-06-14', where: ['Kyiv'], who: ['Olaf Scholz'] });
      expect(visit.mentions.map((m) => m.text)).toContain('the first trip');
    },
  },
  {
    title: 'an announced election and a past protest, with a speaker left out',
    text: 'Peru will hold a presidential election on April 9, 2023, the electoral board said. Thousands of people marched in Lima last week, police spokesman Carlos Rojas told reporters.',
    publishedAt: '2022-12-20',
    entities: [
      ['place', 'Peru', ['Peru']],
      ['place', 'Lima', ['Lima']],
      ['person', 'Carlos Rojas', ['Carlos Rojas']],
    ],
    expect: (events) => {
      const election = events.find((e) => e.trigger === 'election')!;
      expect(election).toMatchObject({ kind: 'story', when: '2023-04-09', whenLabel: 'Apr 9, 2023' });
      const march = events.find((e) => e.trigger === 'marched')!;
      expect(march).toMatchObject({ kind: 'background', when: '2022-W50', where: ['Lima'] });
      expect(march.who ?? []).not.toContain('Carlos Rojas');
    },
  },
  {
    title: 'two different wars stay apart',
    text: 'The war in Tigray has lasted two years. The war in Yemen began in 2014.',
    publishedAt: '2022-01-10',
    entities: [
      ['place', 'Tigray', ['Tigray']],
      ['place', 'Yemen', ['Yemen']],
    ],
    expect: (events) => {
      const wars = events.filter((e) => e.trigger === 'war');
      expect(wars.map((e) => e.name).sort()).toEqual(['war in Tigray', 'war in Yemen']);
      expect(wars.find((e) => e.name === 'war in Yemen')!.when).toBe('2014');
    },
  },
  {
    title: 'a past event as the story: the resignation reported, the election it brings announced',
    text: 'British Prime Minister Liz Truss resigned on Thursday after six weeks in office. Her successor will be chosen in a leadership election next week.',
    publishedAt: '2022-10-21T08:00:00+01:00',
    entities: [['person', 'Liz Truss', ['British Prime Minister Liz Truss', 'Truss']]],
    expect: (events) => {
      expect(events[0]).toMatchObject({ kind: 'story', trigger: 'resigned', when: '2022-10-20', who: ['Liz Truss'] });
      expect(events.find((e) => e.trigger === 'leadership election' || e.trigger === 'election')).toMatchObject({
        kind: 'announced',
        when: '2022-W43',
      });
    },
  },
  {
    title: 'talks and the meeting are one event; a named event keeps its year',
    text: 'Biden and Xi held talks in Bali on Monday. The meeting lasted three hours, on the sidelines of the G20 summit. The 2024 Summer Olympics in Paris were not discussed.',
    publishedAt: '2022-11-15',
    entities: [
      ['person', 'Joe Biden', ['Biden']],
      ['person', 'Xi Jinping', ['Xi']],
      ['place', 'Bali', ['Bali']],
      ['place', 'Paris', ['Paris']],
    ],
    expect: (events) => {
      const talks = events.find((e) => e.trigger === 'talks')!;
      expect(talks.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['talks', 'The meeting']));
      expect(talks).toMatchObject({ name: 'Biden–Xi meeting', when: '2022-11-14', where: ['Bali'] });
      expect(events.find((e) => /G20 summit/.test(e.name))).toBeDefined();
      const olympics = events.find((e) => /Olympics/.test(e.name))!;
      expect(olympics.name).toBe('2024 Summer Olympics');
      expect(olympics.where).toEqual(['Paris']);
    },
  },
  {
    title: 'no events in a text without any',
    text: 'The committee is made up of nine members. Its chair is elected every three years.',
    publishedAt: '2022-01-10',
    entities: [],
    expect: (events) => expect(events.filter((e) => e.kind === 'story' && e.when)).toEqual([]),
  },
];

describe('findEvents: fixture paragraphs', () => {
  it.each(FIXTURES)('$title', ({ text, publishedAt, entities, expect: check }) => {
    check(findEvents(text, entitiesFor(text, entities), { publishedAt }));
  });

  it('never throws on hostile input and keeps frames plain JSON', () => {
    const hostile = ['', 'war '.repeat(5000), '\u0000summit\u0000', 'The summit'.repeat(100)];
    for (const text of hostile) {
      const events = findEvents(text, [{ type: 'person', name: 'X', mentions: [{ text: 'X', start: -5, end: 1e9 }] }], {
        publishedAt: 'garbage',
      });
      expect(JSON.parse(JSON.stringify(events))).toEqual(events);
    }
    expect(findEvents(undefined as unknown as string, undefined as unknown as [])).toEqual([]);
  });
});

describe('findEvents: named events from the recognizer', () => {
  it('takes an event entity the trigger words do not know, with its date and place', () => {
    const text = 'Thousands went to Burning Man on August 27, 2023 in Black Rock City.';
    const entities = entitiesFor(text, [
      ['event', 'Burning Man', ['Burning Man']],
      ['place', 'Black Rock City', ['Black Rock City']],
    ]);
    expect(
      findEvents(
        text,
        entities.filter((e) => e.type !== 'event'),
        { publishedAt: '2023-09-01' },
      ).some((e) => e.name === 'Burning Man'),
    ).toBe(false);
    const events = findEvents(text, entities, { publishedAt: '2023-09-01' });
    expect(events.find((e) => e.name === 'Burning Man')).toMatchObject({
      when: '2023-08-27',
      where: ['Black Rock City'],
      kind: 'story',
    });
  });
});

describe('findEvents: well-known events', () => {
  const rows: [string, string, string, string][] = [
    ['Oil prices rose during the Gulf War.', '2022-01-10', 'Gulf War', '1990-08-02/1991-02-28'],
    ['He lost his job in the Great Recession.', '2015-01-10', 'Great Recession', '2007-12/2009-06'],
    ['The Syrian civil war displaced millions.', '2019-05-01', 'Syrian civil war', '2011-03-15'],
  ];
  it.each(rows)('%s → %s (%s)', (text, publishedAt, name, when) => {
    expect(findEvents(text, [], { publishedAt }).find((e) => e.name === name)).toMatchObject({
      when,
      whenSource: 'known',
      kind: 'background',
    });
  });
  it('reads "the pandemic" as COVID-19 only in articles of its years', () => {
    expect(findEvents('Sales fell during the pandemic.', [], { publishedAt: '2021-06-01' })[0]?.name).toBe(
      'COVID-19 pandemic',
    );
    expect(
      findEvents('Sales fell during the pandemic.', [], { publishedAt: '2010-06-01' }).some(
        (e) => e.name === 'COVID-19 pandemic',
      ),
    ).toBe(false);
  });
});

describe('findEvents: false cases', () => {
  const rows: [string, RegExp][] = [
    ['The law passed in March after a long debate in parliament.', /^March$/],
    ['Congress returns from recess in September.', /^Congress$/],
    ['Online summits are not the same as meeting in person.', /summits/],
    ['He has a different quality of discussion.', /discussion/],
  ];
  it.each(rows)('%s has no event named %s', (text, name) => {
    const events = findEvents(text, [], { publishedAt: '2022-09-07' });
    expect(events.filter((e) => name.test(e.name) || e.mentions.some((m) => name.test(m.text)))).toEqual([]);
  });
});
