/**
 * Organizations' names in each language's words. Names built on a head word with an "and" inside ("Ministerio de
 * Sanidad y Consumo", "Centers for Disease Control and Prevention") are one name, and the part after the "and" is no
 * name of its own; two names joined by "and", or by "of" when the tagger read both whole, stay two. News outlets the
 * tagger reads as the place or person they are named after ("Radio-Canada", "Le Figaro") are organizations; places
 * and people whose names share an outlet's word stay what they are. Each row is modelled on a defect seen on real
 * pages or in the languages' validation text.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { packFor } from '../../src/languages/all';
import { prepareNerModel } from '../../src/languages/pack-model';
import { analyzeArticle } from '../../src/pipeline/recognize';
import { textArticle } from '../support/text-article';

const CODES = ['de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'ru'];
// Loading eight models takes seconds on a busy machine.
beforeAll(async () => {
  for (const code of CODES) await prepareNerModel(code);
}, 60_000);

function names(code: string, text: string) {
  const analysis = analyzeArticle(textArticle(code, text), packFor);
  return [...analysis.entities, ...(analysis.unsure ?? [])]
    .filter((e) => e.type !== 'date')
    .map((e) => `${e.type}:${e.name}`);
}

/** The names the analysis gives must hold every wanted one and no unwanted one. */
function expectNames(code: string, text: string, wanted: string[], unwanted: string[]) {
  const found = names(code, text);
  for (const w of wanted) expect(found).toContain(w);
  for (const u of unwanted) expect(found).not.toContain(u);
}

// code, text, names it must have, names it must not have (the cut halves, the wrongly joined whole).
const CASES: [string, string, string[], string[]][] = [
  [
    'en',
    'The Centers for Disease Control and Prevention said on Monday that cases rose.',
    ['organization:Centers for Disease Control and Prevention'],
    ['organization:Disease Control and Prevention'],
  ],
  [
    'en',
    'The paper is by the Helmholtz Centre for Infection Research and Hannover Medical School.',
    ['organization:Helmholtz Centre for Infection Research', 'organization:Hannover Medical School'],
    ['organization:Helmholtz Centre for Infection Research and Hannover Medical School'],
  ],
  [
    'es',
    'El Ministerio de Sanidad y Consumo anunció el lunes nuevas medidas.',
    ['organization:Ministerio de Sanidad y Consumo'],
    ['organization:Ministerio de Sanidad'],
  ],
  [
    'it',
    "Il Ministero dell'Economia e delle Finanze ha annunciato lunedì nuove misure.",
    ["organization:Ministero dell'Economia e delle Finanze"],
    ['place:Finanze', "place:Ministero dell'Economia"],
  ],
  [
    'it',
    'Il portavoce del Ministero delle Infrastrutture e dei Trasporti ha parlato ieri.',
    ['organization:Ministero delle Infrastrutture e dei Trasporti'],
    ['organization:Trasporti'],
  ],
  [
    'pt',
    'O Ministério da Ciência e Tecnologia anunciou na segunda-feira novas medidas.',
    ['organization:Ministério da Ciência e Tecnologia'],
    ['place:Tecnologia'],
  ],
  [
    'pt',
    'O Instituto Brasileiro de Geografia e Estatística publicou os dados.',
    ['organization:Instituto Brasileiro de Geografia e Estatística'],
    ['place:Estatística'],
  ],
  [
    'pl',
    'Ministerstwo Pracy i Polityki Społecznej ogłosiło w poniedziałek nowe środki.',
    ['organization:Ministerstwo Pracy i Polityki Społecznej'],
    ['place:Ministerstwo Pracy'],
  ],
  [
    'pl',
    'Instytut Pamięci Narodowej i Ministerstwo Nauki i Szkolnictwa Wyższego również zabrały głos.',
    ['organization:Instytut Pamięci Narodowej', 'organization:Ministerstwo Nauki i Szkolnictwa Wyższego'],
    ['organization:Instytut Pamięci Narodowej i Ministerstwo Nauki i Szkolnictwa Wyższego'],
  ],
  [
    'fr',
    "Le ministère de l'Économie et des Finances a annoncé lundi une nouvelle mesure.",
    ["organization:ministère de l'Économie et des Finances"],
    ['place:Économie'],
  ],
  [
    'it',
    "Molti giacimenti di gas dell'Unione Sovietica furono chiusi.",
    ['place:Unione Sovietica'],
    ['organization:Unione Sovietica'],
  ],
  [
    'de',
    'Das Amt des Außenministers bekleidete er bis zum Ende der Legislatur.',
    [],
    ['organization:Amt des Außenministers'],
  ],
];

