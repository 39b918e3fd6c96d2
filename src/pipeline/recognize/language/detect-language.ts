/**
 * The language an article is written in: the page's own declaration (`<html lang>`, og:locale, Content-Language,
 * as extraction read it) checked against the text. Function words decide: they make up a third of running text in
 * every language the pipeline knows and differ between them, so a vote over a few hundred words is decisive where a
 * declaration is wrong (a Spanish article on a site whose template says lang="en"), and a handful of foreign names
 * in an English text ("Emmanuel Macron a dit") does not sway it.
 */
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

const VOTERS = new Map<string, string[]>();
for (const [code, words] of Object.entries(STOP_WORDS)) {
  for (const w of words) VOTERS.set(w, [...(VOTERS.get(w) ?? []), code]);
}

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
    const codes = VOTERS.get(w) ?? [];
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

export function detectLanguage(text: string, declared?: string | null, options: DetectOptions = {}): DetectedLanguage {
  const { sample = 400, minWords = 12, minShare = 0.1, margin = 1.5 } = options;
  const said = primaryLanguage(declared);
  const fallback: DetectedLanguage = said ? { code: said, source: 'declared' } : { code: 'en', source: 'default' };
  const cjk = cjkLanguage(typeof text === 'string' ? text : '', options);
  if (cjk) return cjk === said ? { code: said, source: 'declared' } : { code: cjk, source: 'text' };
  const { votes, own, words } = voteLanguages(typeof text === 'string' ? text : '', sample);
  if (words < minWords) return fallback;
  const [winner, second] = [...own].sort((a, b) => b[1] - a[1]);
  if (!winner || (votes.get(winner[0]) ?? 0) / words < minShare || winner[1] < margin * (second?.[1] ?? 0)) {
    return fallback;
  }
  // A declaration of a language the vote cannot see (Japanese, Turkish) stands unless the text is plainly one of ours.
  return winner[0] === said ? { code: said, source: 'declared' } : { code: winner[0], source: 'text' };
}
