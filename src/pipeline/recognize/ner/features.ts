/**
 * Feature extraction for the tagger, shared by training and tagging so the two can never drift apart.
 * Each feature is a 32-bit hash (template id mixed with token-level string hashes); the model buckets it.
 * Templates: the word and its lower case, shape, affixes, a window of two words either side, shape bigrams,
 * sentence-level casing (ALL-CAPS headlines), a lexicon of common lower-case words, and gazetteer matches.
 */
import { hashString, mix } from './hash';

export interface Lexicons {
  /** Bit mask of gazetteer types (see GAZ_BITS) for a phrase hash (phraseHash of lower-cased tokens), or 0. */
  gazetteer(phrase: number): number;
  /** True when the lower-cased word is common in lower case (a dictionary word rather than a name). */
  isCommonWord(lowerHash: number): boolean;
  /** The word cluster (1..255, from unlabeled text) of the lower-cased word, or 0; absent in models without them. */
  cluster?(lowerHash: number): number;
}

export const GAZ_TYPES = ['PER', 'ORG', 'LOC', 'MISC', 'FIRST'] as const;
export const MAX_GAZ_LENGTH = 5;

export const NO_LEXICONS: Lexicons = { gazetteer: () => 0, isCommonWord: () => false };

/**
 * Templates a model may switch on beyond the English set (a model file names the ones it was trained with).
 * `stems`: inflected languages (Polish "Warszawa/Warszawy/Warszawie", Russian "Путин/Путина/Путину") share evidence
 * through the word's stem (stemOf: its longest listed case ending removed, then cut to STEM_LENGTH letters): the stem
 * itself, the neighbours' stems, and gazetteer matches of stem phrases. `endings` is the language's list.
 */
export interface FeatureOptions {
  stems?: boolean;
  endings?: readonly string[];
  /** Word-cluster templates (the current word's cluster and its neighbours'); needs Lexicons.cluster. */
  clusters?: boolean;
}
export const STEM_LENGTH = 6;
/** Seed of stem-phrase hashes, so they never meet word-phrase hashes in the shared gazetteer table. */
export const STEM_PHRASE_SEED = 0x5be0cd19;

/** Letters a stem keeps at least when an ending is removed. */
const MIN_STEM = 3;

/** The stem of a lower-cased word: without its longest ending from `endings`, then its first STEM_LENGTH units. */
export function stemOf(lower: string, endings: readonly string[] = []): string {
  let cut = 0;
  for (const e of endings) {
    if (e.length > cut && lower.length - e.length >= MIN_STEM && lower.endsWith(e)) cut = e.length;
  }
  return lower.slice(0, Math.min(lower.length - cut, STEM_LENGTH));
}

export function stemPhraseHash(lowerTokens: readonly string[], endings: readonly string[] = []): number {
  let h = STEM_PHRASE_SEED;
  for (const t of lowerTokens) h = phraseNext(h, hashString(stemOf(t, endings)));
  return h;
}

/** Stem hashes per lower-cased word, one cache per feature-option set (models may list different endings). */
const stemCaches = new WeakMap<FeatureOptions, Map<string, number>>();

function stemHash(lower: string, options: FeatureOptions): number {
  let cache = stemCaches.get(options);
  if (!cache) {
    cache = new Map();
    stemCaches.set(options, cache);
  }
  let h = cache.get(lower);
  if (h === undefined) {
    h = hashString(stemOf(lower, options.endings));
    if (cache.size >= CACHE_LIMIT) cache.clear();
    if (lower.length <= 40) cache.set(lower, h);
  }
  return h;
}

/** Typographic variants fold to ASCII so "Putin’s" and "Putin's" look alike. */
export function normalizeToken(token: string): string {
  return token
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/[–—]/g, '-');
}

export function wordShape(w: string): string {
  let out = '';
  for (let i = 0; i < w.length && out.length < 12; i++) {
    const c = w[i]!;
    if (c >= 'A' && c <= 'Z') out += 'X';
    else if (c >= 'a' && c <= 'z') out += 'x';
    else if (c >= '0' && c <= '9') out += 'd';
    else if (c.toLowerCase() !== c) out += 'X';
    else if (c.toUpperCase() !== c) out += 'x';
    else out += c;
  }
  return out;
}

export function shortShape(shape: string): string {
  let out = '';
  for (const c of shape) if (out[out.length - 1] !== c) out += c;
  return out;
}

