/** Span-level precision, recall and F1 per type (exact boundaries and type), as conlleval counts them. */
import { spansFromTags } from '../../src/pipeline/recognize/ner';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export type Scores = Map<string, Counts>;

export function newScores(): Scores {
  return new Map();
}

/** Adds one sentence. `types` limits scoring (e.g. PER/ORG/LOC); other types are ignored on both sides. */
export function addSentence(
  scores: Scores,
  gold: readonly string[],
  pred: readonly string[],
  types: readonly string[],
): void {
  const key = (s: { type: string; start: number; end: number }) => `${s.type}:${s.start}:${s.end}`;
  const g = new Set(
    spansFromTags(gold)
      .filter((s) => types.includes(s.type))
      .map(key),
  );
  const p = new Set(
    spansFromTags(pred)
      .filter((s) => types.includes(s.type))
      .map(key),
  );
  const bump = (type: string, field: keyof Counts) => {
    const c = scores.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    c[field]++;
    scores.set(type, c);
  };
  for (const k of p) bump(k.split(':')[0]!, g.has(k) ? 'tp' : 'fp');
  for (const k of g) if (!p.has(k)) bump(k.split(':')[0]!, 'fn');
}

export function f1(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function total(scores: Scores, types: readonly string[]): Counts {
  const t = { tp: 0, fp: 0, fn: 0 };
  for (const type of types) {
    const c = scores.get(type);
    if (c) {
      t.tp += c.tp;
      t.fp += c.fp;
      t.fn += c.fn;
    }
  }
  return t;
}
