import { describe, expect, it } from 'vitest';
import { BORROWED_PACKS, borrowedPackFor, LATIN_LENDER, scriptOf } from '../../src/languages/borrowed-packs';
import { LANGUAGE_CODES } from '../../src/languages';

const LATIN = 'Regeringen lämnade in ansökan tillsammans med Finland och väntar nu på ett svar från Turkiet.';
const CYRILLIC = 'Уряд подав заявку на членство в Європейському Союзі, і тепер чекає на рішення Європейської ради.';
const GREEK = 'Η κυβέρνηση υπέβαλε αίτηση ένταξης στην Ευρωπαϊκή Ένωση και περιμένει την απόφαση του συμβουλίου.';
const JAPANESE =
  '政府は欧州連合への加盟を申請し、理事会の決定を待っている。首相は記者会見で説明した。東京で会談が行われた。';

describe('the pack a language without one borrows', () => {
  it.each([
    // [language, text, lender]
    ['sv', LATIN, BORROWED_PACKS.sv],
    ['sv-SE', LATIN, BORROWED_PACKS.sv],
    ['nb', LATIN, BORROWED_PACKS.nb],
    ['ro', LATIN, 'fr'],
    ['ca', LATIN, 'fr'],
    ['cs', LATIN, 'pl'],
    ['hr', LATIN, 'pl'],
    ['sr', LATIN, 'pl'],
    ['uk', CYRILLIC, 'ru'],
    ['bg', CYRILLIC, 'ru'],
    // Serbian in Cyrillic letters reads as Russian, not Polish: the table's lender must read the text's script.
    ['sr', CYRILLIC, 'ru'],
    // Languages the table does not name take their script's lender.
    ['tr', LATIN, LATIN_LENDER],
    ['id', LATIN, LATIN_LENDER],
    ['und', LATIN, LATIN_LENDER],
    ['kk', CYRILLIC, 'ru'],
    [null, CYRILLIC, 'ru'],
    // A Cyrillic-script language's pack cannot read Latin letters: the Latin lender reads a romanized page.
    ['uk', LATIN, LATIN_LENDER],
  ])('%s borrows %s-script text from the right pack', (lang, text, lender) => {
    expect(borrowedPackFor(lang, text)).toBe(lender);
  });

  it.each([
    ['el', GREEK],
    ['ja', JAPANESE],
    ['sv', ''],
    ['sv', 'Ja.'],
  ])('%s in a script no pack reads, or with too few letters, borrows nothing', (lang, text) => {
    expect(borrowedPackFor(lang, text)).toBeNull();
  });

  it('names only languages without a pack of their own, and lends only packs that exist', () => {
    for (const [lang, lender] of Object.entries(BORROWED_PACKS)) {
      expect(LANGUAGE_CODES, lang).not.toContain(lang);
      expect(LANGUAGE_CODES, `${lang} → ${lender}`).toContain(lender);
    }
    expect(LANGUAGE_CODES).toContain(LATIN_LENDER);
  });

  it.each([
    [LATIN, 'Latin'],
    [CYRILLIC, 'Cyrillic'],
    [GREEK, null],
    [JAPANESE, null],
    [`${LATIN} ${GREEK} ${GREEK}`, null],
  ])('reads the script of %s as %s', (text, script) => {
    expect(scriptOf(text)).toBe(script);
  });
});
