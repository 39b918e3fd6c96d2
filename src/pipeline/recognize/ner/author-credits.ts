/**
 * The article's own author, named only in its credit lines ("Jane Doe is a reporter for …", "Follow Jane Doe on
 * Twitter", "Stella Kim reported from Seoul", "Sept. 3, 2022 by Jane Doe" above the story), wrote the story and is
 * not in it: a card for them is noise. An author the story's body also names keeps the entity.
 */
import type { Entity } from '../../../shared/types';
import { nameKey } from './name-words';

export interface AuthorCreditOptions {
  /** Lines at each end of the text where credits stand (bylines above, bios and "contributed" lines below). */
  edgeLines?: number;
  /** A credit line is this short ("Follow Tia Ghose on Twitter."), or opens with the name after one word at most. */
  maxCreditWords?: number;
}

export const DEFAULT_EDGE_LINES = 3;
export const DEFAULT_MAX_CREDIT_WORDS = 15;

/** The entities without the authors' credit-line people. */
export function withoutAuthorCredits(
  entities: Entity[],
  text: string,
  authors: readonly string[] | undefined,
  { edgeLines = DEFAULT_EDGE_LINES, maxCreditWords = DEFAULT_MAX_CREDIT_WORDS }: AuthorCreditOptions = {},
): Entity[] {
  if (!authors?.length) return entities;
  const keys = new Set(authors.map(nameKey));
  const lines = lineStarts(text);
  const lineOf = (offset: number) => {
    let i = 0;
    while (i + 1 < lines.length && lines[i + 1]! <= offset) i++;
    return i;
  };
  // "By Jane Doe", "Jane Doe is a reporter …", "Read more from Jane Doe:"; not "US President Jane Doe said …".
  const inCredit = (offset: number) => {
    const line = lineOf(offset);
    if (line >= edgeLines && line < lines.length - edgeLines) return false;
    const end = text.indexOf('\n', offset);
    return (
      words(text.slice(lines[line], offset)) <= 1 ||
      words(text.slice(lines[line], end < 0 ? undefined : end)) <= maxCreditWords
    );
  };
  return entities.filter(
    (e) => e.type !== 'person' || !keys.has(nameKey(e.name)) || !e.mentions.every((m) => inCredit(m.start)),
  );
}

const words = (s: string) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/** Offsets where the text's non-empty lines start. */
function lineStarts(text: string): number[] {
  const starts: number[] = [];
  const line = /[^\n]*\S[^\n]*/g;
  for (let m = line.exec(text); m; m = line.exec(text)) starts.push(m.index);
  return starts;
}
