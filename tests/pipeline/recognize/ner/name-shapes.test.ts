/**
 * Spans, types and bare words decided from a name's own words, through the shipped tagger: each row is a sentence
 * modelled on a defect seen on real pages, with the entity it must give (or must not give).
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../../src/pipeline/recognize/ner/entities';
import { shippedModel } from '../../../../src/languages/en/ner-model';

const entities = (text: string) => findEntities(text, shippedModel()).map((e) => `${e.type}:${e.name}`);

describe('organization names built on a head word are one name', () => {
  it.each([
    ['The Office for Budget Responsibility said growth would slow.', 'organization:Office for Budget Responsibility'],
    [
      'Officials at the La. Department of Wildlife and Fisheries said the fish died.',
      'organization:La. Department of Wildlife and Fisheries',
    ],
    [
      'The drug was approved by the U.S. Food and Drug Administration last year.',
      'organization:U.S. Food and Drug Administration',
    ],
    ['He wrote to the Ministry of the Interior on Monday.', 'organization:Ministry of the Interior'],
  ])('%s', (text, want) => {
    expect(entities(text)).toContain(want);
  });

  it.each([
    [
      'The Office for Budget Responsibility said growth would slow.',
      ['organization:Office', 'organization:Budget Responsibility'],
    ],
    ['The Department said that Smith and Jones would leave.', ['organization:Department said that Smith']],
  ])('no fragments: %s', (text, unwanted) => {
    for (const u of unwanted) expect(entities(text)).not.toContain(u);
  });
});

describe('types from head words', () => {
  it.each([
    ['Reporters waited outside Downing Street on Tuesday.', 'place:Downing Street'],
    ['Spending was tracked by AdImpact, a media firm.', 'organization:AdImpact'],
    ['Consider that the London Marathon raises millions.', 'event:London Marathon'],
  ])('%s', (text, want) => {
    expect(entities(text)).toContain(want);
  });

  it.each([
    ['Ronald McDonald met Ron DeSantis in Florida.', 'person:Ron DeSantis'],
    ['Ronald McDonald met Ron DeSantis in Florida.', 'person:Ronald McDonald'],
  ])('surnames with an inner capital stay people: %s', (text, want) => {
    expect(entities(text)).toContain(want);
  });
});

describe('words that are not names on their own', () => {
  it.each([
    [
      'Black voters and Latinos backed the Democrats in Georgia.',
      ['place:Black', 'person:Latinos', 'organization:Latinos'],
    ],
    ['Most Britons said the war was wrong, polls showed.', ['organization:Britons', 'person:Britons', 'place:Britons']],
    ['Others said they look more pregnant than the Duchess does.', ['person:Duchess']],
    ['Election\n\nThe election was held on Tuesday in Ohio.', ['organization:Election']],
    [
      'Senators swore an oath on January 16. It is the oath created by Senators when they tried the first ' +
        'impeachment. When that oath is taken, Senators are supposed to step back.',
      ['person:Senators'],
    ],
  ])('%s', (text, unwanted) => {
    const found = entities(text);
    for (const u of unwanted) expect(found).not.toContain(u);
  });

  it('a plural role word is no person, but a team of that name stays', () => {
    expect(entities('The Ottawa Senators beat the Toronto Maple Leafs 3-2 on Saturday.')).toContain(
      'organization:Ottawa Senators',
    );
  });

  it('a capitalized word the article never writes in lower case may still be a name', () => {
    expect(entities('Microsoft said on Monday that sales rose in China.')).toContain('organization:Microsoft');
  });
});

describe('titles in quotation marks are works, not names', () => {
  it('a film title in quotes is no person; the company beside it stays', () => {
    const found = entities('Her hit and the film "Black Panther," topped charts, said Apple Music.');
    expect(found).not.toContain('person:Black Panther');
    expect(found).toContain('organization:Apple Music');
  });
});

describe('offices are not names', () => {
  it.each([
    ['The Secretary of State said so on Monday.', ['person:of State', 'organization:Secretary of State']],
    ['The Attorney General left the building.', ['organization:Attorney General', 'person:Attorney General']],
  ])('%s', (text, unwanted) => {
    const found = entities(text);
    for (const u of unwanted) expect(found).not.toContain(u);
  });

  it('a company named with a role word stays', () => {
    expect(entities('Prime Minister Boris Johnson met General Motors executives.')).toContain(
      'organization:General Motors',
    );
  });
});

describe('Title Case lines keep names joined by lower-case words', () => {
  it('a link list line', () => {
    expect(entities('On the Net:\n\nLa. Department of Wildlife and Fisheries:\n\nMore here.')).toContain(
      'organization:La. Department of Wildlife and Fisheries',
    );
  });
});

describe('variants of one name are one entity', () => {
  it.each([
    ['The Labour Party won. Labour said it would govern.', 'organization:Labour Party', 2],
    ['Lord Alli gave money. Alli said it was a gift.', 'person:Alli', 2],
  ])('%s', (text, name, mentions) => {
    const found = findEntities(text, shippedModel());
    const entity = found.find((e) => `${e.type}:${e.name}` === name);
    expect(entity?.mentions.length).toBe(mentions);
    expect(found.filter((e) => e.type !== 'date')).toHaveLength(1);
  });
});

describe('a name in apposition to a title is a person', () => {
  it.each([
    [
      "Critics fear a leadership in the mold of Egypt's president, Abdel Fattah el-Sisi.",
      'person:Abdel Fattah el-Sisi',
    ],
    ["The bank's chairman, Mario Draghi, declined to comment.", 'person:Mario Draghi'],
    // Not after a word that is no title, nor after a capitalized title opening a list.
    ['The firm signed a deal with its partner, Microsoft.', 'organization:Microsoft'],
    ['The delegation flew on to the capital, Kyiv.', 'place:Kyiv'],
  ])('%s', (text, want) => {
    expect(entities(text)).toContain(want);
  });
});
