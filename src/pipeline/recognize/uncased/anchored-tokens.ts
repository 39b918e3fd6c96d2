/**
 * Words of a text written with spaces but without capitals (Arabic, Persian, Hebrew, Hindi, Korean), with the forms
 * the name rules match them by: as written, without a glued prefix ("والرئيس" → "الرئيس") and without a glued
 * particle ("대통령은" → "대통령"). Offsets index the text.
 */
import { escapeRegex } from '../../../languages/pack-words';
import type { AnchoredNameWords } from '../../../languages/types';

export interface AnchoredToken {
  text: string;
  start: number;
  end: number;
  /** The word as written first, then without a prefix, then without a particle (each only where one is glued). */
  forms: readonly string[];
  /** Characters of a glued prefix ("و" of "والرئيس"): a name or role read from this word starts after them. */
  prefix: number;
  /** Whether a particle is glued after it ("푸틴은"): such a word ends a noun phrase. */
  particle: boolean;
  /** Only spaces between this word and the one before: no punctuation, so the two may be one phrase. */
  joined: boolean;
}

/**
 * Letters, combining marks (Devanagari vowel signs, Arabic vowel marks), digits, the zero-width non-joiner inside
 * Persian words ("رئیس‌جمهور") and Hebrew's geresh and gershayim in acronyms ("צה״ל", also typed as '"').
 */
const WORD = /[\p{L}\p{M}\p{N}\u200c\u05f3\u05f4]+(?:["'][\p{L}\p{M}]+)*/gu;

/** Shortest stem a prefix or particle may leave: "وب" is no prefix of the two-letter word "وب". */
const MIN_STEM = 2;

export function anchoredTokens(text: string, words: AnchoredNameWords): AnchoredToken[] {
  const prefixes = [...words.prefixes].sort((a, b) => b.length - a.length);
  const particles = [...words.particles].sort((a, b) => b.length - a.length);
  const tokens: AnchoredToken[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const start = m.index;
    const forms = [word];
    let prefix = 0;
    for (const p of prefixes) {
      if (word.length - p.length >= MIN_STEM && word.startsWith(p)) {
        forms.push(word.slice(p.length));
        prefix ||= p.length;
      }
    }
    const particle = particles.find((p) => word.length - p.length >= MIN_STEM && word.endsWith(p));
    if (particle) forms.push(word.slice(0, -particle.length));
    const joined = tokens.length > 0 && /^\s+$/u.test(text.slice(last, start));
    tokens.push({ text: word, start, end: start + word.length, forms, prefix, particle: !!particle, joined });
    last = start + word.length;
  }
  return tokens;
}

/** A set of phrases (words separated by spaces) found at a token by its forms, longest first. */
export interface PhraseSet {
  /** Tokens the longest phrase at `i` covers, 0 when none starts there. */
  at(tokens: readonly AnchoredToken[], i: number): number;
  /** Characters of a glued prefix before the phrase at `i` (0 when it matched as written or has none). */
  skip(tokens: readonly AnchoredToken[], i: number): number;
  has(token: AnchoredToken): boolean;
}

export function phraseSet(phrases: readonly string[]): PhraseSet {
  const byFirst = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const parts = phrase.split(/\s+/u).filter(Boolean);
    if (!parts.length) continue;
    byFirst.set(parts[0]!, [...(byFirst.get(parts[0]!) ?? []), parts]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  const single = new Set(phrases.filter((p) => !/\s/u.test(p.trim())).map((p) => p.trim()));
  const longest = (tokens: readonly AnchoredToken[], i: number, form: string) =>
    (byFirst.get(form) ?? []).find(
      (parts) =>
        i + parts.length <= tokens.length &&
        parts.every((p, k) => k === 0 || (tokens[i + k]!.joined && tokens[i + k]!.forms.includes(p))),
    )?.length ?? 0;
  return {
    at: (tokens, i) => Math.max(0, ...tokens[i]!.forms.map((form) => longest(tokens, i, form))),
    skip: (tokens, i) => (longest(tokens, i, tokens[i]!.text) ? 0 : tokens[i]!.prefix),
    has: (token) => token.forms.some((f) => single.has(f)),
  };
}

/**
 * Every place the text writes `surface` as a word, alone or with one of the language's prefixes before it or
 * particles after it: the offsets of the name itself.
 */
export function* wordOccurrences(text: string, surface: string, words: AnchoredNameWords): Generator<[number, number]> {
  const prefix = words.prefixes.length ? `(?:${words.prefixes.map(escapeRegex).join('|')})?` : '';
  const particle = words.particles.length ? `(?:${words.particles.map(escapeRegex).join('|')})?` : '';
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{M}\\p{N}])${prefix}(${escapeRegex(surface)})${particle}(?![\\p{L}\\p{M}\\p{N}])`,
    'gu',
  );
  for (const m of text.matchAll(pattern)) {
    const start = m.index + m[0].indexOf(m[1]!);
    yield [start, start + surface.length];
  }
}
