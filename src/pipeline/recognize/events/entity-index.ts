/** The article's people, organizations and places as one list of spans, for reading event arguments. */
import type { Entity, EntityType } from '../../../shared/types';

export interface EntitySpan {
  start: number;
  end: number;
  type: EntityType;
  name: string;
  /** How the article names it in short ("Xi", "Putin"): its shortest one-word mention that is part of the name. */
  short: string;
}

export function indexEntities(entities: Entity[], text = ''): EntitySpan[] {
  const spans: EntitySpan[] = [];
  for (const e of Array.isArray(entities) ? entities : []) {
    if (!e || typeof e.name !== 'string' || (e.type !== 'person' && e.type !== 'organization' && e.type !== 'place'))
      continue;
    const mentions = (Array.isArray(e.mentions) ? e.mentions : []).filter(
      (m) =>
        Number.isInteger(m?.start) &&
        Number.isInteger(m?.end) &&
        m.end > m.start &&
        m.start >= 0 &&
        (!text || m.end <= text.length),
    );
    const words = e.name.split(/\s+/);
    const single = mentions
      .map((m) => m.text)
      .filter((t) => typeof t === 'string' && !/\s/.test(t) && words.includes(t));
    const short =
      e.type === 'person' ? (single.sort((a, b) => a.length - b.length)[0] ?? words[words.length - 1]!) : e.name;
    for (const m of mentions) spans.push({ start: m.start, end: m.end, type: e.type, name: e.name, short });
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

export function within(spans: EntitySpan[], start: number, end: number): EntitySpan[] {
  return spans.filter((s) => s.start >= start && s.end <= end);
}

/** Short name for labels: "Putin", "Xi" (as the article shortens them); organizations and places in full. */
export function shortName(span: Pick<EntitySpan, 'short'>): string {
  return span.short;
}
