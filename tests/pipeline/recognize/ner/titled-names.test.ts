/**
 * A person's title read into another kind of name: each row is a sentence modelled on a defect seen on real pages,
 * with the entities it must give and those it must not, next to offices and firms that must stay whole.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { packFor } from '../../../../src/languages/all';
import { shippedModel } from '../../../../src/languages/en/ner-model';
import { prepareNerModel } from '../../../../src/languages/pack-model';
import { analyzeArticle } from '../../../../src/pipeline/recognize';
import { findEntities } from '../../../../src/pipeline/recognize/ner/entities';
import { textArticle } from '../../../support/text-article';

const english = (text: string) => findEntities(text, shippedModel());
const names = (text: string) => english(text).map((e) => `${e.type}:${e.name}`);

// text, entities it must have, entities it must not have.
const ENGLISH: [string, string[], string[]][] = [
  [
    'John Smith, Chief Technology Officer of Valley Radiotherapy Associates, said the machines arrived.',
    ['organization:Valley Radiotherapy Associates', 'person:John Smith'],
    ['organization:Chief Technology Officer of Valley Radiotherapy Associates'],
  ],
  [
    'Morrison listened in on President Trump’s July 25 call. The honour given to President Trump was part of it.',
    ['person:Trump'],
    ['place:President Trump', 'organization:President Trump'],
  ],
  // Offices and names that open with a title word stay whole.
  [
    'Secretary of State Antony Blinken met officials at the Department of Defense.',
    ['person:Antony Blinken', 'organization:Department of Defense'],
    ['organization:State', 'organization:Defense'],
  ],
  ['Officials from General Motors toured Prince Edward Island.', ['organization:General Motors'], ['person:Motors']],
  ['Prince Edward Island and King County officials agreed.', ['place:Prince Edward Island'], ['person:Edward Island']],
  ['Pedestrians on Queen Street in Auckland, a diverse city.', ['place:Queen Street'], ['person:Street']],
];

describe('a title read into another kind of name', () => {
  it.each(ENGLISH)('%s', (text, want, unwanted) => {
    const got = names(text);
    for (const w of want) expect(got).toContain(w);
    for (const u of unwanted) expect(got).not.toContain(u);
  });

  it('the role cut from the organization is its person’s', () => {
    const smith = english('John Smith, Chief Technology Officer of Valley Radiotherapy Associates, said it.').find(
      (e) => e.name === 'John Smith',
    );
    expect(smith?.role).toBe('Chief Technology Officer of Valley Radiotherapy Associates');
  });
});

describe('role words before a name where nouns are capitalized', () => {
  beforeAll(async () => {
    await prepareNerModel('de');
  });
  const german = (text: string) =>
    analyzeArticle(textArticle('de', text), packFor).entities.map((e) => `${e.type}:${e.name}:${e.role ?? ''}`);

  it.each([
    [
      'Der Erfolg kam erst, als seine Doktorandin Liming Cai die Methode fand.',
      'person:Liming Cai:Doktorandin',
      'Doktorandin Liming Cai',
    ],
    ['Präsident Emmanuel Macron sagte, er werde kommen.', 'person:Emmanuel Macron:Präsident', 'Präsident Emmanuel'],
  ])('%s', (text, want, unwanted) => {
    const got = german(text);
    expect(got).toContain(want);
    expect(got.some((g) => g.includes(unwanted))).toBe(false);
  });
});
