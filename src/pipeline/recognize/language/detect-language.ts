/**
 * The language an article is written in: the page's own declaration (`<html lang>`, og:locale, Content-Language,
 * as extraction read it) checked against the text. Function words decide: they make up a third of running text in
 * every language the pipeline knows and differ between them, so a vote over a few hundred words is decisive where a
 * declaration is wrong (a Spanish article on a site whose template says lang="en"), and a handful of foreign names
 * in an English text ("Emmanuel Macron a dit") does not sway it.
 */
import { BORROWED_STOP_WORDS } from '../../../languages/borrowed-stop-words';
import { STOP_WORDS } from '../../../languages/stop-words';

export interface DetectOptions {
  /** Words read from the start of the text. */
  sample?: number;
  /** Fewer words than this: the text says too little, the declaration (or English) stands. */
  minWords?: number;
  /** Share of the sample that the winner's function words must make up to overrule a declaration. */
  minShare?: number;
  /** How many times the runner-up's own words (see voteLanguages) the winner needs to overrule a declaration. */
  margin?: number;
  /** Share of the sample's letters that must be Chinese characters or kana for the text to be Japanese or Chinese. */
  minCjkShare?: number;
  /** Share of those that must be kana for Japanese: Chinese writes none, Japanese prose a third or more. */
  minKanaShare?: number;
}

export interface DetectedLanguage {
  /** ISO 639-1 code of the text's language; the declared one (or "en") when the text does not say. */
  code: string;
  /** Where the verdict came from. */
  source: 'text' | 'declared' | 'default';
}

/** Word → the languages whose function word it is. */
type Voters = ReadonlyMap<string, readonly string[]>;

function votersOf(lists: Readonly<Record<string, readonly string[]>>): Voters {
  const voters = new Map<string, string[]>();
  for (const [code, words] of Object.entries(lists)) {
    for (const w of words) voters.set(w, [...(voters.get(w) ?? []), code]);
  }
  return voters;
}

/** The pack languages (and Ukrainian) alone: their verdicts are read without the borrowers' words. */
const VOTERS = votersOf(STOP_WORDS);
/** Every language with a list, for asking whether a borrower (Swedish, Czech …) beats them all. */
const ALL_VOTERS = votersOf({ ...STOP_WORDS, ...BORROWED_STOP_WORDS });

/** A word; in scripts written without spaces (Chinese, Japanese, Thai) each character counts as one. */
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]|\p{L}+/gu;

/** The primary subtag of a BCP 47 tag ("pt-BR" → "pt"), or null. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const code = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return code && /^[a-z]{2,3}$/.test(code) ? code : null;
}

/**
 * Votes per language over the first `sample` words: `votes` counts every function word of the language, `own` only
 * those no other language shares ("le", not "de"), which is what tells close languages apart.
 */
export function voteLanguages(
  text: string,
  sample = 400,
  voters: Voters = VOTERS,
): { votes: Map<string, number>; own: Map<string, number>; words: number } {
  const words =
    text
      .slice(0, sample * 12)
      .toLowerCase()
      .match(WORD)
      ?.slice(0, sample) ?? [];
  const votes = new Map<string, number>();
  const own = new Map<string, number>();
  for (const w of words) {
    const codes = voters.get(w) ?? [];
    for (const code of codes) votes.set(code, (votes.get(code) ?? 0) + 1);
    if (codes.length === 1) own.set(codes[0]!, (own.get(codes[0]!) ?? 0) + 1);
  }
  return { votes, own, words: words.length };
}

/**
 * Japanese or Chinese by script, where function words cannot tell them apart (they share characters): a text mostly
 * of Chinese characters and kana is Japanese when kana are present in some number, Chinese otherwise. Null for a
 * text in another script, or too short to say.
 */
export function cjkLanguage(
  text: string,
  { sample = 400, minWords = 12, minCjkShare = 0.3, minKanaShare = 0.05 }: DetectOptions = {},
): 'ja' | 'zh' | null {
  const head = text.slice(0, sample * 12);
  const letters = head.match(/\p{L}/gu)?.length ?? 0;
  const han = head.match(/\p{Script=Han}/gu)?.length ?? 0;
  const kana = head.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  if (han + kana < minWords || (han + kana) / letters < minCjkShare) return null;
  return kana / (han + kana) >= minKanaShare ? 'ja' : 'zh';
}

