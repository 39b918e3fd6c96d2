/** The tag set (IOB2 over CoNLL types) and conversions between tag sequences and spans. */
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerType = (typeof ENTITY_TYPES)[number];

/** Index 0 is O; then B-X, I-X for each type in ENTITY_TYPES order. */
export const TAGS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
export const TAG_COUNT = TAGS.length;
export const TAG_INDEX: ReadonlyMap<string, number> = new Map(TAGS.map((t, i) => [t, i]));

export interface TokenSpan {
  type: NerType;
  /** Token indexes, end exclusive. */
  start: number;
  end: number;
}

export const isInside = (tag: number) => tag > 0 && tag % 2 === 0;
export const typeOfTag = (tag: number): NerType | null => (tag === 0 ? null : ENTITY_TYPES[(tag - 1) >> 1]!);

/** Spans of tag indexes between `from` and `to`, each opened by a B- tag (an I- with no B- before it opens none). */
export function indexSpans(tags: ArrayLike<number>, from = 0, to = tags.length): TokenSpan[] {
  const spans: TokenSpan[] = [];
  for (let i = from; i < to; ) {
    const type = typeOfTag(tags[i]!);
    if (!type || isInside(tags[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to && isInside(tags[j]!) && typeOfTag(tags[j]!) === type) j++;
    spans.push({ type, start: i, end: j });
    i = j;
  }
  return spans;
}

/** IOB2 transitions that can occur: I-X only after B-X or I-X. */
export function allowedTransition(prev: number, next: number): boolean {
  if (!isInside(next)) return true;
  return prev === next || prev === next - 1;
}

/** Spans from IOB2 (or IOB1: an I- after O or another type opens a span) tags. */
export function spansFromTags(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | null = null;
  tags.forEach((tag, i) => {
    const [prefix, type] = tag.split('-') as [string, NerType | undefined];
    if (open && (prefix !== 'I' || type !== open.type)) {
      open.end = i;
      spans.push(open);
      open = null;
    }
    if ((prefix === 'B' || (prefix === 'I' && !open)) && type && (ENTITY_TYPES as readonly string[]).includes(type)) {
      open = { type, start: i, end: i + 1 };
    }
  });
  if (open) {
    (open as TokenSpan).end = tags.length;
    spans.push(open);
  }
  return spans;
}

/** IOB2 tags for spans over `length` tokens. */
export function tagsFromSpans(spans: readonly TokenSpan[], length: number): string[] {
  const tags = new Array<string>(length).fill('O');
  for (const s of spans) for (let i = s.start; i < s.end; i++) tags[i] = `${i === s.start ? 'B' : 'I'}-${s.type}`;
  return tags;
}
