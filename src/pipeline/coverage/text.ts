/** Text helpers for titles from news feeds: entity decoding, tag stripping, tokens and similarity. */

import { decodeEntities } from '../page/decode-entities';

/** Text content of an HTML snippet (feed descriptions): tags dropped, entities decoded, spaces collapsed. */
export function htmlToText(html: string): string {
  const withoutTags = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\/?[a-z][^>]*>/gi, ' ');
  return cleanText(decodeEntities(withoutTags));
}

/** Collapses whitespace and removes control characters. */
export function cleanText(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\ufeff]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

const STOPWORDS = new Set(
  (
    'a an and are as at be been but by for from has have he her his in into is it its of on or over says said she ' +
    'that the their they this to up was were will with after amid new news live update updates video watch ' +
    'first next week day how what why who more than about against vs'
  ).split(' '),
);

const wordCache = new Map<string, string[]>();
const WORD_CACHE_SIZE = 5_000;

/** Lowercase word tokens without diacritics; apostrophes kept inside words ("xi's" → "xi"). */
export function words(text: string): string[] {
  // Ranking and dedupe compare every headline with many others: tokenize each once.
  let cached = wordCache.get(text);
  if (!cached) {
    if (wordCache.size >= WORD_CACHE_SIZE) wordCache.clear();
    cached = tokenize(text);
    wordCache.set(text, cached);
  }
  return cached;
}

function tokenize(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Content words of a title, for similarity. */
export function contentWords(text: string): string[] {
  return [...contentSet(text)];
}

const setCache = new Map<string, Set<string>>();
const joinCache = new Map<string, string>();

function contentSet(text: string): Set<string> {
  let set = setCache.get(text);
  if (!set) {
    if (setCache.size >= WORD_CACHE_SIZE) setCache.clear();
    set = new Set(words(text).filter((w) => !STOPWORDS.has(w) && (w.length > 1 || /\p{N}/u.test(w))));
    setCache.set(text, set);
  }
  return set;
}

/** " w1 w2 … " for whole-word search. */
function joined(text: string): string {
  let j = joinCache.get(text);
  if (j === undefined) {
    if (joinCache.size >= WORD_CACHE_SIZE) joinCache.clear();
    j = ` ${words(text).join(' ')} `;
    joinCache.set(text, j);
  }
  return j;
}

/** Jaccard similarity of two titles' content-word sets, 0..1. */
export function titleSimilarity(a: string, b: string): number {
  const A = contentSet(a);
  const B = contentSet(b);
  if (!A.size || !B.size) return 0;
  let shared = 0;
  for (const w of A) if (B.has(w)) shared += 1;
  return shared / (A.size + B.size - shared);
}

/** Share of the smaller title's content words found in the other: catches a headline with a kicker added. */
export function titleContainment(a: string, b: string): number {
  const A = contentSet(a);
  const B = contentSet(b);
  const [small, large] = A.size <= B.size ? [A, B] : [B, A];
  if (small.size < 4) return 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared += 1;
  return shared / small.size;
}

/** Whether `phrase` occurs in `text` as whole words (case and diacritics ignored). */
export function containsPhrase(text: string, phrase: string): boolean {
  const needle = joined(phrase);
  return needle.length > 2 && joined(text).includes(needle);
}

/**
 * "Headline - Reuters" → "Headline", when the suffix names the outlet. Google News titles carry it, sometimes in a
 * shorter form than <source> ("… - DW" from "DW (English)").
 */
export function stripOutletSuffix(title: string, ...outlets: (string | null | undefined)[]): string {
  const clean = cleanText(title);
  const names = new Set<string>();
  for (const outlet of outlets) {
    if (!outlet) continue;
    names.add(words(outlet).join(' '));
    names.add(words(outlet.replace(/\([^)]*\)/g, '')).join(' '));
  }
  names.delete('');
  const m = /^(.*\S)\s+[-–—|]\s+([^-–—|]{1,60})$/.exec(clean);
  if (!m) return clean;
  const suffix = words(m[2]!).join(' ');
  for (const name of names) {
    if (
      suffix === name ||
      (suffix.length >= 2 && ` ${name} `.includes(` ${suffix} `)) ||
      ` ${suffix} `.includes(` ${name} `)
    )
      return m[1]!.trim();
  }
  return clean;
}
