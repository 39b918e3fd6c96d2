/** Which of the article's entities a looked-up selection means: same name, one of its mentions, or a surname. */
import type { Entity } from '../shared/types';

const norm = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function matchEntity(query: string, entities: readonly Entity[]): Entity | null {
  const q = norm(query);
  if (!q) return null;
  const candidates = entities.filter((e) => e.type !== 'date');
  return (
    candidates.find((e) => norm(e.name) === q) ??
    candidates.find((e) => e.mentions.some((m) => norm(m.text) === q)) ??
    // "Putin" for "Vladimir Putin": a last word of a person's name, when only one person has it.
    single(candidates.filter((e) => e.type === 'person' && norm(e.name).split(' ').at(-1) === q)) ??
    null
  );
}

const single = (list: Entity[]) => (list.length === 1 ? list[0]! : null);
