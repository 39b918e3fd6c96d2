/**
 * The Dates section's lines: each date the article names, resolved against its publication day and shown as days
 * ("next week" → "Sep 12–18, 2022"), with the article's own phrases as the source. Phrases naming the same days
 * share a line; lines run in time order. A phrase the analysis could not resolve is left out: a date the reader
 * cannot place is no fact. Pure, so it is tested on what the pipeline produces.
 */
import { formatWhen, valueRange } from '../shared/value-range';
import type { Entity } from '../shared/types';

export interface DateLine {
  /** The resolved days, in the reader's locale ("Sep 12–18, 2022", "before Mar 2022"). */
  label: string;
  /** ISO value, for <time dateTime>. */
  value: string;
  /** The article's phrases for it, first-mentioned first ("next week"). */
  phrases: string[];
  mentions: number;
}

export function dateLines(entities: readonly Entity[], locale?: string): DateLine[] {
  const byLabel = new Map<string, DateLine & { start: string }>();
  for (const e of entities) {
    if (e.type !== 'date' || !e.value) continue;
    const range = valueRange(e.value);
    const label = range ? safeFormat(e.value, e.mod, locale) : null;
    if (!range || !label) continue;
    const line = byLabel.get(label) ?? { label, value: e.value, phrases: [], mentions: 0, start: range.start };
    for (const m of e.mentions) {
      const phrase = m.text.replace(/\s+/g, ' ').trim();
      if (!line.phrases.some((p) => p.toLowerCase() === phrase.toLowerCase())) line.phrases.push(phrase);
    }
    line.mentions += e.mentions.length;
    byLabel.set(label, line);
  }
  return [...byLabel.values()]
    .sort((a, b) => a.start.localeCompare(b.start))
    .map(({ start: _, ...line }) => ({ ...line, label: line.label.replace(/^week of /, '') }));
}

function safeFormat(value: string, mod: Entity['mod'], locale?: string): string | null {
  try {
    return formatWhen(value, mod, locale);
  } catch {
    return formatWhen(value, mod); // an unknown locale tag must not lose the date
  }
}
