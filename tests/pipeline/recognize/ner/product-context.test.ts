/**
 * One-word names the words around them show to be a company or a product, through the shipped tagger: each row is a
 * sentence modelled on a defect seen on real pages, next to people and places the same words must not move.
 */
import { describe, expect, it } from 'vitest';
import { shippedModel } from '../../../../src/languages/en/ner-model';
import { findEntities } from '../../../../src/pipeline/recognize/ner/entities';

const names = (text: string) => findEntities(text, shippedModel()).map((e) => `${e.type}:${e.name}`);

// text, entities it must have, entities it must not have.
const CASES: [string, string[], string[]][] = [
  ['Android users are downloading apps. A fix for Android is coming soon.', [], ['person:Android', 'place:Android']],
  ['Online retailer Amazon also has ambitions in this market.', ['organization:Amazon'], ['place:Amazon']],
  ['Amazon shareholders push the retailer to cut back on fossil fuels.', ['organization:Amazon'], ['place:Amazon']],
  [
    '"We were late," said Kenneth R. Lowe, Vizio\'s co-founder and vice president.',
    ['organization:Vizio', 'person:Kenneth R. Lowe'],
    ['person:Vizio'],
  ],
  // A known company's name with no cue word near it.
  ['Executives from Amazon, Apple and Google testified on Tuesday.', ['organization:Amazon'], ['place:Amazon']],
  // People and places beside the same words stay what they are.
  ['Fires in the Amazon destroyed a forest the size of Belgium.', ['place:Amazon'], ['organization:Amazon']],
  ["Tim Cook spoke first. Cook's co-founder Steve Wozniak spoke later.", ['person:Tim Cook'], ['organization:Cook']],
  ['The Amazon rainforest is burning in Brazil.', ['place:Brazil'], ['organization:Brazil']],
  ['Tokyo stock prices recovered as the Warsaw stock exchange fell.', ['place:Tokyo'], ['organization:Tokyo']],
  ['Ana met Maria and Joe in Lisbon.', ['person:Maria', 'person:Joe'], []],
  [
    'Putin spokesman Dmitry Peskov said the talks went well. Putin did not comment.',
    ['person:Putin'],
    ['organization:Putin'],
  ],
];

describe('one-word names that are companies or products', () => {
  it.each(CASES)('%s', (text, want, unwanted) => {
    const got = names(text);
    for (const w of want) expect(got).toContain(w);
    for (const u of unwanted) expect(got).not.toContain(u);
  });
});
