/**
 * Words that open a sentence, judged by how the article itself writes them: for a borrowed pack (a language
 * without one, recognize.ts), whose word lists and common-word lexicon are another language's, the article's own
 * casing is what tells "Enligt" or "Přesto" from a name.
 */
import type { NerDocument } from './document';
import { writtenLowerElsewhere } from './shape-checks';

const opensSentence = (doc: NerDocument, token: number) => doc.sentences[doc.sentenceOf[token]!]![0] === token;

/** Per article, the words it writes somewhere other than at a sentence's start. */
const midSentence = new WeakMap<NerDocument, ReadonlySet<string>>();

function wordsMidSentence(doc: NerDocument): ReadonlySet<string> {
  let words = midSentence.get(doc);
  if (!words) {
    const found = new Set<string>();
    doc.tokens.forEach((t, i) => {
      if (!opensSentence(doc, i)) found.add(t.text);
    });
    words = found;
    midSentence.set(doc, words);
  }
  return words;
}

/**
 * Every use of the word at `token` opens a sentence ("Ändå", "Totuși", "Přesto" once each): with a borrowed pack
 * nothing else tells such a word from a name, and a name is nearly always repeated or written mid-sentence.
 */
export function onlyOpensSentences(doc: NerDocument, token: number): boolean {
  return opensSentence(doc, token) && !wordsMidSentence(doc).has(doc.tokens[token]!.text);
}

/** Name particles that may follow a trimmed opener and belong to the name ("de Gaulle", "da Silva"). */
const PARTICLES = new Set(['de', 'da', 'di', 'du', 'do', 'la', 'le']);

/** The word is written more than once in the article, in any case ending (its first letters: "Fiala", "Fialy"). */
function recurs(doc: NerDocument, word: string): boolean {
  const stem = word.slice(0, Math.max(3, Math.min(5, word.length - 1)));
  let n = 0;
  for (const t of doc.tokens) if (t.text.startsWith(stem) && ++n > 1) return true;
  return false;
}

/**
 * Where a tagged span [start, end) really starts. A borrowed pack's tagger reads an unknown capitalized word at a
 * sentence's start as part of the name after it ("Enligt Andersson", "Podle Fialy", "Mötet i Bryssel", "Redan
 * 2014"): a span that opens its sentence loses its first word when the article writes that word in lower case
 * elsewhere, or only ever at a sentence's start while the rest of the span is no capitalized word or recurs. Short
 * lower-case words left at the front go too ("i Bryssel"), name particles excepted.
 */
export function withoutOpener(doc: NerDocument, start: number, end: number): number {
  if (end - start < 2 || !opensSentence(doc, start)) return start;
  const first = doc.tokens[start]!.text;
  const rest = doc.tokens[start + 1]!.text;
  const trim =
    writtenLowerElsewhere(doc, first, () => true) ||
    (onlyOpensSentences(doc, start) && (!/^\p{Lu}/u.test(rest) || recurs(doc, doc.tokens[end - 1]!.text)));
  if (!trim) return start;
  let i = start + 1;
  while (i < end - 1 && /^\p{Ll}{1,2}$/u.test(doc.tokens[i]!.text) && !PARTICLES.has(doc.tokens[i]!.text)) i++;
  return i;
}