describe('organization names with an "and" inside are one name; two names stay two', () => {
  it.each(CASES)('%s: %s', expectNames);
});

const OUTLETS: [string, string, string[], string[]][] = [
  [
    'fr',
    "Selon une enquête de Radio-Canada, le juge a quitté l'île de Man en mai.",
    ['organization:Radio-Canada'],
    ['place:Radio-Canada', 'person:Radio-Canada'],
  ],
  [
    'fr',
    'Interrogé par Télé-Québec et par Le Figaro, le porte-parole a confirmé.',
    ['organization:Télé-Québec', 'organization:Le Figaro'],
    ['place:Télé-Québec', 'person:Le Figaro'],
  ],
  [
    'en',
    'Radio-Canada reported that the judge had left the island in May.',
    ['organization:Radio-Canada'],
    ['organization:Radio', 'place:Canada'],
  ],
  [
    'en',
    'The Belleville News-Democrat reported that the mayor would resign.',
    ['organization:Belleville News-Democrat'],
    ['organization:Belleville News', 'organization:Democrat'],
  ],
  [
    'it',
    'Il Corriere della Sera e La Stampa hanno riportato la notizia.',
    ['organization:Corriere della Sera', 'organization:La Stampa'],
    ['place:Corriere della Sera', 'place:La Stampa'],
  ],
  [
    'pt',
    'O porta-voz falou com a Rádio Bandeirantes e a Folha de S.Paulo noticiou.',
    ['organization:Rádio Bandeirantes', 'organization:Folha de S.Paulo'],
    ['person:Rádio Bandeirantes', 'place:Folha de S.Paulo'],
  ],
  ['pl', 'Rzecznik rozmawiał w czwartek z Radiem Zet.', ['organization:Radiem Zet'], ['place:Radiem Zet']],
  // False cases: a place and a person whose names share letters with outlets stay a place and a person.
  ['en', 'Crowds gathered in Times Square on Monday night.', ['place:Times Square'], ['organization:Times Square']],
  [
    'en',
    'Snap chief executive Evan Spiegel said the company would grow.',
    ['person:Evan Spiegel'],
    ['organization:Evan Spiegel'],
  ],
  ['fr', 'Le président est arrivé à Québec lundi soir.', ['place:Québec'], ['organization:Québec']],
];

describe('news outlets are organizations, not the places or people they are named after', () => {
  it.each(OUTLETS)('%s: %s', expectNames);
});

// Companies and one-word outlets the English tagger reads as people; people sharing a company's name stay people.
const COMPANIES: [string, string, string[], string[]][] = [
  [
    'en',
    "Facebook said on Monday that it would change its rules, and Verizon's network was down.",
    ['organization:Facebook', 'organization:Verizon'],
    ['person:Facebook', 'person:Verizon'],
  ],
  [
    'en',
    'Slate reported that Politico had the story first.',
    ['organization:Slate', 'organization:Politico'],
    ['person:Politico'],
  ],
  ['en', 'Michael Dell said on Tuesday that sales would grow.', ['person:Michael Dell'], ['organization:Michael Dell']],
  [
    'en',
    'Mark Zuckerberg said Facebook would appeal the ruling.',
    ['person:Mark Zuckerberg', 'organization:Facebook'],
    ['organization:Mark Zuckerberg'],
  ],
];

describe('well-known companies and outlets are organizations, not people', () => {
  it.each(COMPANIES)('%s: %s', expectNames);
});
