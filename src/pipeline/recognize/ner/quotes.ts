/**
 * Quotes attributed to people: a quoted span and a speech verb near it with a person ("..., Denisov said",
 * "Denisov said it will be a “...”"), a pronoun ("reported him saying" → the person last mentioned), or the
 * previous quote's speaker in the same paragraph.
 */
export interface PersonSpan {
  /** Index of the person (entity) the mention belongs to. */
  person: number;
  start: number;
  end: number;
}

export interface QuoteOptions {
  minWords?: number;
  maxChars?: number;
  /** How far around a quote to look for its speaker, in characters. */
  window?: number;
}

export interface Quote {
  person: number;
  text: string;
  start: number;
  end: number;
}

const SPEECH =
  /\b(?:said|says|say|told|tells|added|adds|stated|asked|wrote|writes|warned|explained|noted|according to|saying|continued|insisted|argued|recalled|called|calls|declared|tweeted|posted)\b/i;
const PRONOUN = /\b(?:he|she|him|her)\b/i;
const QUOTE = /“([^”\n]+)”|"([^"\n]+)"/g;

export function attributeQuotes(text: string, people: readonly PersonSpan[], options: QuoteOptions = {}): Quote[] {
  const { minWords = 3, maxChars = 400, window = 160 } = options;
  const sorted = [...people].sort((a, b) => a.start - b.start);
  const out: Quote[] = [];
  let previous: { person: number; paragraph: number } | null = null;
  for (const m of text.matchAll(QUOTE)) {
    const inner = (m[1] ?? m[2] ?? '').trim();
    const start = m.index!;
    const end = start + m[0].length;
    if (inner.split(/\s+/).length < minWords) continue;
    const paragraph = paragraphStart(text, start);
    const paraEnd = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
    const afterEnd = Math.min(paraEnd, sentenceEnd(text, end, window));
    const beforeStart = Math.max(paragraph, sentenceStart(text, start, window));
    const after = text.slice(end, afterEnd);
    const before = text.slice(beforeStart, start);
    let person: number | null = null;
    if (SPEECH.test(after)) person = nearest(text, sorted, end, afterEnd, 'first');
    if (person === null && SPEECH.test(before)) person = nearest(text, sorted, beforeStart, start, 'last');
    if (
      person === null &&
      ((SPEECH.test(after) && PRONOUN.test(after)) || (SPEECH.test(before) && PRONOUN.test(before)))
    ) {
      person = nearest(text, sorted, 0, start, 'last');
    }
    if (person === null && previous && previous.paragraph === paragraph) person = previous.person;
    if (person === null) continue;
    previous = { person, paragraph };
    out.push({ person, text: inner.length > maxChars ? `${inner.slice(0, maxChars - 1)}…` : inner, start, end });
  }
  return out;
}

function paragraphStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

function sentenceEnd(text: string, from: number, window: number): number {
  const re = /[.!?](?=\s|$)/g;
  re.lastIndex = from;
  const m = re.exec(text);
  return Math.min(m ? m.index + 1 : text.length, from + window);
}

function sentenceStart(text: string, to: number, window: number): number {
  const lo = Math.max(0, to - window);
  const slice = text.slice(lo, to);
  let idx = -1;
  for (const m of slice.matchAll(/[.!?]["”]?\s/g)) idx = m.index! + m[0].length;
  return idx < 0 ? lo : lo + idx;
}

const VERB_AFTER = new RegExp(
  `^(?:\\s+(?:has|had|have|also|then|later|once|previously|recently))*\\s+${SPEECH.source}`,
  'i',
);
const VERB_BEFORE = new RegExp(`${SPEECH.source}\\s+$`, 'i');

/** The person nearest the quote, preferring one who is the subject of a speech verb ("Denisov said"). */
function nearest(
  text: string,
  people: readonly PersonSpan[],
  from: number,
  to: number,
  which: 'first' | 'last',
): number | null {
  const inside = people.filter((p) => p.start >= from && p.end <= to);
  // "Denisov said ..." beats "... said Putin and Xi": a subject before its verb is the surer sign of a speaker.
  const subjects = inside.filter((p) => VERB_AFTER.test(text.slice(p.end, p.end + 40)));
  const inverted = inside.filter((p) => VERB_BEFORE.test(text.slice(Math.max(0, p.start - 20), p.start)));
  const pool = subjects.length ? subjects : inverted.length ? inverted : inside;
  if (!pool.length) return null;
  return (which === 'first' ? pool[0] : pool[pool.length - 1])!.person;
}