/** Hash of a phrase of lower-cased tokens, built incrementally: phraseHash(a b) = next(phraseHash(a), hash(b)). */
export const PHRASE_SEED = 0x2545f491;
export const phraseNext = (h: number, lowerHash: number) => mix(h, lowerHash);

export function phraseHash(lowerTokens: readonly string[]): number {
  let h = PHRASE_SEED;
  for (const t of lowerTokens) h = phraseNext(h, hashString(t));
  return h;
}

export interface SentenceFeatures {
  /** Feature hashes of token i are feats[offsets[i] .. offsets[i+1]). */
  feats: Uint32Array;
  offsets: Int32Array;
}

const BOS = hashString('<s>');
const EOS = hashString('</s>');

/** Template ids: arbitrary distinct constants, mixed into every feature hash. */
enum T {
  Bias = 1,
  Word,
  Lower,
  Shape,
  Short,
  Pre1,
  Pre2,
  Pre3,
  Pre4,
  Suf1,
  Suf2,
  Suf3,
  Suf4,
  Prev1,
  Next1,
  Prev2,
  Next2,
  PrevCur,
  CurNext,
  PrevShort,
  NextShort,
  PrevCurShort,
  CurNextShort,
  FirstShort,
  CapsSentShort,
  CapsSentLower,
  PrevLowerCurShort,
  CurShortNextLower,
  Length,
  Common,
  CommonShort,
  CommonFirst,
  CommonCaps,
  PrevNext,
  Gaz,
  GazCap,
  GazLen,
  Suf3Prev,
  Suf3Next,
  Lower2Prev,
  Lower2Next,
  CapWindow,
  GazPrev,
  GazNext,
  Stem,
  StemPrev,
  StemNext,
  StemGaz,
  StemGazCap,
  Cluster,
  ClusterShort,
  ClusterPrev,
  ClusterNext,
  ClusterPrevCur,
}

/** What the features need from a token on its own; cached, since most tokens of a text are frequent words. */
interface TokenInfo {
  word: number;
  lower: number;
  shape: number;
  short: number;
  pre: [number, number, number, number];
  suf: [number, number, number, number];
  cap: number;
  len: number;
  letters: number;
  upper: number;
  /** The lower-cased form, for lexicon lookups (common words depend on the lexicon, so they are not cached). */
  lowerText: string;
  /** The features that depend on this token alone (word, lower case, shapes, length, affixes), hashed once. */
  unigram: Uint32Array;
  /** The features this token gives its neighbours: as word −1, +1, −2, +2, and as shape −1, +1. */
  asNeighbour: Uint32Array;
}

const FNV = 0x811c9dc5;
const step = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);
const cache = new Map<string, TokenInfo>();
const CACHE_LIMIT = 50_000;

function shapeCode(c: number, ch: string): number {
  if (c >= 65 && c <= 90) return 88; // X
  if (c >= 97 && c <= 122) return 120; // x
  if (c >= 48 && c <= 57) return 100; // d
  if (c < 128) return c;
  if (ch.toLowerCase() !== ch) return 88;
  if (ch.toUpperCase() !== ch) return 120;
  return c;
}

