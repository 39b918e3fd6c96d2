import { describe, expect, it } from 'vitest';
import { ALL_PACKS, packFor } from '../../src/languages/all';
import { boilerplateLines } from '../../src/languages/boilerplate-lines';
import { recognize } from '../../src/pipeline/recognize';
import { nameWordsOf } from '../../src/pipeline/recognize/ner/name-words';

const words = (code: string) => nameWordsOf(packFor(code)!);
/** As extraction matches them: one case-insensitive pattern over a whole paragraph. */
const BOILERPLATE = new RegExp(boilerplateLines.map((p) => `(?:${p.source})`).join('|'), 'i');

describe.each([
  // code, role words (true), words that are not roles, capitalized not-names, names that must stay names
  [
    'de',
    ['Bundeskanzler', 'Bundeskanzlerin', 'Präsidenten', 'Außenministerin', 'Vorsitzender'],
    ['Bundestag', 'Berlin'],
    ['Regierung', 'Donnerstag', 'Mai', 'Der'],
    ['Scholz', 'Merkel'],
  ],
  [
    'fr',
    ['président', 'présidente', 'ministre', 'porte-parole', 'chancelier'],
    ['Élysée', 'Paris'],
    ['Jeudi', 'Elles', 'Depuis'],
    ['Macron', 'Borne'],
  ],
  [
    'es',
    ['ministro', 'ministra', 'presidenta', 'portavoz', 'alcaldesa'],
    ['Moncloa', 'Madrid'],
    ['Jueves', 'Asimismo', 'Mayo'],
    ['Sánchez', 'Albares'],
  ],
  [
    'it',
    ['premier', 'ministro', 'sindaca', 'presidente', 'portavoce'],
    ['Chigi', 'Roma'],
    ['Giovedì', 'Secondo'],
    ['Meloni', 'Mattarella'],
  ],
  [
    'nl',
    ['premier', 'minister', 'burgemeester', 'woordvoerder', 'koning'],
    ['Binnenhof', 'Den Haag'],
    ['Donderdag', 'Volgens'],
    ['Schoof', 'Rutte'],
  ],
  [
    'pt',
    ['presidente', 'ministra', 'primeiro-ministro', 'porta-voz', 'governador'],
    ['Planalto', 'Lisboa'],
    ['Quinta-feira', 'Segundo'],
    ['Lula', 'Montenegro'],
  ],
  [
    'pl',
    ['prezydent', 'prezydenta', 'premier', 'premiera', 'ministra', 'marszałek'],
    ['Sejm', 'Warszawa'],
    ['Czwartek', 'Według', 'Maja'],
    ['Tusk', 'Duda'],
  ],
  [
    'ru',
    ['президент', 'президента', 'премьер-министр', 'министра', 'пресс-секретаря'],
    ['Кремль', 'Москва'],
    ['Четверг', 'Однако'],
    ['Путин', 'Лавров'],
  ],
] as [string, string[], string[], string[], string[]][])('%s pack', (code, roles, notRoles, notNames, names) => {
  it.each(roles)('%s is a role', (w) => expect(words(code).roles.has(w.toLowerCase())).toBe(true));
  it.each(notRoles)('%s is no role', (w) => expect(words(code).roles.has(w.toLowerCase())).toBe(false));
  it.each(notNames)('%s is never a name alone', (w) => expect(words(code).notNames.has(w.toLowerCase())).toBe(true));
  it.each(names)('%s may be a name', (w) => expect(words(code).notNames.has(w.toLowerCase())).toBe(false));
});

describe('boilerplate lines of every language', () => {
  it.each([
    'Mehr zum Thema',
    'Lesen Sie auch: Was die Koalition plant',
    'Lire aussi : Emmanuel Macron à Berlin',
    'Leer más: El Gobierno aprueba los presupuestos',
    'Leggi anche: Meloni a Bruxelles',
    'Lees ook: Kabinet valt over asiel',
    'Leia também: Lula viaja a Pequim',
    'Czytaj też: Tusk w Brukseli',
    'Читайте также: Путин провел совещание',
    'Foto: dpa',
  ])('%s is boilerplate', (line) => expect(BOILERPLATE.test(line)).toBe(true));

  it.each([
    'Er sagte, er habe mehr zum Thema zu sagen, als man denke.',
    'Le ministre a dit: "Lire aussi les rapports est un devoir."',
    'El presidente quiere leer más libros este verano, dijo.',
    'Тусk и Путин не встречались, сообщил источник.',
  ])('%s is body', (line) => expect(BOILERPLATE.test(line)).toBe(false));
});

describe('every pack', () => {
  it.each(ALL_PACKS.map((p) => [p.code, p] as const))('%s names its own code and has its words', (code, pack) => {
    expect(packFor(code)).toBe(pack);
    expect(pack.roleWords.roles.length).toBeGreaterThan(10);
    // Japanese and Chinese read names from their segmenter's tags and have no event triggers yet.
    if (pack.cjkNames) return expect(pack.cjkNames.stopNames.length).toBeGreaterThan(5);
    // Arabic, Korean …: names read from the words around them, no event triggers yet.
    if (pack.anchoredNames) return expect(pack.anchoredNames.stopWords.length).toBeGreaterThan(20);
    expect(pack.notNames.length).toBeGreaterThan(10);
    expect(Object.keys(pack.eventTriggers.classes).length).toBeGreaterThan(2);
  });
});

describe('named events each language writes', () => {
  it.each([
    [
      'de',
      'Beim G20-Gipfel in Rom sprachen sie über den Zweiten Weltkrieg und den Mauerfall.',
      ['G20-Gipfel', 'Zweiten Weltkrieg', 'Mauerfall'],
    ],
    ['fr', "Le sommet de l'OTAN a évoqué la Seconde Guerre mondiale.", ["sommet de l'OTAN", 'Seconde Guerre mondiale']],
    ['es', 'La guerra de Ucrania marcó la cumbre del G20.', ['guerra de Ucrania', 'cumbre del G20']],
    ['nl', 'De NAVO-top in Den Haag sprak over de Tweede Wereldoorlog.', ['NAVO-top', 'Tweede Wereldoorlog']],
    ['pl', 'Na szczycie NATO mówiono o wojnie w Ukrainie.', ['szczycie NATO', 'wojnie w Ukrainie']],
    ['ru', 'На саммите НАТО вспоминали Вторую мировую войну.', ['саммите НАТО', 'Вторую мировую войну']],
  ] as [string, string, string[]][])('%s: %s', (code, text, events) => {
    const found = recognize(text, {}, { pack: packFor(code)! })
      .entities.filter((e) => e.type === 'event')
      .map((e) => e.name);
    for (const name of events) expect(found).toContain(name);
  });

  it.each([
    // An event word with no name after it, and a lower-case word after one, name no event.
    ['fr', 'Le sommet a été reporté, et la guerre continue.'],
    ['de', 'Der Gipfel wurde verschoben, der Krieg geht weiter.'],
    ['es', 'La cumbre fue aplazada y la guerra de desgaste sigue.'],
  ])('%s: no named event in %s', (code, text) => {
    const found = recognize(text, {}, { pack: packFor(code)! }).entities.filter((e) => e.type === 'event');
    expect(found).toEqual([]);
  });
});
