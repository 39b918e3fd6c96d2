/**
 * Text → tokens with offsets, tokenized the way the CoNLL training data is (possessive "'s" and "n't" split off,
 * punctuation apart, "U.S." and "Sept." whole), then grouped into sentences (paragraph breaks always end one).
 */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Words that take a period without ending the sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj st mt ft jr sr rev hon pres supt insp ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec inc corp co ltd bros no nos vs etc approx dept est fig ' +
    'al ave blvd rd u.s u.k u.n e.g i.e a.m p.m ' +
    // US state abbreviations of news style ("La. Department of Wildlife", "Calif.").
    'ala ariz ark calif colo conn fla ill kan ky la md mich minn mont neb nev okla ore tenn tex vt wis wyo'
  ).split(' '),
);

const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:[-'’&.]|,(?=\p{N}))[\p{L}\p{M}\p{N}]+)*/uy;
const SPACE = /\s+/y;

export interface TokenizeOptions {
  /**
   * "Russia-China" as three tokens, as English's training data writes it (two places). The other languages' data
   * keeps a hyphenated name whole ("Санкт-Петербург", "Baden-Württemberg", "Jean-Luc"), so their models learned it
   * whole and a split one loses its first part.
   */
  splitCapitalizedHyphens?: boolean;
}

function pushWord(out: Token[], text: string, start: number, splitHyphens: boolean): void {
  const end = start + text.length;
  // Possessives and negation are their own tokens, as in the training data.
  const clitic = /(?:['’](?:[sSdDmM]|ve|VE|re|RE|ll|LL)|[nN]['’][tT])$/.exec(text);
  if (clitic && text.length > clitic[0].length) {
    pushWord(out, text.slice(0, -clitic[0].length), start, splitHyphens);
    out.push({ text: clitic[0], start: end - clitic[0].length, end });
    return;
  }
  // "Russia-China" names two places; "face-to-face" and "Russian-born" stay one word.
  const parts = text.split('-');
  if (splitHyphens && parts.length > 1 && parts.every((p) => /^\p{Lu}/u.test(p))) {
    let pos = start;
    parts.forEach((p, i) => {
      if (i) out.push({ text: '-', start: pos - 1, end: pos });
      out.push({ text: p, start: pos, end: pos + p.length });
      pos += p.length + 1;
    });
    return;
  }
  out.push({ text, start, end });
}

export function tokenize(text: string, { splitCapitalizedHyphens = true }: TokenizeOptions = {}): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    SPACE.lastIndex = i;
    if (SPACE.test(text)) {
      i = SPACE.lastIndex;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m) {
      let word = m[0];
      // A known abbreviation or a single-letter initial keeps its period ("Sept.", "J.").
      if (text[i + word.length] === '.' && (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)))
        word += '.';
      pushWord(out, word, i, splitCapitalizedHyphens);
      i += word.length;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    out.push({ text: text.slice(i, i + len), start: i, end: i + len });
    i += len;
  }
  return out;
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

export interface SentenceOptions {
  /** Longer runs are cut, so one unpunctuated page dump cannot make a huge Viterbi lattice. */
  maxTokens?: number;
}

/** Sentences as [start, end) token index ranges. */
export function splitSentences(
  text: string,
  tokens: readonly Token[],
  { maxTokens = 150 }: SentenceOptions = {},
): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const next = tokens[i + 1];
    let end = false;
    if (!next) end = true;
    else if (/\n/.test(text.slice(tok.end, next.start))) end = true;
    else if (i + 1 - start >= maxTokens) end = true;
    else if (
      /^[.!?…]$/.test(tok.text) ||
      (tok.text.endsWith('.') &&
        tok.text.length > 1 &&
        !ABBREVIATIONS.has(tok.text.slice(0, -1).toLowerCase()) &&
        !/^\p{Lu}\.$/u.test(tok.text))
    ) {
      let j = i + 1;
      while (j < tokens.length && CLOSERS.has(tokens[j]!.text) && tokens[j]!.start === tokens[j - 1]!.end) j++;
      const after = tokens[j];
      if (!after || /^[\p{Lu}\p{N}"“‘'(]/u.test(after.text)) {
        i = j - 1;
        end = true;
      }
    }
    if (end) {
      out.push([start, i + 1]);
      start = i + 1;
    }
  }
  return out;
}
