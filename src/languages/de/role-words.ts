/**
 * German roles, with the feminine and inflected forms news writes ("Bundeskanzlerin", "des Präsidenten"); matched
 * lower-case.
 */
import type { RoleWords } from '../types';

const offices = [
  'bundeskanzler',
  'kanzler',
  'vizekanzler',
  'präsident',
  'bundespräsident',
  'ministerpräsident',
  'premierminister',
  'minister',
  'außenminister',
  'innenminister',
  'finanzminister',
  'verteidigungsminister',
  'wirtschaftsminister',
  'justizminister',
  'gesundheitsminister',
  'bürgermeister',
  'oberbürgermeister',
  'regierungschef',
  'staatschef',
  'parteichef',
  'fraktionschef',
  'chef',
  'sprecher',
  'regierungssprecher',
  'botschafter',
  'generalsekretär',
  'kommissar',
  'abgeordnete',
  'vorsitzende',
  'oppositionsführer',
  'trainer',
  'könig',
  'papst',
  // Academic and professional roles, capitalized as German nouns are, before a name ("seine Doktorandin Liming Cai").
  'doktorand',
  'professor',
  'forscher',
  'wissenschaftler',
  'direktor',
  'leiter',
  'autor',
  'student',
  'anwalt',
  'richter',
];

export const roleWords: RoleWords = {
  /** Each office in its masculine, feminine and genitive/plural forms ("Präsidentin", "Präsidenten"). */
  roles: offices.flatMap((o) =>
    o.endsWith('e') ? [o, `${o}r`, `${o}n`] : o === 'papst' ? [o] : [o, `${o}in`, `${o}en`, `${o}s`],
  ),
  /** Words that may stand before a role in a title ("der frühere Bundeskanzler"). */
  modifiers: [
    'ehemalige',
    'ehemaliger',
    'ehemaligen',
    'frühere',
    'früherer',
    'früheren',
    'amtierende',
    'amtierender',
    'amtierenden',
    'neue',
    'neuer',
    'neuen',
    'damalige',
    'damaliger',
    'damaligen',
    'stellvertretende',
    'stellvertretender',
    'stellvertretenden',
  ],
  /** Verbs after an appositive: the sentence resumes. */
  appositiveEnds: ['sagte', 'sagt', 'erklärte', 'betonte', 'kündigte', 'teilte', 'hat', 'hatte', 'ist', 'war', 'wird'],
  /** Forms of address the tagger may keep inside a name. */
  titles: ['herr', 'frau', 'dr', 'prof'],
  determiners: 'der die das den dem des ein eine einen einem einer sein seine seinen seinem ihr ihre ihren ihrem'.split(
    ' ',
  ),
  functionWords:
    'als in an auf bei mit von zu für nach aus und oder aber wenn während nachdem seit unter am im vom zum zur'.split(
      ' ',
    ),
  complements: ['für', 'des', 'der'],
  descriptorEndings: {
    // "Kremlchef", "Kremlsprecher", "Regierungssprecherin", "Bundestrainer", "Amtskollege", "Herausforderer",
    // "Infrastrukturvorstand" (a board member).
    person: [
      'chef',
      'chefin',
      'vorstand',
      'sprecher',
      'sprecherin',
      'trainer',
      'trainerin',
      'kollege',
      'kollegin',
      'forderer',
    ],
    // "Nachrichtenagentur", "Chiphersteller", "Autobauer", "Ölkonzern", "Onlinehändler", "Fernsehsender", "Techriese".
    organization: [
      'agentur',
      'hersteller',
      'bauer',
      'konzern',
      'händler',
      'sender',
      'riese',
      'versorger',
      'versicherer',
    ],
  },
  compoundPrefixes: {
    // "US-Präsident", "USA-Botschafter", "UK-Premier": countries written as initials, unknown to the gazetteer.
    place: ['US', 'USA', 'UK', 'UdSSR', 'DDR', 'BRD'],
    // "EU-Kommissarin", "Nato-Generalsekretär", "UN-Generalsekretär", "IWF-Chefin": bodies the gazetteer also
    // lists as places, and parties it may not know ("AfD-Chefin", "BSW-Gründerin", "Linken-Chef").
    organization: ['EU', 'UN', 'UNO', 'NATO', 'Nato', 'IWF', 'EZB', 'WHO', 'AfD', 'BSW', 'Linken', 'Grünen'],
  },
  possessives: ['sein', 'seine', 'seinem', 'seinen', 'ihr', 'ihre', 'ihrem', 'ihren'],
};