/** Scripts that one language (or a few, told apart by their letters) writes, and the languages written in each. */
const SCRIPTS = [
  { script: /\p{Script=Arabic}/gu, languages: ['ar', 'fa', 'ur', 'ps', 'ku', 'ckb', 'sd', 'ug'] },
  { script: /\p{Script=Hangul}/gu, languages: ['ko'] },
  { script: /\p{Script=Devanagari}/gu, languages: ['hi', 'mr', 'ne', 'sa', 'mai', 'bho'] },
  { script: /\p{Script=Hebrew}/gu, languages: ['he', 'yi', 'iw'] },
] as const;

/** Letters Persian writes and Arabic does not (پ چ ژ گ, and Persian's own yeh and kaf: ی ک). */
const PERSIAN_LETTERS = /[\u067e\u0686\u0698\u06af\u06cc\u06a9]/gu;
/** Arabic's own yeh, kaf and teh marbuta (ي ك ة), which Persian text writes as ی ک or not at all. */
const ARABIC_LETTERS = /[\u064a\u0643\u0629]/gu;
/** Urdu's own letters (ٹ ڈ ڑ ں ے ہ), beside the Persian ones it shares. */
const URDU_LETTERS = /[\u0679\u0688\u0691\u06ba\u06d2\u06c1]/gu;

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/**
 * The language of a text in a script that one language writes for the most part: Arabic script is Arabic, or
 * Persian where Persian's letters outnumber Arabic's own (ي ك ة), or Urdu where Urdu's own letters are frequent;
 * Hangul is Korean, Devanagari Hindi, Hebrew Hebrew. A page declaring another language of the same script (Marathi,
 * Yiddish, Pashto) keeps its declaration. Null for text mostly in another script, or too short to say.
 */
export function scriptLanguage(
  text: string,
  declared?: string | null,
  {
    sample = 400,
    minLetters = 40,
    minScriptShare = 0.5,
  }: { sample?: number; minLetters?: number; minScriptShare?: number } = {},
): string | null {
  const head = text.slice(0, sample * 12);
  const letters = count(head, /\p{L}/gu);
  if (letters < minLetters) return null;
  const found = SCRIPTS.find(({ script }) => count(head, script) / letters >= minScriptShare);
  if (!found) return null;
  const said = primaryLanguage(declared);
  if (said && (found.languages as readonly string[]).includes(said)) return said;
  if (found.languages[0] !== 'ar') return found.languages[0];
  const persian = count(head, PERSIAN_LETTERS);
  const urdu = count(head, URDU_LETTERS);
  if (urdu * 20 >= letters) return 'ur';
  return persian > count(head, ARABIC_LETTERS) ? 'fa' : 'ar';
}

/** The vote's winner when it is clear enough to overrule a declaration, else null. */
function winnerOf(
  { votes, own, words }: ReturnType<typeof voteLanguages>,
  minShare: number,
  margin: number,
): string | null {
  const [winner, second] = [...own].sort((a, b) => b[1] - a[1]);
  if (!winner || (votes.get(winner[0]) ?? 0) / words < minShare || winner[1] < margin * (second?.[1] ?? 0)) return null;
  return winner[0];
}

export function detectLanguage(text: string, declared?: string | null, options: DetectOptions = {}): DetectedLanguage {
  const { sample = 400, minWords = 12, minShare = 0.1, margin = 1.5 } = options;
  const said = primaryLanguage(declared);
  const fallback: DetectedLanguage = said ? { code: said, source: 'declared' } : { code: 'en', source: 'default' };
  const body = typeof text === 'string' ? text : '';
  const cjk = cjkLanguage(body, options);
  if (cjk) return cjk === said ? { code: said, source: 'declared' } : { code: cjk, source: 'text' };
  const scripted = scriptLanguage(body, declared);
  if (scripted) return scripted === said ? { code: said, source: 'declared' } : { code: scripted, source: 'text' };
  const vote = voteLanguages(body, sample);
  if (vote.words < minWords) return fallback;
  const winner = winnerOf(vote, minShare, margin);
  // A declaration of a language the vote cannot see (Japanese, Greek) stands unless the text is plainly one of ours.
  const verdict: DetectedLanguage = !winner
    ? fallback
    : winner === said
      ? { code: said, source: 'declared' }
      : { code: winner, source: 'text' };
  if (verdict.source === 'declared') return verdict;
  // A language that borrows a pack (Swedish, Czech …) wins only by beating every language at once, and only where
  // the pack languages alone would have guessed (or read the text as one of theirs): a declaration that stood before
  // still stands, and words the borrowers share with the pack languages ("i", "de", "en") change none of their
  // verdicts, since those are still read without them.
  const borrower = winnerOf(voteLanguages(body, sample, ALL_VOTERS), minShare, margin);
  if (!borrower || !BORROWED_STOP_WORDS[borrower]) return verdict;
  return borrower === said ? { code: said, source: 'declared' } : { code: borrower, source: 'text' };
}
