/** Builds the entity list NER would give, from surface forms, so event tests do not wait for NER. */
import type { Entity, EntityType } from '../../../../src/shared/types';

export type EntitySpec = [EntityType, string, string[]];

export function entitiesFor(text: string, spec: EntitySpec[]): Entity[] {
  const taken: { start: number; end: number }[] = [];
  // Longest forms first, so "Russian President Vladimir Putin" is one mention, not also "Putin".
  const forms = spec
    .flatMap(([type, name, surface]) => surface.map((form) => ({ type, name, form })))
    .sort((a, b) => b.form.length - a.form.length);
  const byName = new Map<string, Entity>(spec.map(([type, name]) => [name, { type, name, mentions: [] }]));
  for (const { name, form } of forms) {
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
      const end = i + form.length;
      if (/\w/.test(text[i - 1] ?? ' ') || /\w/.test(text[end] ?? ' ')) continue;
      if (taken.some((t) => i < t.end && t.start < end)) continue;
      taken.push({ start: i, end });
      byName.get(name)!.mentions.push({ text: form, start: i, end });
    }
  }
  for (const e of byName.values()) e.mentions.sort((a, b) => a.start - b.start);
  return [...byName.values()];
}
