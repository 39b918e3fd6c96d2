/**
 * Polish names in other cases than the nominative ("kanclerza Niemiec Olafa Scholza", "z Donaldem Tuskiem",
 * "Kancelarii Premiera"): endings back to the base form, checked by the engine (ner/base-forms.ts) against the
 * gazetteer's given names and the surname's agreement. Stem alternations ("Jacka" → "Jacek", "Beacie" → "Beata")
 * are left out: a wrong base is worse than the written form, and the article's own nominative still joins them.
 */
import type { DeclinedEnding, NameDeclension } from '../types';

/** Adjectival surnames: "Kowalskiego", "Kowalskiemu", "Kowalskim" → "Kowalski"; "Zawadzkiego" → "Zawadzki". */
const ADJECTIVAL_MASCULINE: DeclinedEnding[] = [
  ['kiego', 'ki'],
  ['kiemu', 'ki'],
  ['kim', 'ki'],
  ['giego', 'gi'],
  ['giemu', 'gi'],
  ['gim', 'gi'],
];

/** Nouns ending in a consonant: genitive/accusative -a, dative -owi, instrumental -em/-iem, locative -ie/-u. */
const CONSONANT_MASCULINE: DeclinedEnding[] = [
  ['owi', ''],
  ['iem', ''],
  ['em', ''],
  ['ie', ''],
  ['a', ''],
  ['u', ''],
];

/** Nouns ending in -a ("Anna", "Duda"): genitive -y/-i, dative/locative -ie/-i, accusative -ę, instrumental -ą. */
const A_STEM: DeclinedEnding[] = [
  ['ie', 'a'],
  ['y', 'a'],
  ['i', 'a'],
  ['ę', 'a'],
  ['ą', 'a'],
];

/** Nominative head → its declined forms, as the ministries, offices and councils of Polish news are written. */
const HEADS: Record<string, string[]> = {
  Ministerstwo: ['Ministerstwa', 'Ministerstwu', 'Ministerstwem', 'Ministerstwie'],
  Kancelaria: ['Kancelarii', 'Kancelarię', 'Kancelarią'],
  Instytut: ['Instytutu', 'Instytutowi', 'Instytutem', 'Instytucie'],
  Urząd: ['Urzędu', 'Urzędowi', 'Urzędem', 'Urzędzie'],
  Fundacja: ['Fundacji', 'Fundację', 'Fundacją'],
  Stowarzyszenie: ['Stowarzyszenia', 'Stowarzyszeniu', 'Stowarzyszeniem'],
  Związek: ['Związku', 'Związkowi', 'Związkiem'],
  Uniwersytet: ['Uniwersytetu', 'Uniwersytetowi', 'Uniwersytetem', 'Uniwersytecie'],
  Akademia: ['Akademii', 'Akademię', 'Akademią'],
  Komisja: ['Komisji', 'Komisję', 'Komisją'],
  Rada: ['Rady', 'Radzie', 'Radę', 'Radą'],
  Agencja: ['Agencji', 'Agencję', 'Agencją'],
  Izba: ['Izby', 'Izbie', 'Izbę', 'Izbą'],
  Fundusz: ['Funduszu', 'Funduszowi', 'Funduszem'],
  Trybunał: ['Trybunału', 'Trybunałowi', 'Trybunałem', 'Trybunale'],
  Sąd: ['Sądu', 'Sądowi', 'Sądem', 'Sądzie'],
  Bank: ['Banku', 'Bankowi', 'Bankiem'],
};

export const nameDeclension: NameDeclension = {
  masculine: {
    // "Olafa", "Andrzeja", "Donaldem", "Janowi", "Olafie": a given name the gazetteer knows without the ending.
    given: CONSONANT_MASCULINE,
    // "Scholza", "Putina", "Tuskowi", "Tuskiem", "Kowalskiego"; and masculine -a surnames ("Dudy", "Dudę").
    surname: [...ADJECTIVAL_MASCULINE, ...CONSONANT_MASCULINE, ['y', 'a'], ['ę', 'a'], ['ą', 'a']],
  },
  feminine: {
    // "Anny", "Ursuli", "Marii", "Annie", "Annę", "Anną".
    given: A_STEM,
    // "Kowalskiej", "Kowalską" → "Kowalska"; "Zawadzkiej" → "Zawadzka"; "Nowackiej"; "-owej" → "-owa".
    surname: [
      ['kiej', 'ka'],
      ['ką', 'ka'],
      ['giej', 'ga'],
      ['owej', 'owa'],
      ['ową', 'owa'],
    ],
  },
  undeclined: {
    // "Berlusconi", "Sarkozy", "Lula": a man's surname in a vowel Polish does not decline.
    masculine: /[iouyé]$/u,
    // "Angeli Merkel", "Anny Nowak": a woman's surname in a consonant is the same in every case.
    feminine: /[^aeiouyąęó]$/u,
  },
  // "Kowalska", "Nowacka", "Zawadzka", "Pawłowiczowa", "Kowalówna": a woman's, not "Kowalsk"'s genitive.
  womensSurnames: /(?:ska|cka|dzka|owa|ówna)$/u,
  // Women's names that read as a man's genitive ("Aleksandra" of "Aleksander", "Anna" of "Ann").
  ownNames: [
    'Anna',
    'Marina',
    'Aleksandra',
    'Jana',
    'Bogusława',
    'Mirosława',
    'Stanisława',
    'Władysława',
    'Bronisława',
  ],
  heads: Object.fromEntries(Object.entries(HEADS).flatMap(([base, forms]) => forms.map((f) => [f, base]))),
};
