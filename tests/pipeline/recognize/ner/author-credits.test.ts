/**
 * The article's author named only in its credit lines (byline, bio, "Follow … on Twitter", "(name)") is no entity;
 * an author the story itself names, and other people in the credit lines, stay. Rows modelled on real pages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { packFor } from '../../../../src/languages/all';
import { prepareNerModel } from '../../../../src/languages/pack-model';
import { analyzeArticle } from '../../../../src/pipeline/recognize';
import { textArticle } from '../../../support/text-article';

beforeAll(() => prepareNerModel('fr'), 60_000);

const STORY = [
  'Two service members were killed in a helicopter crash in Afghanistan, the military said on Wednesday.',
  'The cause of the crash is under investigation, officials in Kabul said.',
  'General Scott Miller said the crew had been flying a routine mission near Kandahar.',
  'The Taliban did not claim responsibility for the crash, a spokesman said.',
  'More than 2,500 civilians have been killed in the fighting this year, according to the United Nations.',
];
const HISTOIRE = [
  'Deux soldats ont été tués dans un accident d’hélicoptère en Afghanistan, a annoncé mercredi l’armée.',
  'La cause de l’accident fait l’objet d’une enquête, ont indiqué les autorités à Kaboul.',
  'Le général Scott Miller a déclaré que l’équipage effectuait une mission de routine près de Kandahar.',
  'Les talibans n’ont pas revendiqué l’accident, selon un porte-parole.',
  'Plus de 2 500 civils ont été tués cette année, selon les Nations unies.',
];

function people(lang: string, lines: string[], authors: string[]) {
  const article = { ...textArticle(lang, lines.join('\n\n')), authors };
  return analyzeArticle(article, packFor)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);
}

// language, text lines, authors, people that must stay, people that must go.
const CASES: [string, string[], string[], string[], string[]][] = [
  ['en', ['By Jane Doe', ...STORY], ['Jane Doe'], ['Scott Miller'], ['Jane Doe']],
  ['en', [...STORY, 'Jane Doe is a reporter for the Daily Planet.'], ['Jane Doe'], ['Scott Miller'], ['Jane Doe']],
  ['en', [...STORY, 'Follow Tia Ghose on Twitter and Google+.'], ['Tia Ghose'], [], ['Tia Ghose']],
  [
    'en',
    [...STORY, 'Stella Kim reported from Seoul, and Jennifer Jett from Hong Kong.'],
    ['Stella Kim', 'Jennifer Jett'],
    [],
    ['Stella Kim', 'Jennifer Jett'],
  ],
  ['fr', [...HISTOIRE, '(Alexandre Hervaud)'], ['Alexandre Hervaud'], ['Scott Miller'], ['Alexandre Hervaud']],
  // An author the story names in its body stays.
  [
    'en',
    [
      'By Jane Doe',
      STORY[0]!,
      STORY[1]!,
      'Jane Doe, who visited the base in May, saw the crew train there.',
      ...STORY.slice(2),
    ],
    ['Jane Doe'],
    ['Jane Doe'],
    [],
  ],
  // Someone else in a credit line stays; so does a named author the story is about in a long line.
  [
    'en',
    [...STORY, 'Jane Doe is a reporter. Additional reporting by John Smith in Washington.'],
    ['Jane Doe'],
    ['John Smith'],
    ['Jane Doe'],
  ],
  [
    'en',
    [...STORY, 'US President Donald Trump has been eager to withdraw troops, but the generals have urged him to wait.'],
    ['Donald Trump'],
    ['Donald Trump'],
    [],
  ],
];

describe("the article's author in its credit lines is no entity", () => {
  it.each(CASES)('%s: case %#', (lang, lines, authors, stay, go) => {
    const found = people(lang, lines, authors);
    for (const name of stay) expect(found).toContain(name);
    for (const name of go) expect(found).not.toContain(name);
  });
});
