/** Short capitalized words that name no one: initials alone and abbreviations of things, through the shipped tagger. */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../../src/pipeline/recognize/ner/entities';
import { shippedModel } from '../../../../src/languages/en/ner-model';
import { isLoneInitial } from '../../../../src/pipeline/recognize/ner/shape-checks';

const names = (text: string) => findEntities(text, shippedModel()).map((e) => e.name);

describe('abbreviations and initials are not names', () => {
  it.each([
    // [sentence, names it must not give, names it must still give]
    ['Health officials in Illinois traced the E. coli outbreak to ground beef.', ['E.'], ['Illinois']],
    ['Samsung said its new PC and a VR headset would ship in Korea.', ['PC', 'VR'], ['Samsung', 'Korea']],
    ['On Tuesday, Microsoft showed AI tools to reporters in London.', ['AI'], ['Microsoft', 'London']],
    ['The carmaker Ford hired a PR firm and a new CFO in California.', ['PR', 'CFO'], ['Ford', 'California']],
    [
      'Google said the HTML file and its CSS load faster on a new CPU, Apple engineers in Cupertino found.',
      ['HTML', 'CSS', 'CPU'],
      ['Google', 'Cupertino'],
    ],
    ['Vodafone customers in Germany can send an SMS from any SIM card.', ['SMS', 'SIM'], ['Vodafone', 'Germany']],
    // Not abbreviations of things: unions of states, parties and places keep their names.
    ['The EU and the UN condemned the attack, the US State Department said.', [], ['EU', 'UN']],
    ['J. K. Rowling spoke in Edinburgh.', ['J.', 'K.'], ['Edinburgh']],
  ])('%s', (text, unwanted, wanted) => {
    const found = names(text);
    for (const name of unwanted) expect(found).not.toContain(name);
    for (const name of wanted) expect(found).toContain(name);
  });
});

describe('isLoneInitial', () => {
  it.each([
    ['E.', true],
    ['A', true],
    ['Ж.', true],
    ['EU', false],
    ['Ed', false],
    ['e.', false],
    ['E.U.', false],
  ])('%s → %s', (text, want) => expect(isLoneInitial(text)).toBe(want));
});
