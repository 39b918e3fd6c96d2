/**
 * Sentence spans for date and event reading. Deliberately simple: news prose, with the abbreviations news uses
 * ("Sept.", "U.S.", "Gov.") kept inside their sentence. Offsets index the input.
 */
export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(
  (
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun mr mrs ms dr prof ' +
    'gen gov sen rep st no vs jr sr lt col capt sgt maj adm inc corp co ltd dept est approx fig vol u.s u.k u.n e.g i.e ' +
    'a.m p.m d.c messrs rev hon pres mt ft'
  ).split(' '),
);

export interface SentenceOptions {
  /** Days written as ordinals with a period ("am 15. Mai", "15. maja"): "15." does not end a sentence. */
  ordinalDays?: boolean;
  /** The language writes no capitals (Arabic, Hindi): any word may open a sentence; "؟" and "।" end one too. */
  uncased?: boolean;
}

const CASED_BOUNDARY = /([.!?]+)(["”’')\]]*)(\s+)(?=["“‘'([]?[A-Z0-9])|\n+/g;
const UNCASED_BOUNDARY = /([.!?؟।]+)(["”’')\]»]*)(\s+)(?=\S)|\n+/g;

export function splitSentences(text: string, { ordinalDays = false, uncased = false }: SentenceOptions = {}): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const boundary = new RegExp(uncased ? UNCASED_BOUNDARY : CASED_BOUNDARY);
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    if (m[1]) {
      const before = text.slice(Math.max(start, m.index - 12), m.index);
      const word = /([A-Za-z.]+)$/.exec(before)?.[1]?.toLowerCase() ?? '';
      // "Sept. 15", "U.S. officials": an abbreviation or a single initial does not end the sentence.
      if (m[1] === '.' && (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]$/.test(word))) continue;
      if (ordinalDays && m[1] === '.' && /(?:^|\s)\d{1,2}$/.test(before)) continue;
    }
    const end = m[1] ? m.index + m[1].length + m[2]!.length : m.index;
    if (end > start) pushTrimmed(text, start, end, spans);
    start = m.index + m[0].length;
  }
  if (start < text.length) pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ start, end });
}

/** Japanese and Chinese sentences end in a full-width mark ("。", "！", "？"), with no space after it. */
export function splitCjkSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const boundary = /[。！？!?]+[」』”）)]*|\n+/g;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m[0].startsWith('\n') ? m.index : m.index + m[0].length;
    pushTrimmed(text, start, end, spans);
    start = m.index + m[0].length;
  }
  if (start < text.length) pushTrimmed(text, start, text.length, spans);
  return spans;
}
