import { describe, expect, it } from 'vitest';
import { normalizeEntities, normalizeSearch, parseTime } from '../../../src/pipeline/link/wikidata-raw';

// A trimmed wbgetentities reply as Wikidata writes it (formatversion 1 shape, which wbgetentities always uses).
const RAW = {
  entities: {
    Q7747: {
      type: 'item',
      id: 'Q7747',
      labels: { en: { language: 'en', value: 'Vladimir Putin' } },
      descriptions: { en: { language: 'en', value: 'president of Russia (1999–2008, since 2012)' } },
      aliases: { en: [{ language: 'en', value: 'Putin' }] },
      claims: {
        P31: [
          {
            mainsnak: {
              snaktype: 'value',
              property: 'P31',
              datavalue: { value: { 'entity-type': 'item', 'numeric-id': 5, id: 'Q5' }, type: 'wikibase-entityid' },
              datatype: 'wikibase-item',
            },
            type: 'statement',
            rank: 'normal',
          },
        ],
        P569: [
          {
            mainsnak: {
              snaktype: 'value',
              property: 'P569',
              datavalue: {
                value: {
                  time: '+1952-10-07T00:00:00Z',
                  timezone: 0,
                  before: 0,
                  after: 0,
                  precision: 11,
                  calendarmodel: 'http://www.wikidata.org/entity/Q1985727',
                },
                type: 'time',
              },
              datatype: 'time',
            },
            type: 'statement',
            rank: 'normal',
          },
        ],
        P39: [
          {
            mainsnak: {
              snaktype: 'value',
              property: 'P39',
              datavalue: {
                value: { 'entity-type': 'item', 'numeric-id': 218295, id: 'Q218295' },
                type: 'wikibase-entityid',
              },
              datatype: 'wikibase-item',
            },
            type: 'statement',
            qualifiers: {
              P580: [
                {
                  snaktype: 'value',
                  property: 'P580',
                  datavalue: {
                    value: {
                      time: '+2012-05-07T00:00:00Z',
                      timezone: 0,
                      before: 0,
                      after: 0,
                      precision: 11,
                      calendarmodel: 'http://www.wikidata.org/entity/Q1985727',
                    },
                    type: 'time',
                  },
                  datatype: 'time',
                },
              ],
            },
            rank: 'preferred',
          },
          {
            mainsnak: {
              snaktype: 'value',
              property: 'P39',
              datavalue: { value: { 'entity-type': 'item', 'numeric-id': 1, id: 'Q1' }, type: 'wikibase-entityid' },
              datatype: 'wikibase-item',
            },
            type: 'statement',
            rank: 'deprecated',
          },
        ],
        P570: [
          {
            mainsnak: { snaktype: 'somevalue', property: 'P570', datatype: 'time' },
            type: 'statement',
            rank: 'normal',
          },
        ],
        P1082: [
          {
            mainsnak: {
              snaktype: 'value',
              property: 'P1082',
              datavalue: { value: { amount: '+146171015', unit: '1' }, type: 'quantity' },
              datatype: 'quantity',
            },
            type: 'statement',
            rank: 'normal',
          },
        ],
        P625: [
          {
            mainsnak: {
              snaktype: 'value',
              property: 'P625',
              datavalue: {
                value: {
                  latitude: 55.75,
                  longitude: 37.62,
                  precision: 0.01,
                  globe: 'http://www.wikidata.org/entity/Q2',
                },
                type: 'globecoordinate',
              },
              datatype: 'globe-coordinate',
            },
            type: 'statement',
            rank: 'normal',
          },
        ],
        P18: [
          {
            mainsnak: {
              snaktype: 'value',
              property: 'P18',
              datavalue: { value: 'Vladimir Putin 2021.jpg', type: 'string' },
              datatype: 'commonsMedia',
            },
            type: 'statement',
            rank: 'normal',
          },
        ],
        P9999: [
          {
            mainsnak: {
              snaktype: 'value',
              property: 'P9999',
              datavalue: { value: 'dropped', type: 'string' },
              datatype: 'string',
            },
            type: 'statement',
            rank: 'normal',
          },
        ],
      },
      sitelinks: {
        enwiki: { site: 'enwiki', title: 'Vladimir Putin', badges: [] },
        dewiki: { site: 'dewiki', title: 'Wladimir Putin', badges: [] },
        commonswiki: { site: 'commonswiki', title: 'Category:Vladimir Putin', badges: [] },
      },
    },
    Q404: { id: 'Q404', missing: '' },
    Q100: { type: 'item', id: 'Q200', labels: {}, claims: {} },
  },
  success: 1,
};

