/**
 * Named events the way languages other than English write them, read from tokens: an event word before its name
 * ("sommet de l'OTAN", "guerra de Ucrania", "саммит НАТО") and one hyphenated compound ("G20-Gipfel",
 * "NAVO-top"). English names its events after the name ("G20 summit"), which mentions.ts reads from the tagger's
 * spans; these need no tagger, so they hold whatever model the language has.
 */
import type { NerDocument } from './document';
import type { RawMention } from './mentions';

export interface LocalEventOptions {
  /** Longest name after the event word and its links, in tokens. */
  maxNameTokens?: number;
}

const CAPITALIZED = /^[\p{Lu}\d]/u;
/** A compound the tokenizer kept whole: "NAVO-top". */
const COMPOUND = /^[\p{Lu}\d][\p{L}\d]*-(\p{L}+)$/u;

export function findLocalEvents(doc: NerDocument, { maxNameTokens = 3 }: LocalEventOptions = {}): RawMention[] {
  const out: RawMention[] = [];
  const { before, compound } = doc.words.events;
  for (let i = 0; i < doc.tokens.length; i++) {
    const word = doc.tokens[i]!.text;
    if (before?.test(word.toLowerCase())) {
      const m = eventBefore(doc, i, maxNameTokens);
      if (m) out.push(m);
    }
    const glued = compound && COMPOUND.exec(word);
    if (glued && compound.test(glued[1]!)) out.push(mention(doc, i, i + 1));
    if (compound && word === '-' && i > 0 && compound.test(doc.tokens[i + 1]?.text ?? '')) {
      const m = hyphenCompound(doc, i);
      if (m) out.push(m);
    }
  }
  return [...out, ...knownEvents(doc)];
}

/** Known events by their local names, as whole token runs. */
function knownEvents(doc: NerDocument): RawMention[] {
  const pattern = doc.words.knownEvents;
  if (!pattern) return [];
  const out: RawMention[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(doc.text); m; m = pattern.exec(doc.text)) {
    const end = m.index + m[0].length;
    const a = doc.tokens.findIndex((t) => t.start === m!.index);
    const b = doc.tokens.findIndex((t) => t.end === end);
    if (a >= 0 && b >= a) out.push(mention(doc, a, b + 1));
  }
  return out;
}

function eventBefore(doc: NerDocument, i: number, maxNameTokens: number): RawMention | null {
  const { tokens, sentenceOf } = doc;
  let j = i + 1;
  while (
    j < tokens.length &&
    sentenceOf[j] === sentenceOf[i] &&
    doc.words.eventLinks.has(tokens[j]!.text.toLowerCase())
  )
    j++;
  const nameStart = j;
  while (
    j < tokens.length &&
    j - nameStart < maxNameTokens &&
    sentenceOf[j] === sentenceOf[i] &&
    CAPITALIZED.test(tokens[j]!.text) &&
    !doc.words.notNames.has(tokens[j]!.text.toLowerCase())
  )
    j++;
  return j > nameStart ? mention(doc, i, j) : null;
}

/** "G20" "-" "Gipfel" written as one word: no space on either side of the hyphen. */
function hyphenCompound(doc: NerDocument, hyphen: number): RawMention | null {
  const [name, dash, head] = [doc.tokens[hyphen - 1]!, doc.tokens[hyphen]!, doc.tokens[hyphen + 1]!];
  if (name.end !== dash.start || dash.end !== head.start || !CAPITALIZED.test(name.text)) return null;
  return mention(doc, hyphen - 1, hyphen + 2);
}

/** Tokens [a, b) as an event mention found by a rule. */
export function mention(doc: NerDocument, a: number, b: number): RawMention {
  const start = doc.tokens[a]!.start;
  const end = doc.tokens[b - 1]!.end;
  const sentence = doc.sentenceOf[a]!;
  return {
    type: 'event',
    nerType: null,
    text: doc.text.slice(start, end),
    start,
    end,
    tokenStart: a,
    tokenEnd: b,
    sentence,
    caps: doc.capsSentence[sentence]!,
  };
}
