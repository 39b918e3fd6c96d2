/** Polish roles with their case forms ("prezydent", "prezydenta", "premier", "ministra"); matched lower-case. */
import type { RoleWords } from '../types';

/** An office and its inflections: nominative, genitive/accusative, instrumental. */
const forms = (stem: string, ...endings: string[]) => [stem, ...endings.map((e) => stem + e)];

export const roleWords: RoleWords = {
  roles: [
    ...forms('prezydent', 'a', 'em', 'owi'),
    ...forms('premier', 'a', 'em', 'owi'),
    ...forms('minister', 'a', 'em', 'owi'),
    'ministra',
    'ministrą',
    ...forms('kanclerz', 'a', 'em'),
    ...forms('rzecznik', 'a', 'iem'),
    ...forms('marszałek'),
    'marszałka',
    ...forms('poseł'),
    'posła',
    'posłanka',
    ...forms('senator', 'a', 'em'),
    ...forms('ambasador', 'a', 'em'),
    ...forms('prezes', 'a', 'em'),
    ...forms('szef', 'a', 'em', 'owa'),
    // "z przewodniczącą Komisji Europejskiej": an adjective's declension, masculine and feminine.
    ...forms('przewodnicząc', 'y', 'ego', 'ym', 'a', 'ą', 'ej').slice(1),
    ...forms('lider', 'a', 'em'),
    ...forms('wicepremier', 'a', 'em'),
    ...forms('prezydentka'),
    ...forms('burmistrz', 'a'),
    ...forms('wojewoda', 'y'),
    ...forms('trener', 'a', 'em'),
    'król',
    'króla',
    'królowa',
    'papież',
    'papieża',
  ],
  modifiers: ['były', 'byłego', 'byłym', 'była', 'nowy', 'nowego', 'obecny', 'obecnego', 'pełniący'],
  appositiveEnds: ['powiedział', 'powiedziała', 'stwierdził', 'stwierdziła', 'jest', 'był', 'była', 'który', 'która'],
  /** Forms of address, and offices a model may keep inside a name at a sentence's start ("Premier Donald Tusk"). */
  titles: ['pan', 'pani', 'dr', 'prof', 'premier', 'prezydent', 'minister', 'marszałek', 'szef'],
  // Polish has no articles; possessives stand where they would.
  determiners: ['jego', 'jej', 'ich'],
  functionWords: 'jako w we na z ze do od po dla przez i oraz lub ale gdy kiedy po przed według'.split(' '),
  complements: ['spraw'],
  possessives: ['jego', 'jej', 'ich'],
};
