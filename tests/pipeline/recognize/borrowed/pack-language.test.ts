/**
 * Which pack an article is read with (packLanguage), and that the language it borrows is never claimed for the
 * article: a page that declares its language keeps it, and one that declares none is not called the lender's.
 */
import { describe, expect, it } from 'vitest';
import { packFor } from '../../../../src/languages/all';
import { LATIN_LENDER } from '../../../../src/languages/borrowed-packs';
import { articleLanguage, packLanguage } from '../../../../src/pipeline/recognize';

const SWEDISH =
  'Regeringen lämnade in ansökan om medlemskap i Nato tillsammans med Finland. Sedan dess har Turkiet blockerat ' +
  'processen och krävt att Sverige ändrar sin politik. Enligt statsministern är regeringen beredd att fortsätta ' +
  'samtalen, men ingen lösning är i sikte och det är inte säkert att det blir något avtal före toppmötet.';
const UKRAINIAN =
  'Уряд подав заявку на членство в Європейському Союзі ще наприкінці лютого. За словами президента, Україна ' +
  'розраховує на рішення Європейської ради щодо статусу кандидата, і уряд просить партнерів пришвидшити ' +
  'постачання зброї. Міністр заявив, що Київ вдячний Лондону за підтримку та нову допомогу.';
const ENGLISH =
  'The government submitted its application to join the alliance together with Finland. Since then Turkey has ' +
  'blocked the process and demanded that Sweden change its policy, and the prime minister said that she was ready.';
const GERMAN =
  'Die Regierung hat den Antrag auf Mitgliedschaft in der Nato gemeinsam mit Finnland gestellt. Seitdem blockiert ' +
  'die Türkei den Prozess und verlangt, dass Schweden seine Politik ändert. Die Ministerpräsidentin ist bereit.';
const GREEK =
  'Η κυβέρνηση υπέβαλε αίτηση ένταξης στο ΝΑΤΟ μαζί με τη Φινλανδία. Από τότε η Τουρκία μπλοκάρει τη διαδικασία ' +
  'και ζητά από τη Σουηδία να αλλάξει την πολιτική της απέναντι στις κουρδικές ομάδες.';

const hasPack = (code: string) => packFor(code)?.code === code;

describe('the pack an article is read with', () => {
  it.each([
    // [declared language, text, pack]
    ['sv', SWEDISH, 'nl'],
    ['sv-SE', SWEDISH, 'nl'],
    ['uk', UKRAINIAN, 'ru'],
    ['tr', SWEDISH, LATIN_LENDER],
    // A language with its own pack reads with it, borrowing nothing.
    ['de', GERMAN, 'de'],
    ['en', ENGLISH, 'en'],
    // Undeclared: English and the languages with packs are told by their words; any other text by its script.
    [null, ENGLISH, 'en'],
    [null, GERMAN, 'de'],
    // Swedish is told by its own words (borrowed-stop-words.ts) and borrows Swedish's lender.
    [null, SWEDISH, 'nl'],
    [null, UKRAINIAN, 'ru'],
    // No pack reads Greek letters: nothing to borrow (English's pack, which finds no names in it, as before).
    ['el', GREEK, null],
    [null, GREEK, null],
  ])('%s: %#', (lang, text, pack) => {
    expect(packLanguage({ lang, text }, hasPack)).toBe(pack);
  });
});

describe('the language of an article in a language without a pack', () => {
  it.each([
    ['sv', SWEDISH],
    ['uk', UKRAINIAN],
    ['el', GREEK],
  ])('declared %s, it stays %s (never the lender)', (lang, text) => {
    expect(articleLanguage({ lang, text })).toEqual({ code: lang, source: 'declared' });
  });

  it('undeclared, Swedish is not claimed for a language with a pack: its own words make it Swedish', () => {
    expect(articleLanguage({ lang: null, text: SWEDISH })).toEqual({ code: 'sv', source: 'text' });
  });

  it('undeclared, Ukrainian is not claimed for Russian: its own words outvote the ones it shares', () => {
    expect(articleLanguage({ lang: null, text: UKRAINIAN }).code).not.toBe('ru');
  });

  it.each([
    // A page declaring a language without a pack keeps it against a pack language its words resemble...
    [
      'ro',
      'Guvernul a trimis planul de redresare la Bruxelles, iar Comisia trebuie să răspundă până la sfârșitul lunii. Premierul a spus că planul este gata și că banii vor ajunge la spitale și la școli.',
      'ro',
      'declared',
    ],
    // ...but not against English.
    ['sv', ENGLISH, 'en', 'text'],
  ])('declared %s: %s', (lang, text, code, source) => {
    expect(articleLanguage({ lang, text })).toEqual({ code, source });
  });
});
