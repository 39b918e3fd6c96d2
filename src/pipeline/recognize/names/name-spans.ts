/**
 * What the rule-based name finders share (cjk/find-cjk-names.ts for Japanese and Chinese, uncased/
 * find-anchored-names.ts for Arabic, Korean …): the spans their rules propose, the choice among overlapping ones,
 * and the entities their groups of mentions become, scored by salience.
 */
import type { Entity } from '../../../shared/types';
import { salience } from '../ner/salience';

export type NameType = 'person' | 'organization' | 'place';

export interface NameSpan {
  start: number;
  end: number;
  type: NameType;
  role?: string;
  /** Which rule found it: on equal length, a rule with context beats a bare tag or a list. */
  priority: number;
}

/** One entity's name and the offsets of its mentions. */
export interface NameGroup {
  type: NameType;
  name: string;
  role?: string;
  mentions: { start: number; end: number }[];
}

/** Longest first, then the rule with context, then no overlaps; in text order. */
export function chooseSpans<S extends NameSpan>(spans: readonly S[]): S[] {
  const sorted = [...spans].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const kept: S[] = [];
  for (const s of sorted) if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  return kept.sort((a, b) => a.start - b.start);
}

/** The groups as entities, each mention with its text, scored by salience against the article's title. */
export function groupEntities(groups: Iterable<NameGroup>, text: string, title: string): Entity[] {
  const list = [...groups];
  for (const g of list) g.mentions.sort((a, b) => a.start - b.start);
  const scores = salience(
    list.map((g) => ({ names: [g.name], mentions: g.mentions })),
    text,
    title,
  );
  return list.map((g, i) => ({
    type: g.type,
    name: g.name,
    ...(g.role ? { role: g.role } : {}),
    salience: scores[i]!,
    mentions: g.mentions.map((m) => ({ text: text.slice(m.start, m.end), start: m.start, end: m.end })),
  }));
}
