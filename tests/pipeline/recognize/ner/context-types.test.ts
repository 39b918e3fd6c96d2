import { describe, expect, it } from 'vitest';
import { shippedModel } from '../../../../src/pipeline/recognize';
import { findEntities } from '../../../../src/pipeline/recognize/ner/entities';

const found = (text: string) => findEntities(text, shippedModel()).map((e) => `${e.type}:${e.name}`);

describe('names typed by the words around them', () => {
  it.each([
    [
      'sides of a match are teams',
      'The song debuted during the Alabama versus Florida State football game.',
      ['organization:Alabama', 'organization:Florida State'],
    ],
    [
      '"vs." joins teams too',
      'Texas vs. Oklahoma ended in a tie in their football game.',
      ['organization:Texas', 'organization:Oklahoma'],
    ],
    [
      '"versus" in a court\'s docket joins no teams',
      'The court heard Texas versus Pennsylvania this morning.',
      ['place:Texas', 'place:Pennsylvania'],
    ],
    [
      'a docket number is no score',
      'The court heard Case 22-506, Texas versus Pennsylvania.',
      ['place:Texas', 'place:Pennsylvania'],
    ],
    [
      'a result between two places is a match',
      'Germany lost to Japan 2-1 in the World Cup, and England drew with Wales in their game.',
      ['organization:Germany', 'organization:Japan', 'organization:England', 'organization:Wales', 'event:World Cup'],
    ],
    [
      '"beat" with no name after it is no match',
      'Russia beat back an attack near Kharkiv.',
      ['place:Russia', 'place:Kharkiv'],
    ],
    [
      'a team noun after a place',
      'He was disappointed with the Ohio State recruiter after the camp.',
      ['organization:Ohio State'],
    ],
    [
      'places in plain prose stay places',
      'Alabama is a state in the south, and Florida is next to it.',
      ['place:Alabama', 'place:Florida'],
    ],
    [
      'a school is an organization, whole',
      'He served as principal of American Indian Public Charter School for seven years.',
      ['organization:American Indian Public Charter School'],
    ],
    [
      'a capital "The" inside a sentence belongs to the name',
      'He said in an e-mail to The Associated Press that prices fell.',
      ['organization:The Associated Press'],
    ],
    [
      'after a number too',
      'Copyright 2009 The Associated Press. All rights reserved.',
      ['organization:The Associated Press'],
    ],
    [
      'not after "of", where it is a title\'s casing',
      "He was rereading Johnson 's Lives of The Poets, a splendid work.",
      ['person:Johnson', 'organization:Poets'],
    ],
    [
      'a sentence-opening "The" does not',
      'The Associated Press reported that prices fell.',
      ['organization:Associated Press'],
    ],
    ['a lower-case "the" does not', 'The visit to the Bank of England was brief.', ['organization:Bank of England']],
    [
      'a title before a name is not a name',
      'The concert in London was hosted by DJ Casey Kasem.',
      ['person:Casey Kasem', 'place:London'],
    ],
    [
      "a show's title ends in no name of its own",
      "Speaking on NBC's Meet the Press on Sunday, Cantwell said the bill would pass.",
      ['organization:NBC', 'person:Cantwell'],
    ],
    [
      'a weekday before "the" is no title',
      'Officials said on Monday the Kremlin would respond to the sanctions.',
      ['place:Kremlin'],
    ],
    [
      'a lower-case verb before "the" is no title',
      'The minister thanked the Pentagon for its help after the talks.',
      ['organization:Pentagon'],
    ],
    [
      'a name before "the" is no title',
      'Officials in Paris the Louvre had hired said the paintings were safe.',
      ['place:Paris', 'place:Louvre'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(found(text).sort()).toEqual([...expected].sort());
  });
});

describe('entity confidence', () => {
  it('is a probability on people, organizations and places, high for a clear name', () => {
    const [e] = findEntities('Prime Minister Boris Johnson spoke in Parliament on Tuesday.', shippedModel()).filter(
      (x) => x.name === 'Boris Johnson',
    );
    expect(e!.confidence).toBeGreaterThan(0.9);
    expect(e!.confidence).toBeLessThanOrEqual(1);
  });
  it("is the tagger's own reading of the name: a rule that retypes it neither raises nor lowers it", () => {
    const [team] = findEntities('Texas vs. Oklahoma ended in a tie in their football game.', shippedModel());
    const [state] = findEntities('Texas vs. Oklahoma ended in a tie.', shippedModel());
    expect(team).toMatchObject({ name: 'Texas', type: 'organization' });
    expect(state).toMatchObject({ name: 'Texas', type: 'place' });
    expect(team!.confidence).toBe(state!.confidence);
  });
  it('is lower for a fragment of a title than for the full name beside it', () => {
    const found = findEntities("She discussed photos with Naomi Wolf in Harper's Bazaar in 2016.", shippedModel());
    const bazaar = found.find((e) => e.name === 'Bazaar');
    const wolf = found.find((e) => e.name === 'Naomi Wolf');
    expect(bazaar!.confidence).toBeLessThan(0.8);
    expect(wolf!.confidence).toBeGreaterThan(0.9);
  });
});
