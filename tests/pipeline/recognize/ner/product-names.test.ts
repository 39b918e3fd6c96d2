/**
 * Products named alone are no entity, in any language; a person who shares the name, named in full, keeps it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { packFor } from '../../../../src/languages/all';
import { prepareNerModel } from '../../../../src/languages/pack-model';
import { analyzeArticle } from '../../../../src/pipeline/recognize';
import { textArticle } from '../../../support/text-article';

beforeAll(async () => {
  for (const code of ['es', 'de']) await prepareNerModel(code);
}, 60_000);

const names = (code: string, text: string) =>
  analyzeArticle(textArticle(code, text), packFor)
    .entities.filter((e) => e.type !== 'date')
    .map((e) => `${e.type}:${e.name}`);

// language, text, entities it must have, names no entity may have.
const CASES: [string, string, string[], string[]][] = [
  [
    'en',
    'Speaking on Sunday, Senator Maria Cantwell said features like Safari, Alexa and Siri collected data on minors.',
    ['person:Maria Cantwell'],
    ['Safari', 'Alexa', 'Siri'],
  ],
  [
    'es',
    'La senadora Maria Cantwell dijo el domingo que funciones como Safari, Alexa y Siri recopilan datos de menores.',
    ['person:Maria Cantwell'],
    ['Safari', 'Alexa', 'Siri'],
  ],
  // A person named in full keeps a name that is also a product's.
  [
    'en',
    'Alexa Smith, 12, won the spelling bee in Ohio on Friday. Alexa said she had practised for a year.',
    ['person:Alexa Smith', 'place:Ohio'],
    [],
  ],
  // Names beside the products stay.
  [
    'de',
    'In Tokio und Paris standen Käufer am Freitag für das neue iPhone an.',
    ['place:Tokio', 'place:Paris'],
    ['iPhone'],
  ],
];

describe('products named alone are no entity', () => {
  it.each(CASES)('%s: %s', (code, text, want, unwanted) => {
    const got = names(code, text);
    for (const w of want) expect(got).toContain(w);
    for (const u of unwanted) expect(got.map((g) => g.slice(g.indexOf(':') + 1))).not.toContain(u);
  });
});