/** Hashes equal hashString() of the word, its lower case, shape and short shape; affixes hash their characters. */
function tokenInfo(raw: string): TokenInfo {
  const hit = cache.get(raw);
  if (hit) return hit;
  const w = /[‘’`´“”„«»–—]/.test(raw) ? normalizeToken(raw) : raw;
  const lw = w.toLowerCase();
  let word = FNV,
    shape = FNV,
    short = FNV,
    shapeLen = 0,
    last = -1,
    letters = 0,
    upper = 0;
  const pre: [number, number, number, number] = [0, 0, 0, 0];
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    word = step(word, c);
    if (i < 4) pre[i] = word >>> 0;
    const ch = w[i]!;
    const sc = shapeCode(c, ch);
    if (sc === 88) {
      letters++;
      upper++;
    } else if (sc === 120) letters++;
    if (shapeLen < 12) {
      shape = step(shape, sc);
      shapeLen++;
    }
    if (sc !== last) {
      short = step(short, sc);
      last = sc;
    }
  }
  const suf: [number, number, number, number] = [0, 0, 0, 0];
  let h = FNV;
  for (let k = 0; k < 4 && k < w.length; k++) {
    h = step(h, w.charCodeAt(w.length - 1 - k));
    suf[k] = h >>> 0;
  }
  const first = w[0] ?? '';
  const cap = first !== first.toLowerCase() ? 1 : 0;
  const len = Math.min(w.length, 8);
  const lower = hashString(lw);
  const unigram = [
    mix(T.Bias, 0),
    mix(T.Word, word >>> 0),
    mix(T.Lower, lower),
    mix(T.Shape, shape >>> 0),
    mix(T.Short, short >>> 0),
    mix(mix(T.Length, len), cap),
  ];
  for (let k = 0; k < 4; k++) {
    if (pre[k]) unigram.push(mix(T.Pre1 + k, pre[k]!));
    if (suf[k]) unigram.push(mix(T.Suf1 + k, suf[k]!));
  }
  const info: TokenInfo = {
    word: word >>> 0,
    lower,
    shape: shape >>> 0,
    short: short >>> 0,
    pre,
    suf,
    cap,
    len,
    letters,
    upper,
    lowerText: lw,
    unigram: Uint32Array.from(unigram),
    asNeighbour: neighbourFeatures(lower, short >>> 0),
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  if (raw.length <= 40) cache.set(raw, info); // a pathological long token is not worth keeping alive
  return info;
}

function neighbourFeatures(lower: number, short: number): Uint32Array {
  return Uint32Array.of(
    mix(T.Prev1, lower),
    mix(T.Next1, lower),
    mix(T.Prev2, lower),
    mix(T.Next2, lower),
    mix(T.PrevShort, short),
    mix(T.NextShort, short),
  );
}
let edges: { bos: Uint32Array; eos: Uint32Array } | null = null;

/** Reusable token-level scratch, grown as needed (tagging long articles allocates little per sentence). */
class Scratch {
  size = 0;
  lower = new Uint32Array(0);
  stem = new Uint32Array(0);
  shape = new Uint32Array(0);
  short = new Uint32Array(0);
  pre = new Uint32Array(0);
  suf = new Uint32Array(0);
  common = new Uint8Array(0);
  cap = new Uint8Array(0);
  len = new Uint8Array(0);
  out = new Uint32Array(0);
  info: TokenInfo[] = [];
  gazB = new Uint32Array(0);
  gazI = new Uint32Array(0);
  gazLen = new Uint8Array(0);
  stemB = new Uint32Array(0);
  stemI = new Uint32Array(0);
  cluster = new Uint32Array(0);
  ensure(n: number) {
    if (n <= this.size) return;
    this.size = Math.max(n, this.size * 2, 64);
    const s = this.size;
    this.lower = new Uint32Array(s);
    this.stem = new Uint32Array(s);
    this.shape = new Uint32Array(s);
    this.short = new Uint32Array(s);
    this.pre = new Uint32Array(s * 4);
    this.suf = new Uint32Array(s * 4);
    this.common = new Uint8Array(s);
    this.cap = new Uint8Array(s);
    this.len = new Uint8Array(s);
    this.out = new Uint32Array(s * MAX_FEATURES);
    this.gazB = new Uint32Array(s);
    this.gazI = new Uint32Array(s);
    this.gazLen = new Uint8Array(s * GAZ_TYPES.length);
    this.stemB = new Uint32Array(s);
    this.stemI = new Uint32Array(s);
    this.cluster = new Uint32Array(s);
  }
}
const scratch = new Scratch();
/** Upper bound of features per token: 28 always, 2 first-token, 3 caps, 8 affixes, 3 per gazetteer type, stems. */
const MAX_FEATURES = 28 + 2 + 3 + 8 + 3 * 5 + 3 + 2 * 5 + 5;

export function extractFeatures(
  rawTokens: readonly string[],
  lexicons: Lexicons = NO_LEXICONS,
  options: FeatureOptions = {},
): SentenceFeatures {
  const n = rawTokens.length;
  const S = scratch;
  S.ensure(n);
  let letters = 0;
  let upperLetters = 0;
  for (let i = 0; i < n; i++) {
    const t = tokenInfo(rawTokens[i]!);
    S.info[i] = t;
    S.lower[i] = t.lower;
    if (options.stems) S.stem[i] = stemHash(t.lowerText, options);
    S.shape[i] = t.shape;
    S.short[i] = t.short;
    for (let k = 0; k < 4; k++) {
      S.pre[i * 4 + k] = t.pre[k]!;
      S.suf[i * 4 + k] = t.suf[k]!;
    }
    S.common[i] = lexicons.isCommonWord(t.lower) ? 1 : 0;
    S.cap[i] = t.cap;
    S.len[i] = t.len;
    letters += t.letters;
    upperLetters += t.upper;
  }
  const capsSentence = letters >= 6 && upperLetters / letters > 0.9 ? 1 : 0;

  // Gazetteer matches: per token, the types of phrases covering it, as begin/inside bits.
  const { gazB, gazI, gazLen } = S;
  gazB.fill(0, 0, n);
  gazI.fill(0, 0, n);
  gazLen.fill(0, 0, n * GAZ_TYPES.length);
  for (let i = 0; i < n; i++) {
    let h = PHRASE_SEED;
    for (let j = i; j < n && j < i + MAX_GAZ_LENGTH; j++) {
      h = phraseNext(h, S.lower[j]!);
      const mask = lexicons.gazetteer(h);
      if (!mask) continue;
      gazB[i] = gazB[i]! | mask;
      for (let k = i + 1; k <= j; k++) gazI[k] = gazI[k]! | mask;
      for (let t = 0; t < GAZ_TYPES.length; t++) {
        if (mask & (1 << t))
          for (let k = i; k <= j; k++)
            gazLen[k * GAZ_TYPES.length + t] = Math.max(gazLen[k * GAZ_TYPES.length + t]!, j - i + 1);
      }
    }
  }

  if (options.stems) matchStemPhrases(n, lexicons);
  const clusterOf = options.clusters ? lexicons.cluster : undefined;
  if (clusterOf) for (let i = 0; i < n; i++) S.cluster[i] = clusterOf(S.lower[i]!);

  const out = S.out;
  let o = 0;
  const offsets = new Int32Array(n + 1);
  const at = (arr: Uint32Array, i: number) => (i < 0 ? BOS : i >= n ? EOS : arr[i]!);
  edges ??= { bos: neighbourFeatures(BOS, BOS), eos: neighbourFeatures(EOS, EOS) };
  for (let i = 0; i < n; i++) {
    offsets[i] = o;
    const lw = S.lower[i]!,
      sh = S.short[i]!;
    const p1 = at(S.lower, i - 1),
      n1 = at(S.lower, i + 1),
      p2 = at(S.lower, i - 2),
      n2 = at(S.lower, i + 2);
    const ps = at(S.short, i - 1),
      ns = at(S.short, i + 1);
    const unigram = S.info[i]!.unigram;
    for (let k = 0; k < unigram.length; k++) out[o++] = unigram[k]!;
    const prev = i > 0 ? S.info[i - 1]!.asNeighbour : edges.bos;
    const next = i < n - 1 ? S.info[i + 1]!.asNeighbour : edges.eos;
    out[o++] = prev[0]!;
    out[o++] = next[1]!;
    out[o++] = (i > 1 ? S.info[i - 2]!.asNeighbour : edges.bos)[2]!;
    out[o++] = (i < n - 2 ? S.info[i + 2]!.asNeighbour : edges.eos)[3]!;
    out[o++] = prev[4]!;
    out[o++] = next[5]!;
    out[o++] = mix(mix(T.PrevCur, p1), lw);
    out[o++] = mix(mix(T.CurNext, lw), n1);
    out[o++] = mix(mix(T.PrevNext, p1), n1);
    out[o++] = mix(mix(T.PrevCurShort, ps), sh);
    out[o++] = mix(mix(T.CurNextShort, sh), ns);
    out[o++] = mix(mix(T.PrevLowerCurShort, p1), sh);
    out[o++] = mix(mix(T.CurShortNextLower, sh), n1);
    out[o++] = mix(mix(T.Common, S.common[i]!), capsSentence);
    out[o++] = mix(mix(T.CommonShort, S.common[i]!), sh);
    out[o++] = mix(mix(T.Suf3Prev, i > 0 ? S.suf[(i - 1) * 4 + 2]! : BOS), sh);
    out[o++] = mix(mix(T.Suf3Next, i < n - 1 ? S.suf[(i + 1) * 4 + 2]! : EOS), sh);
    out[o++] = mix(mix(T.Lower2Prev, p2), p1);
    out[o++] = mix(mix(T.Lower2Next, n1), n2);
    // Capitalization of the five-word window, and which names the gazetteer sees just before and after.
    let capPattern = 0;
    for (let k = -2; k <= 2; k++) capPattern = capPattern * 3 + (i + k < 0 || i + k >= n ? 2 : S.cap[i + k]!);
    out[o++] = mix(mix(T.CapWindow, capPattern), capsSentence);
    out[o++] = mix(mix(T.GazPrev, i > 0 ? gazB[i - 1]! | gazI[i - 1]! : 255), S.cap[i]!);
    out[o++] = mix(mix(T.GazNext, i < n - 1 ? gazB[i + 1]! | gazI[i + 1]! : 255), S.cap[i]!);
    if (i === 0) {
      out[o++] = mix(T.FirstShort, sh);
      out[o++] = mix(mix(T.CommonFirst, S.common[i]!), sh);
    }
    if (capsSentence) {
      out[o++] = mix(T.CapsSentShort, sh);
      out[o++] = mix(T.CapsSentLower, lw);
      out[o++] = mix(mix(T.CommonCaps, S.common[i]!), S.len[i]!);
    }
    for (let t = 0; t < GAZ_TYPES.length; t++) {
      const bit = 1 << t;
      const pos = gazB[i]! & bit ? 1 : gazI[i]! & bit ? 2 : 0;
      if (!pos) continue;
      out[o++] = mix(mix(T.Gaz, t), pos);
      out[o++] = mix(mix(mix(T.GazCap, t), pos), S.cap[i]! + 2 * capsSentence);
      out[o++] = mix(mix(T.GazLen, t), gazLen[i * GAZ_TYPES.length + t]!);
    }
    if (options.stems) o = stemFeatures(i, n, out, o);
    if (clusterOf) o = clusterFeatures(i, n, out, o);
  }
  offsets[n] = o;
  // A view into scratch space, valid until the next call: tagging copies nothing; training keeps copies.
  return { feats: out.subarray(0, o), offsets };
}

/** Gazetteer matches of stem phrases (stemPhraseHash), as begin/inside type bits per token in scratch. */
function matchStemPhrases(n: number, lexicons: Lexicons): void {
  const { stemB, stemI, stem } = scratch;
  stemB.fill(0, 0, n);
  stemI.fill(0, 0, n);
  for (let i = 0; i < n; i++) {
    let h = STEM_PHRASE_SEED;
    for (let j = i; j < n && j < i + MAX_GAZ_LENGTH; j++) {
      h = phraseNext(h, stem[j]!);
      const mask = lexicons.gazetteer(h);
      if (!mask) continue;
      stemB[i] = stemB[i]! | mask;
      for (let k = i + 1; k <= j; k++) stemI[k] = stemI[k]! | mask;
    }
  }
}

/** The stem templates of token i, written from out[o]; returns the new end. */
function stemFeatures(i: number, n: number, out: Uint32Array, o: number): number {
  const S = scratch;
  out[o++] = mix(T.Stem, S.stem[i]!);
  out[o++] = mix(mix(T.StemPrev, i > 0 ? S.stem[i - 1]! : BOS), S.cap[i]!);
  out[o++] = mix(mix(T.StemNext, i < n - 1 ? S.stem[i + 1]! : EOS), S.cap[i]!);
  for (let t = 0; t < GAZ_TYPES.length; t++) {
    const bit = 1 << t;
    const pos = S.stemB[i]! & bit ? 1 : S.stemI[i]! & bit ? 2 : 0;
    if (!pos) continue;
    out[o++] = mix(mix(T.StemGaz, t), pos);
    out[o++] = mix(mix(mix(T.StemGazCap, t), pos), S.cap[i]!);
  }
  return o;
}

/** The cluster templates of token i (clusters in scratch), written from out[o]; returns the new end. */
function clusterFeatures(i: number, n: number, out: Uint32Array, o: number): number {
  const S = scratch;
  const c = S.cluster[i]!;
  const prev = i > 0 ? S.cluster[i - 1]! : 256;
  out[o++] = mix(mix(T.Cluster, c), S.cap[i]!);
  out[o++] = mix(mix(T.ClusterShort, c), S.short[i]!);
  out[o++] = mix(mix(T.ClusterPrev, prev), S.cap[i]!);
  out[o++] = mix(mix(T.ClusterNext, i < n - 1 ? S.cluster[i + 1]! : 256), S.cap[i]!);
  out[o++] = mix(mix(T.ClusterPrevCur, prev), c);
  return o;
}
