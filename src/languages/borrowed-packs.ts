/**
 * Which pack an article in a language without one borrows, so that Swedish, Romanian, Czech or Ukrainian news still
 * gets its names and dates. The tagger's features are mostly shape (capitals, endings, neighbours), which related
 * languages share; the pipeline treats what a borrowed pack finds as less sure (recognize.ts). Chosen by a proxy on
 * the languages that have data, each read through every other pack as if it had none (bench/ner-borrowed.ts,
 * tune halves, PER/ORG/LOC sure F1 at the borrowed gate; docs/ner-model-card.md has the figures): the best lender
 * of the family where the family has several, else the family's only one.
 */
import { primaryLanguage } from '../pipeline/recognize/language/detect-language';
import { NUMERIC_DATE_WORDS } from './numeric-date-words';
import type { LanguagePack } from './types';

/** The scripts a borrowed pack can read: its tagger was trained on text of one of these. */
export type BorrowScript = 'Latin' | 'Cyrillic';

/**
 * Language (ISO 639-1, or 639-3 where it has no 639-1 code) → the pack it borrows. Languages written in Latin
 * letters that have no near relative with a pack take LATIN_LENDER; Cyrillic ones take Russian's.
 */
export const BORROWED_PACKS: Readonly<Record<string, string>> = {
  // Germanic. Dutch's pack is the best Germanic lender measured: it reads German (sure F1 0.30-0.58 on three sets)
  // and English (0.41) better than any other pack does. German's, trained where every noun is capitalized, reads
  // every other language worst. Luxembourgish capitalizes nouns as German does; German itself reads best through Dutch's.
  sv: 'nl',
  da: 'nl',
  nb: 'nl',
  nn: 'nl',
  no: 'nl',
  is: 'nl',
  fo: 'nl',
  fy: 'nl',
  af: 'nl',
  lb: 'nl',
  // Romance. French's pack is the best Romance lender for each other Romance language measured (Spanish, Italian,
  // Portuguese), and its elision ("l'", "d'") is Catalan's and Occitan's.
  ro: 'fr',
  ca: 'fr',
  gl: 'fr',
  oc: 'fr',
  co: 'fr',
  sc: 'fr',
  rm: 'fr',
  // West and South Slavic in Latin letters: Polish's endings and particles are theirs, and its pack is the best
  // lender of all measured.
  cs: 'pl',
  sk: 'pl',
  sl: 'pl',
  hr: 'pl',
  bs: 'pl',
  sr: 'pl', // in Latin letters; Serbian in Cyrillic takes Russian's (the lender must read the text's script)
  hsb: 'pl',
  dsb: 'pl',
  // East and South Slavic in Cyrillic. Unmeasured: Russian is the only Cyrillic pack and the only data.
  uk: 'ru',
  be: 'ru',
  bg: 'ru',
  mk: 'ru',
  rue: 'ru',
};

/**
 * The pack any other language in Latin letters borrows (Turkish, Indonesian, Finnish, Hungarian, Baltic, Albanian,
 * Vietnamese, Tagalog, Swahili …), chosen as the lender with the best mean F1 over every proxy language it is not
 * itself (bench/ner-borrowed.ts): on the eight sets no candidate is the language of, Polish 0.498, Dutch 0.495,
 * English 0.446 at the 0.5 gate; without the German sets 0.621, 0.558, 0.514.
 */
export const LATIN_LENDER = 'pl';

/** The pack of each script for a language the table does not name. */
const SCRIPT_LENDERS: Readonly<Record<BorrowScript, string>> = { Latin: LATIN_LENDER, Cyrillic: 'ru' };

/** The script the packs' own languages are written in. */
const PACK_SCRIPT: Readonly<Record<string, BorrowScript>> = { ru: 'Cyrillic' };
const scriptOfPack = (code: string): BorrowScript => PACK_SCRIPT[code] ?? 'Latin';

/**
 * The script most of the text's letters are in: Latin, Cyrillic, or null for any other (Greek, Arabic, CJK …) and
 * for text with too few letters to say. Only the first few thousand characters are read.
 */
export function scriptOf(text: string, { sample = 4000, minLetters = 40 } = {}): BorrowScript | null {
  const head = text.slice(0, sample);
  const latin = head.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const cyrillic = head.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const letters = head.match(/\p{L}/gu)?.length ?? 0;
  if (letters < minLetters) return null;
  if (latin / letters >= 0.6) return 'Latin';
  if (cyrillic / letters >= 0.6) return 'Cyrillic';
  return null;
}

/**
 * The pack code an article in `lang` (a BCP 47 tag, or "und" when unknown) borrows, from the table where its script
 * is the lender's and else from the script; null for text in a script no pack reads (the pipeline then finds no
 * names in it, as before). Callers ask only for a language without a pack of its own.
 */
export function borrowedPackFor(lang: string | null | undefined, text: string): string | null {
  const script = scriptOf(text);
  if (!script) return null;
  const listed = BORROWED_PACKS[primaryLanguage(lang) ?? ''];
  return listed && scriptOfPack(listed) === script ? listed : SCRIPT_LENDERS[script];
}

const lent = new WeakMap<LanguagePack, LanguagePack>();

/**
 * The lender's pack as an article in another language reads it: marked borrowed (recognize() then holds unsure
 * names back and judges words by the article's casing) and with dates read from numbers only, since the lender's
 * month and day words are another language's. One per lender, so what the pipeline compiles per pack is kept.
 */
export function borrowedPack(lender: LanguagePack): LanguagePack {
  let pack = lent.get(lender);
  if (!pack) {
    pack = { ...lender, borrowed: true, dateWords: NUMERIC_DATE_WORDS };
    lent.set(lender, pack);
  }
  return pack;
}
