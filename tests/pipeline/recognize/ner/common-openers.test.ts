/**
 * A common word opening its sentence is no name where the article writes it in lower case too, through the shipped
 * tagger: each row is modelled on a defect seen on real pages, next to names the rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { shippedModel } from '../../../../src/languages/en/ner-model';
import { findEntities } from '../../../../src/pipeline/recognize/ner/entities';

const names = (text: string) => findEntities(text, shippedModel()).map((e) => `${e.type}:${e.name}`);

// text, entities it must have, entities it must not have.
const CASES: [string, string[], string[]][] = [
  [
    'Recyclers resort to landfills. States like Oregon and Massachusetts have laws. Other states may follow.',
    ['place:Oregon'],
    ['place:States'],
  ],
  [
    'A stream flows into the reservoir. City officials declared an emergency in the city.',
    [],
    ['place:City', 'organization:City'],
  ],
  // Written as a name after a lower-case word elsewhere, or before a capitalized word, it stays a name.
  ['The bill passed the House in March. House members voted again. He bought a house.', ['organization:House'], []],
  ['Senators met in Washington. Washington officials said the washington pie was good.', ['place:Washington'], []],
];

describe('common words opening a sentence', () => {
  it.each(CASES)('%s', (text, want, unwanted) => {
    const got = names(text);
    for (const w of want) expect(got).toContain(w);
    for (const u of unwanted) expect(got).not.toContain(u);
  });
});
