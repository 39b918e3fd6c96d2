/**
 * Role words and organizations' head words as the recognizer matches them outside English: a compound ending in a
 * role is a role ("EU-Kommissionspräsidentin"), a word merely ending in a short one is not ("Lemaire"); a declined
 * head is a head ("Министерством", "Kancelarii"), a word sharing a short stem is not ("Camerano"). English keeps its
 * word lists as they are.
 */
import { describe, expect, it } from 'vitest';
import { packFor } from '../../../../src/languages/all';
import { isOrganizationHead, isRoleWord, nameWordsOf } from '../../../../src/pipeline/recognize/ner/name-words';

const words = (code: string) => nameWordsOf(packFor(code)!);

// code, word, whether it is a role.
const ROLES: [string, string, boolean][] = [
  ['de', 'EU-Kommissionspräsidentin', true],
  ['de', 'Außenministerin', true],
  ['de', 'Bundeswirtschaftsministerium', false],
  ['nl', 'Commissievoorzitter', true],
  ['nl', 'Voorzitterschap', false],
  ['fr', 'ministre-président', true],
  ['fr', 'Lemaire', false],
  ['it', 'vicepresidente', true],
  ['it', 'Andre', false],
  ['en', 'Vicepresident', false],
  ['en', 'President', true],
];

// code, word, whether it is an organization's head word.
const HEADS: [string, string, boolean][] = [
  ['ru', 'Министерством', true],
  ['ru', 'Министр', false],
  ['pl', 'Ministerstwem', true],
  ['pl', 'Kancelarii', true],
  ['pt', 'Ministério', true],
  ['it', 'Camerano', false],
  ['it', 'Consiglio', true],
  ['it', 'consiglio', false],
  ['es', 'Banco', true],
  ['es', 'Bancos', false],
  ['en', 'Departmental', false],
];

describe('role words', () => {
  it.each(ROLES)('%s: %s → %s', (code, word, role) => expect(isRoleWord(words(code), word)).toBe(role));
});

describe('organization head words', () => {
  it.each(HEADS)('%s: %s → %s', (code, word, head) => expect(isOrganizationHead(words(code), word)).toBe(head));
});
