/**
 * Lexicons learned from the training data: a gazetteer of entity names per type (plus first names) and the set of
 * words common in lower case. For training, the gazetteer is built jackknife-style: each fold sees only names from
 * the other folds, so the tagger learns how far to trust a gazetteer hit on names it has not seen.
 */
import {
  type FeatureOptions,
  GAZ_TYPES,
  hashString,
  MAX_GAZ_LENGTH,
  normalizeToken,
  phraseHash,
  spansFromTags,
  stemPhraseHash,
} from '../../src/pipeline/recognize/ner';
import type { Sentence } from './datasets';

export type Gazetteer = Map<number, number>;

function gazBit(type: string): number {
  return 1 << (GAZ_TYPES as readonly string[]).indexOf(type);
}

/** Adds the names of one sentence (and, for models with stem features, their stem phrases). */
export function addNames(gaz: Gazetteer, s: Sentence, options: FeatureOptions = {}): void {
  for (const span of spansFromTags(s.tags)) {
    const len = span.end - span.start;
    if (len > MAX_GAZ_LENGTH) continue;
    const words = s.tokens.slice(span.start, span.end).map((t) => normalizeToken(t).toLowerCase());
    const h = phraseHash(words);
    gaz.set(h, (gaz.get(h) ?? 0) | gazBit(span.type));
    if (options.stems) {
      const k = stemPhraseHash(words, options.endings);
      gaz.set(k, (gaz.get(k) ?? 0) | gazBit(span.type));
    }
    if (span.type === 'PER' && len >= 2 && /^\p{Lu}\p{Ll}+$/u.test(s.tokens[span.start]!)) {
      const f = phraseHash([words[0]!]);
      gaz.set(f, (gaz.get(f) ?? 0) | gazBit('FIRST'));
    }
  }
}

export function buildGazetteer(sentences: readonly Sentence[], options: FeatureOptions = {}): Gazetteer {
  const gaz: Gazetteer = new Map();
  for (const s of sentences) addNames(gaz, s, options);
  return gaz;
}

/** Words seen at least `min` times in lower case, and more often in lower case than capitalized mid-sentence. */
export function buildCommonWords(sentences: readonly Sentence[], min = 2): Set<number> {
  const lower = new Map<string, number>();
  const capital = new Map<string, number>();
  for (const s of sentences) {
    const letters = s.tokens.join('').replace(/[^\p{L}]/gu, '');
    if (letters.length >= 6 && letters === letters.toUpperCase()) continue; // headlines say nothing about case
    s.tokens.forEach((raw, i) => {
      const t = normalizeToken(raw);
      if (!/\p{L}/u.test(t)) return;
      const lw = t.toLowerCase();
      if (t === lw) lower.set(lw, (lower.get(lw) ?? 0) + 1);
      else if (i > 0) capital.set(lw, (capital.get(lw) ?? 0) + 1);
    });
  }
  const out = new Set<number>();
  for (const [w, n] of lower) if (n >= min && n >= (capital.get(w) ?? 0)) out.add(hashString(w));
  return out;
}

/**
 * Words the labels show to be ordinary words: seen at least `min` times outside names, and at least `ratio` times as
 * often outside names as inside them, in any case. German capitalizes every noun, so "common in lower case" misses
 * the capitalized words that most resemble names; the labels do not. Built jackknife-style for training like the
 * gazetteer, so the tagger learns what an unknown capitalized word means.
 */
export function buildOrdinaryWords(sentences: readonly Sentence[], min = 2, ratio = 3): Set<number> {
  const outside = new Map<string, number>();
  const inside = new Map<string, number>();
  for (const s of sentences) {
    s.tokens.forEach((raw, i) => {
      const t = normalizeToken(raw);
      if (!/\p{L}/u.test(t)) return;
      const lw = t.toLowerCase();
      const counts = s.tags[i] === 'O' ? outside : inside;
      counts.set(lw, (counts.get(lw) ?? 0) + 1);
    });
  }
  const out = new Set<number>();
  for (const [w, n] of outside) if (n >= min && n >= ratio * (inside.get(w) ?? 0)) out.add(hashString(w));
  return out;
}
