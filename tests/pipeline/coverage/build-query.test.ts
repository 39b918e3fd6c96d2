import { describe, expect, it } from 'vitest';
import { buildCoverageQuery, entityKeysOf, type QueryEntity } from '../../../src/pipeline/coverage/build-query';
import { SEED_ARTICLE, SEED_ENTITIES, SEED_EVENTS, SEED_NOW } from './seed-entities';

const seedQuery = (
  entities: QueryEntity[] = SEED_ENTITIES,
  extra: Partial<Parameters<typeof buildCoverageQuery>[0]> = {},
) =>
  buildCoverageQuery({
    title: SEED_ARTICLE.title,
    publishedAt: SEED_ARTICLE.publishedAt,
    entities,
    events: SEED_EVENTS,
    now: SEED_NOW,
    ...extra,
  });

describe('buildCoverageQuery', () => {
  it('anchors the seed story on Putin and Xi Jinping, with the summit as context (expected.json related_coverage_query)', () => {
    const q = seedQuery();
    const anchors = q.terms.filter((t) => t.anchor).map((t) => t.text);
    expect(anchors).toEqual(['Vladimir Putin', 'Xi Jinping']);
    const context = q.terms.filter((t) => !t.anchor).map((t) => t.text);
    expect(context).toContain('Samarkand');
    expect(context).toContain('Shanghai Cooperation Organization');
    // Broad places match every Russia or China story; they must not crowd out the summit.
    expect(context).not.toContain('Russia');
    expect(context).not.toContain('China');
    expect(q.gdelt).toBe(
      '"Vladimir Putin" "Xi Jinping" (Samarkand OR Uzbekistan OR "Shanghai Cooperation Organization")',
    );
  });

  it('follows the story’s event frames, not background events or capitals (salience-scaled NER output)', () => {
    const m = (...texts: string[]) => texts.map((text) => ({ text, start: 0, end: text.length }));
    const entities: QueryEntity[] = [
      {
        type: 'event',
        name: 'Shanghai Cooperation Organization summit',
        salience: 0.174,
        mentions: m('Shanghai Cooperation Organization summit'),
      },
      {
        type: 'organization',
        name: 'Shanghai Cooperation Organization',
        salience: 0.174,
        mentions: m('Shanghai Cooperation Organization'),
      },
      { type: 'person', name: 'Vladimir Putin', salience: 1, mentions: m('Vladimir Putin', 'Putin') },
      { type: 'person', name: 'Xi Jinping', salience: 0.816, mentions: m('Xi Jinping', 'Xi') },
      { type: 'event', name: 'Cold War', salience: 0.375, mentions: m('Cold War') },
      { type: 'place', name: 'Beijing', salience: 0.442, mentions: m('Beijing') },
      { type: 'place', name: 'Ukraine', salience: 0.631, mentions: m('Ukraine') },
      { type: 'place', name: 'Samarkand', salience: 0.172, mentions: m('Samarkand') },
      { type: 'place', name: 'Uzbekistan', salience: 0.171, mentions: m('Uzbekistan') },
    ];
    const events = [
      {
        name: 'Putin–Xi meeting',
        kind: 'story' as const,
        where: ['Samarkand', 'Uzbekistan'],
        who: ['Vladimir Putin', 'Xi Jinping'],
        mentions: m('meet'),
      },
      {
        name: '2022 Shanghai Cooperation Organization summit',
        kind: 'story' as const,
        where: ['Samarkand', 'Uzbekistan'],
        mentions: m('the Shanghai Cooperation Organization summit'),
      },
      { name: 'Cold War', kind: 'background' as const, mentions: m('the Cold War') },
      { name: 'Russian invasion of Ukraine', kind: 'background' as const, mentions: m('the war in Ukraine') },
    ];
    const q = seedQuery(entities, { events });
    expect(q.gdelt).toBe(
      '"Vladimir Putin" "Xi Jinping" ("Shanghai Cooperation Organization" OR Samarkand OR Uzbekistan)',
    );
    // Frame names are descriptions, not search terms.
    expect(q.keywords).not.toContain('Putin–Xi meeting');
  });

  it('keeps aliases from the article for matching other titles ("Putin", "Xi")', () => {
    const q = seedQuery();
    expect(q.terms[0]!.aliases).toContain('Putin');
    expect(q.terms[1]!.aliases).toContain('Xi');
  });

  it('searches a window around the publication date, with Google News date operators', () => {
    const q = seedQuery();
    expect(q.window).toEqual({ start: '2022-09-04', end: '2022-09-14', center: '2022-09-07', dated: true });
    expect(q.googleNews).toMatch(/ after:2022-09-04 before:2022-09-15$/);
  });

  it('never reaches into the future, and uses today when the article has no date', () => {
    const fresh = seedQuery(SEED_ENTITIES, { now: Date.parse('2022-09-08T10:00:00Z') });
    expect(fresh.window.end).toBe('2022-09-08');
    const undated = seedQuery(SEED_ENTITIES, { publishedAt: null });
    expect(undated.window).toMatchObject({ center: '2022-09-20', end: '2022-09-20', dated: false });
    const garbage = seedQuery(SEED_ENTITIES, { publishedAt: 'next Tuesday' });
    expect(garbage.window.dated).toBe(false);
  });

  it('prefers linked names (Wikidata labels) and boosts linked entities', () => {
    const linked = SEED_ENTITIES.map((e) =>
      e.name === 'Shanghai Cooperation Organization'
        ? { ...e, qid: 'Q485207', label: 'Shanghai Cooperation Organisation' }
        : e,
    );
    const q = seedQuery(linked);
    expect(q.keywords).toContain('Shanghai Cooperation Organisation');
    expect(q.keywords).not.toContain('Shanghai Cooperation Organization');
    const sco = q.terms.find((t) => t.text === 'Shanghai Cooperation Organisation')!;
    expect(sco.aliases).toContain('Shanghai Cooperation Organization');
    expect(q.entityKeys).toContain('Q485207');
  });

  it('uses one anchor when the second actor is marginal', () => {
    const q = seedQuery(
      [
        { type: 'person', name: 'Olaf Scholz', mentions: Array.from({ length: 9 }, () => ({ text: 'Scholz' })) },
        { type: 'person', name: 'Jane Doe', mentions: [{ text: 'Jane Doe' }] },
        { type: 'place', name: 'Berlin', mentions: [{ text: 'Berlin' }, { text: 'Berlin' }] },
      ],
      { title: 'Scholz defends budget', events: [] },
    );
    expect(q.terms.filter((t) => t.anchor).map((t) => t.text)).toEqual(['Olaf Scholz']);
    // Berlin is a capital (it stands for the government in most stories): ranked after the named person.
    expect(q.gdelt).toBe('"Olaf Scholz" ("Jane Doe" OR Berlin)');
  });

  it('writes a single context term without parentheses (GDELT refuses them around one term)', () => {
    const q = seedQuery(
      [
        { type: 'person', name: 'Olaf Scholz', mentions: [{ text: 'Scholz' }, { text: 'Scholz' }] },
        { type: 'place', name: 'Berlin', mentions: [{ text: 'Berlin' }] },
      ],
      { title: 'Scholz in Berlin', events: [] },
    );
    expect(q.gdelt).toBe('"Olaf Scholz" Berlin');
  });

  it.each([
    ['operators and quotes are stripped', 'Acme "Corp" (Holdings)', '"Acme Corp Holdings"'],
    ['a field prefix cannot smuggle an operator', 'domain:evil.com', '"domain evil.com"'],
    ['a leading minus (NOT) is dropped', '-Gazprom', 'Gazprom'],
  ])('sanitizes hostile names: %s', (_why, name, expected) => {
    const q = seedQuery([{ type: 'organization', name, mentions: [{ text: name }] }], { title: 'x', events: [] });
    expect(q.gdelt).toBe(expected);
  });

  it.each([
    ['only dates', [{ type: 'date', name: 'Monday', mentions: [{ text: 'Monday' }] }]],
    ['names too short for GDELT', [{ type: 'organization', name: 'EU', mentions: [{ text: 'EU' }] }]],
    ['nothing at all', []],
  ] as [string, QueryEntity[]][])('has no query with %s (and a headline without names)', (_why, entities) => {
    const q = seedQuery(entities, { events: [], title: 'prices rise again' });
    expect(q.gdelt).toBeNull();
    expect(q.googleNews).toBeNull();
    expect(q.keywords).toEqual([]);
  });

  it('falls back to the headline’s names when recognition found nothing', () => {
    const q = seedQuery([], { title: 'Talks between Xi Jinping and Kassym-Jomart Tokayev open in Astana', events: [] });
    expect(q.terms.filter((t) => t.anchor).map((t) => t.text)).toEqual(['Kassym-Jomart Tokayev']);
    expect(q.gdelt).toBe('"Kassym-Jomart Tokayev" ("Xi Jinping" OR Astana)');
  });

  it.each([
    ['the visible title', { title: 'What the Astana talks mean' }, []],
    [
      'the shared title',
      { title: 'What the talks mean', sharedTitle: 'Tokayev hosts Xi in Astana' },
      ['Kassym-Jomart Tokayev'],
    ],
    ['neither title', { title: 'What the talks mean', sharedTitle: 'A view from the steppe' }, []],
  ])('counts names in %s as headline names', (_why, titles, expected) => {
    const entity = (name: string, type: 'person' | 'place', n: number) =>
      ({ type, name, mentions: Array.from({ length: n }, () => ({ text: name.split(' ').at(-1)! })) }) as QueryEntity;
    // Tokayev is mentioned less than Xi: only a headline bonus puts him first.
    const q = seedQuery([entity('Xi Jinping', 'person', 4), entity('Kassym-Jomart Tokayev', 'person', 3)], {
      events: [],
      ...titles,
    });
    const first = q.terms[0]!.text;
    expect(first === 'Kassym-Jomart Tokayev').toBe(expected.length > 0);
  });

  it('falls back to the shared title’s names when the visible one has none', () => {
    const q = seedQuery([], {
      title: 'What the talks mean',
      sharedTitle: 'Tokayev welcomes Xi Jinping in Astana',
      events: [],
    });
    expect(q.terms.map((t) => t.text)).toContain('Xi Jinping');
  });

  it.each([
    ['a Title Case headline (every word capitalized)', 'Putin And Xi Meet For Talks In Samarkand Next Week'],
    ['a headline without names', 'prices rise again as winter nears'],
  ])('has no fallback query for %s', (_why, title) => {
    expect(seedQuery([], { title, events: [] }).gdelt).toBeNull();
  });

  it.each([
    ['its own publisher (a dateline or credit)', 'Global Wire', 'Global Wire'],
    ['a wire service', 'Reuters', 'Daily Planet'],
    ['a wire service by its short name', 'AP', 'Daily Planet'],
  ])('never searches for %s', (_why, outlet, publisher) => {
    const q = seedQuery(
      [
        { type: 'person', name: 'Xi Jinping', salience: 1, mentions: [{ text: 'Xi Jinping' }] },
        { type: 'organization', name: outlet, salience: 0.9, mentions: [{ text: outlet }] },
        { type: 'place', name: 'Astana', salience: 0.5, mentions: [{ text: 'Astana' }] },
      ],
      { title: 'Xi arrives in Kazakhstan', events: [], publisher },
    );
    expect(q.keywords).not.toContain(outlet);
    expect(q.keywords).toContain('Astana');
  });

  it('never puts the page URL or article text in the query', () => {
    const q = seedQuery();
    for (const text of [q.gdelt!, q.googleNews!]) {
      expect(text).not.toContain('foxnews');
      expect(text).not.toContain('face-to-face');
    }
  });
});

describe('entityKeysOf', () => {
  it.each([
    [{ type: 'person', name: 'Xi Jinping' }, ['person:xi jinping', 'person:jinping']],
    [{ type: 'person', name: 'Vladimir Putin', qid: 'Q7747' }, ['Q7747', 'person:vladimir putin', 'person:putin']],
    [{ type: 'organization', name: 'Gazprom' }, ['organization:gazprom']],
    [{ type: 'person', name: 'Putin' }, ['person:putin']],
    [{ type: 'place', name: 'São Paulo' }, ['place:sao paulo']],
    [{ type: 'person', name: 'Ed Li', qid: 'not-a-qid' }, ['person:ed li']],
  ] as [QueryEntity, string[]][])('%o → %o', (entity, keys) => {
    expect(entityKeysOf(entity)).toEqual(keys);
  });
});