describe('normalizeEntities', () => {
  const reply = normalizeEntities(RAW);
  const putin = reply.entities.find((e) => e.id === 'Q7747')!;

  it('keeps labels, aliases, the sitelink and a sitelink count', () => {
    expect(putin.label).toBe('Vladimir Putin');
    expect(putin.aliases).toEqual(['Putin']);
    expect(putin.wikiTitle).toBe('Vladimir Putin');
    expect(putin.sitelinkCount).toBe(2);
  });

  it('reads item, time, quantity, coordinate and file values with qualifiers and ranks', () => {
    expect(putin.claims.P31).toEqual([{ id: 'Q5', rank: 'normal' }]);
    expect(putin.claims.P569![0]!.time).toEqual({ date: '1952-10-07', precision: 11 });
    expect(putin.claims.P39).toEqual([
      { id: 'Q218295', rank: 'preferred', start: { date: '2012-05-07', precision: 11 } },
    ]);
    expect(putin.claims.P1082![0]!.amount).toBe(146171015);
    expect(putin.claims.P625![0]!.coordinates).toEqual({ lat: 55.75, lon: 37.62 });
    expect(putin.claims.P18![0]!.file).toBe('Vladimir Putin 2021.jpg');
  });

  it('drops deprecated statements, unknown values and properties cards never use', () => {
    expect(putin.claims.P570).toBeUndefined();
    expect(putin.claims.P9999).toBeUndefined();
  });

  it('reports missing ids and redirected ones', () => {
    expect(reply.missing).toEqual(['Q404']);
    expect(reply.redirects).toEqual({ Q100: 'Q200' });
  });

  it.each([null, 'x', [], { entities: 'no' }, { entities: { Q1: null } }])('survives hostile input %#', (raw) => {
    expect(normalizeEntities(raw).entities).toEqual([]);
  });
});

describe("normalizeEntities in the card's languages", () => {
  const entity = (labels: Record<string, string>, sitelinks: string[]) => ({
    entities: {
      Q1: {
        type: 'item',
        id: 'Q1',
        labels: Object.fromEntries(Object.entries(labels).map(([language, value]) => [language, { language, value }])),
        descriptions: Object.fromEntries(
          Object.entries(labels).map(([language, value]) => [language, { language, value: `about ${value}` }]),
        ),
        aliases: { de: [{ language: 'de', value: 'Putin' }], en: [{ language: 'en', value: 'V. Putin' }] },
        claims: {},
        sitelinks: Object.fromEntries(sitelinks.map((site) => [site, { site, title: `${site} title`, badges: [] }])),
      },
    },
  });

  it.each([
    // [languages, labels, sitelinks, label, wikiTitle, wikiLang]
    [
      ['de', 'en'],
      { de: 'Wladimir Putin', en: 'Vladimir Putin' },
      ['dewiki', 'enwiki'],
      'Wladimir Putin',
      'dewiki title',
      'de',
    ],
    [['de', 'en'], { en: 'Vladimir Putin' }, ['enwiki'], 'Vladimir Putin', 'enwiki title', 'en'],
    [['pl', 'en'], { pl: 'Władimir Putin', en: 'Vladimir Putin' }, ['enwiki'], 'Władimir Putin', 'enwiki title', 'en'],
    [
      ['en'],
      { de: 'Wladimir Putin', en: 'Vladimir Putin' },
      ['dewiki', 'enwiki'],
      'Vladimir Putin',
      'enwiki title',
      'en',
    ],
    [['ru', 'en'], { mul: 'Putin', en: 'Vladimir Putin' }, ['ruwiki'], 'Vladimir Putin', 'ruwiki title', 'ru'],
    [['fr', 'en'], { mul: 'Putin' }, [], 'Putin', null, null],
    [['pt-br', 'en'], { pt: 'Vladimir Putin (pt)' }, ['ptwiki'], 'Vladimir Putin (pt)', null, null],
  ] as const)('%j over labels %j and pages %j', (langs, labels, sitelinks, label, wikiTitle, wikiLang) => {
    const [e] = normalizeEntities(entity(labels, [...sitelinks]), langs).entities;
    expect(e!.label).toBe(label);
    expect(e!.description).toBe(`about ${label}`);
    expect(e!.wikiTitle).toBe(wikiTitle);
    expect(e!.wikiLang).toBe(wikiLang);
  });

  it('keeps the aliases of every card language, the chosen one first', () => {
    const [e] = normalizeEntities(entity({ de: 'Wladimir Putin' }, []), ['de', 'en']).entities;
    expect(e!.aliases).toEqual(['Putin', 'V. Putin']);
  });
});

describe('parseTime', () => {
  it.each([
    ['+1952-10-07T00:00:00Z', 11, { date: '1952-10-07', precision: 11 }],
    ['+1952-10-00T00:00:00Z', 11, { date: '1952-10', precision: 10 }],
    ['+1947-00-00T00:00:00Z', 9, { date: '1947', precision: 9 }],
    ['+2022-08-30T00:00:00Z', 10, { date: '2022-08', precision: 10 }],
    ['-0500-01-01T00:00:00Z', 9, { date: '-0500', precision: 9 }],
    ['1952-10-07', 11, null],
    [42, 11, null],
  ])('%s (precision %s)', (time, precision, expected) => {
    expect(parseTime(time, precision)).toEqual(expected);
  });
});

describe('normalizeSearch', () => {
  it('reads wbsearchentities hits and their match type', () => {
    const raw = {
      searchinfo: { search: 'Georgia' },
      search: [
        {
          id: 'Q230',
          title: 'Q230',
          label: 'Georgia',
          description: 'country in the Caucasus',
          match: { type: 'label', language: 'en', text: 'Georgia' },
        },
        { id: 'Q1428', label: 'Georgia', match: { type: 'alias', language: 'en', text: 'GA' } },
        { id: 'L123', label: 'lexeme' },
        'junk',
      ],
      success: 1,
    };
    expect(normalizeSearch(raw)).toEqual([
      { id: 'Q230', label: 'Georgia', description: 'country in the Caucasus', matchType: 'label' },
      { id: 'Q1428', label: 'Georgia', description: null, matchType: 'alias' },
    ]);
    expect(normalizeSearch({ error: { code: 'x' } })).toEqual([]);
  });
});
