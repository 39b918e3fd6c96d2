/**
 * Hyphenated names outside English stay whole ("Санкт-Петербург", "Baden-Württemberg"), as each language's
 * training data writes them, and a place in the genitive before a name is not part of the person's name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { packFor } from '../../src/languages/all';
import { prepareNerModel } from '../../src/languages/pack-model';
import { analyzeArticle } from '../../src/pipeline/recognize';
import { textArticle } from '../support/text-article';

const CODES = ['de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'ru'];
beforeAll(async () => {
  for (const code of CODES) await prepareNerModel(code);
});

function entities(code: string, text: string) {
  return analyzeArticle(textArticle(code, text), packFor)
    .entities.filter((e) => e.type !== 'date')
    .map((e) => `${e.type}:${e.name}`);
}

// code, text, entities it must have, entities it must not have (the cut halves).
const CASES: [string, string, string[], string[]][] = [
  ['ru', 'Новая линия метро открылась в Санкт-Петербурге в среду.', ['place:Санкт-Петербурге'], ['place:Петербурге']],
  [
    'ru',
    'Губернатор Санкт-Петербурга Александр Беглов открыл станцию.',
    ['person:Александр Беглов', 'place:Санкт-Петербурга'],
    ['person:Санкт-Петербурга Александр Беглов'],
  ],
  ['ru', 'Делегация прилетела в Улан-Батор.', ['place:Улан-Батор'], ['place:Улан', 'place:Батор']],
  [
    'de',
    'Die Landesregierung von Baden-Württemberg tagte in Stuttgart.',
    ['place:Baden-Württemberg'],
    ['place:Baden', 'place:Württemberg'],
  ],
  ['de', 'Der G20-Gipfel in Hamburg endete am Samstag.', ['event:G20-Gipfel', 'place:Hamburg'], []],
  ['fr', 'Le maire de Saint-Étienne a reçu Jean-Pierre Raffarin.', ['place:Saint-Étienne'], ['person:Saint-Étienne']],
  [
    'es',
    'El presidente de Castilla-La Mancha habló con Pedro Sánchez.',
    ['place:Castilla-La Mancha'],
    ['place:Castilla'],
  ],
  [
    'it',
    'Il presidente del Friuli-Venezia Giulia ha incontrato Giorgia Meloni.',
    ['place:Friuli-Venezia Giulia'],
    ['place:Friuli'],
  ],
  ['nl', 'De burgemeester van Noord-Holland sprak met Mark Rutte.', ['place:Noord-Holland'], ['place:Noord']],
  ['pl', 'Premier Donald Tusk odwiedził Bielsko-Białą.', ['place:Bielsko-Białą'], ['place:Bielsko', 'place:Białą']],
];

describe('hyphenated names outside English', () => {
  it.each(CASES)('%s: %s', (code, text, present, absent) => {
    const found = entities(code, text);
    expect(found).toEqual(expect.arrayContaining(present));
    for (const name of absent) expect(found).not.toContain(name);
  });

  it('still reads English "Russia-China" as two places', () => {
    const found = entities('en', 'Xi praised the expanding Russia-China relationship in Beijing.');
    expect(found).toEqual(expect.arrayContaining(['place:Russia', 'place:China']));
  });
});
